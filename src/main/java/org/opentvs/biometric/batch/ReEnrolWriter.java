package org.opentvs.biometric.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.opentvs.operations.control.JobSummary;

/** Writes new templates beside the current ones (galleries keep using the current ones) and counts them. */
@Named("reEnrolWriter")
@Dependent
public class ReEnrolWriter extends AbstractItemWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    JobSummary summary;

    @Inject
    JobContext job;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            ReEnrolled r = (ReEnrolled) item;
            em.createNativeQuery("update holding_face set next_algorithm = ?1, next_version = ?2, next_dimension = ?3,"
                    + " next_template = ?4 where id = ?5").setParameter(1, r.algorithm()).setParameter(2, r.version())
                    .setParameter(3, r.dimension()).setParameter(4, r.sealedTemplate()).setParameter(5, r.faceId()).executeUpdate();
        }
        summary.add(job.getExecutionId(), "re-enrolled", items.size());
    }
}
