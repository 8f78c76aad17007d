package org.opentvs.biometric.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opentvs.operations.control.JobSummary;

/**
 * The switch: every re-enrolled face takes its new template in one transaction, so a gallery built
 * afterwards holds only new templates and one built before only old ones, never a mix.
 */
@Named("reEnrolSwitch")
@Dependent
public class ReEnrolSwitch extends AbstractBatchlet {

    @PersistenceContext
    EntityManager em;

    @Inject
    JobSummary summary;

    @Inject
    JobContext job;

    @Override
    @Transactional
    public String process() {
        int switched = em.createNativeQuery("update holding_face set algorithm = next_algorithm, algorithm_version = next_version,"
                + " dimension = next_dimension, template = next_template, next_algorithm = null, next_version = null,"
                + " next_dimension = null, next_template = null where next_template is not null").executeUpdate();
        summary.add(job.getExecutionId(), "switched", switched);
        return "SWITCHED";
    }
}
