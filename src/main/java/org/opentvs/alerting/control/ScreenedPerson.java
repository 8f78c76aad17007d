package org.opentvs.alerting.control;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A traveler or holdings identity as screening sees it. */
public record ScreenedPerson(UUID id, PersonName name, LocalDate dateOfBirth, String nationality, List<DocumentKey> documents) {

    public ScreenedPerson {
        documents = List.copyOf(documents);
    }
}
