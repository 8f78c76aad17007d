package org.opentvs.reconciliation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The reports of finished reconciliation runs ({@code recon_run}). */
@Dependent
public class ReconRuns {

    @PersistenceContext
    EntityManager em;

    /**
     * The report of the last finished run with its {@code finishedAt}, as the JSON text PostgreSQL writes for the stored summary
     * (its counts and rates as the run computed them); empty before the first run.
     */
    public Optional<String> latestReport() {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select cast(summary || jsonb_build_object('finishedAt', finished_at) as varchar)"
                + " from recon_run order by finished_at desc, execution_id desc limit 1").getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }
}
