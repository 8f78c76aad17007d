package org.opentvs.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opentvs.security.entity.Scope;

/** The people who log in ({@code app_user}): created, listed, disabled. */
@Dependent
public class AppUsers {

    /** A user as the admin API lists it: roles and scope in their stored comma form, {@code createdAt} as stored. */
    public record Listed(String id, String username, String roles, String carriers, String airports, String ports,
            boolean enabled, String createdAt, String partners) {
    }

    @PersistenceContext
    EntityManager em;

    public boolean exists(String username) {
        return ((Number) em.createNativeQuery("select count(*) from app_user where username = ?")
                .setParameter(1, username).getSingleResult()).longValue() > 0;
    }

    public void create(UUID id, String username, String passwordHash, Set<String> roles, Scope scope) {
        em.createNativeQuery("insert into app_user (id, username, password_hash, roles, carriers, airports, ports, partners)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, username).setParameter(3, passwordHash)
                .setParameter(4, Scope.format(roles)).setParameter(5, Scope.format(scope.carriers()))
                .setParameter(6, Scope.format(scope.airports())).setParameter(7, Scope.format(scope.ports()))
                .setParameter(8, Scope.format(scope.partners())).executeUpdate();
    }

    public List<Listed> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, username, roles, carriers, airports, ports, enabled, created_at, partners"
                + " from app_user order by created_at").getResultList();
        return rows.stream().map(r -> new Listed(r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(),
                r[4].toString(), r[5].toString(), (Boolean) r[6], r[7].toString(), r[8].toString())).toList();
    }

    /** Disables an enabled user other than {@code admin}; false when there is none. */
    public boolean disable(UUID id) {
        return em.createNativeQuery("update app_user set enabled = false where id = ? and enabled and username <> 'admin'")
                .setParameter(1, id).executeUpdate() > 0;
    }
}
