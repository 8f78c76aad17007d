package org.opentvs.retention.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The retention periods of {@code retention_policy}: configuration in the database, not in code. */
@Dependent
public class RetentionPolicies {

    public record Policy(String category, String period, boolean enabled, String description, Instant changedAt, String changedBy) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PurgeRules rules;

    /** The enabled categories an owner publishes a purge rule for, in a stable order (the partitions of a run). */
    public List<String> enabled() {
        return all().stream().filter(Policy::enabled).map(Policy::category).filter(c -> rules.named(c).isPresent()).toList();
    }

    /** What is older than this has expired, as of {@code asOf}; empty when the category is disabled. */
    public Optional<Instant> cutoff(String category, Instant asOf) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em
                .createNativeQuery("select cast(? as timestamptz) - period from retention_policy where category = ? and enabled")
                .setParameter(1, Timestamp.from(asOf)).setParameter(2, category).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(toInstant(rows.get(0)));
    }

    public List<Policy> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select category, cast(period as varchar), enabled, description, changed_at, changed_by"
                + " from retention_policy order by category").getResultList();
        return rows.stream().map(r -> new Policy((String) r[0], (String) r[1], (Boolean) r[2], (String) r[3], toInstant(r[4]),
                (String) r[5])).toList();
    }

    /** Sets a category's period (ISO-8601, already validated) and switch; false when there is no such category. */
    public boolean change(String category, String isoPeriod, boolean enabled, String actor) {
        return em.createNativeQuery("update retention_policy set period = cast(? as interval), enabled = ?, changed_at = now(),"
                + " changed_by = ? where category = ?").setParameter(1, isoPeriod).setParameter(2, enabled).setParameter(3, actor)
                .setParameter(4, category).executeUpdate() == 1;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
