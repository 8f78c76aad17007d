package org.opentvs.operations.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What a job reports about its run, into {@code job_run.summary}, in the caller's transaction so
 * that a count commits with the chunk it counts: {@code add} sums a count, {@code put} sets a value.
 * Jobs call it with {@code jobContext.getExecutionId()}. (No {@code #} in this SQL: EclipseLink reads it as a parameter.)
 */
@Dependent
public class JobSummary {

    @PersistenceContext
    EntityManager em;

    public void add(long executionId, String key, long delta) {
        em.createNativeQuery("update job_run set summary = jsonb_set(summary, cast(? as text[]),"
                + " to_jsonb(coalesce(cast(jsonb_extract_path_text(summary, variadic cast(? as text[])) as bigint), 0) + ?), true) where execution_id = ?")
                .setParameter(1, path(key)).setParameter(2, path(key)).setParameter(3, delta).setParameter(4, executionId)
                .executeUpdate();
    }

    public void put(long executionId, String key, String value) {
        em.createNativeQuery("update job_run set summary = jsonb_set(summary, cast(? as text[]), to_jsonb(cast(? as text)), true)"
                + " where execution_id = ?").setParameter(1, path(key)).setParameter(2, value).setParameter(3, executionId)
                .executeUpdate();
    }

    /** A dotted key {@code a.b} is the nested field b of object a (the object must exist or be created first). */
    private static String path(String key) {
        return "{" + String.join(",", key.split("\\.")) + "}";
    }
}
