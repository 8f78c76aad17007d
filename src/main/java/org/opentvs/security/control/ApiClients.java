package org.opentvs.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opentvs.security.entity.Scope;

/** Machine clients ({@code api_client}): issued with a hashed token, listed, revoked. */
@Dependent
public class ApiClients {

    /**
     * A client as the admin API lists it: roles and scope in their stored comma form, {@code createdAt}
     * as stored; {@code expiresAt} and {@code lastUsedAt} are ISO-8601 instants or null.
     */
    public record Listed(String id, String name, String roles, String carriers, String airports, String ports,
            String partners, String createdAt, boolean revoked, boolean expired, String expiresAt, String lastUsedAt) {
    }

    @PersistenceContext
    EntityManager em;

    public void issue(UUID id, String name, String tokenHash, Set<String> roles, Scope scope, String createdBy,
            Instant createdAt, Instant expiresAt) {
        em.createNativeQuery("insert into api_client (id, name, token_hash, roles, carriers, airports, ports, created_by, created_at,"
                + " expires_at, partners) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, name).setParameter(3, tokenHash)
                .setParameter(4, Scope.format(roles)).setParameter(5, Scope.format(scope.carriers()))
                .setParameter(6, Scope.format(scope.airports())).setParameter(7, Scope.format(scope.ports()))
                .setParameter(8, createdBy).setParameter(9, Timestamp.from(createdAt))
                .setParameter(10, expiresAt == null ? null : Timestamp.from(expiresAt))
                .setParameter(11, Scope.format(scope.partners())).executeUpdate();
    }

    public List<Listed> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, name, roles, carriers, airports, ports, created_at, revoked_at,"
                + " expires_at, last_used_at, expires_at <= now(), partners from api_client order by created_at").getResultList();
        return rows.stream().map(r -> new Listed(r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(),
                r[4].toString(), r[5].toString(), r[11].toString(), r[6].toString(), r[7] != null, Boolean.TRUE.equals(r[10]),
                instant(r[8]), instant(r[9]))).toList();
    }

    /** Revokes an active client; false when there is none. */
    public boolean revoke(UUID id, Instant at) {
        return em.createNativeQuery("update api_client set revoked_at = ? where id = ? and revoked_at is null")
                .setParameter(1, Timestamp.from(at)).setParameter(2, id).executeUpdate() > 0;
    }

    private static String instant(Object timestamp) {
        if (timestamp == null) {
            return null;
        }
        return timestamp instanceof Timestamp t ? t.toInstant().toString() : timestamp.toString();
    }
}
