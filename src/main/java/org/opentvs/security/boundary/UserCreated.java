package org.opentvs.security.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What {@code POST /admin/users} answers: the new user's id and the roles it was given. */
@JsonbPropertyOrder({"id", "roles"})
public record UserCreated(String id, List<String> roles) {

    static UserCreated of(UUID id, Set<String> roles) {
        return new UserCreated(id.toString(), List.copyOf(roles));
    }
}
