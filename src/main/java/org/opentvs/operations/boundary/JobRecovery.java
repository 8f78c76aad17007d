package org.opentvs.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.operations.control.OrphanedExecutions;
import org.opentvs.platform.boundary.ApiException;

/**
 * Takes over the executions of nodes that died: each orphan ({@link OrphanedExecutions}) is shown
 * as {@code FAILED} with exit status {@code NODE_LOST}, its claim is released, and, unless
 * {@code opentvs.jobs.restart-orphans=false}, it is restarted here from its last checkpoint
 * (chunk steps from their checkpoints; completed steps are not run again). Audited as actor
 * {@code recovery}.
 */
@ApplicationScoped
public class JobRecovery {

    private static final Logger LOG = Logger.getLogger(JobRecovery.class.getName());

    @Inject
    OrphanedExecutions orphans;

    @Inject
    JobLauncher launcher;

    @Inject
    @ConfigProperty(name = "opentvs.jobs.restart-orphans", defaultValue = "true")
    boolean restartOrphans;

    public void recover(Collection<Long> local) {
        for (OrphanedExecutions.Orphan orphan : orphans.find(local)) {
            if (!orphans.fail(orphan)) {
                continue;
            }
            String node = OrphanedExecutions.node(orphan);
            LOG.warning(() -> "Job " + orphan.job() + " execution " + orphan.executionId() + " ran on " + node
                    + ", which is gone: marked FAILED (" + OrphanedExecutions.NODE_LOST + ")");
            if (restartOrphans) {
                try {
                    long restarted = launcher.restart(orphan.job(), orphan.executionId(), Map.of("trigger", "recovery"), "recovery");
                    LOG.info(() -> "Job " + orphan.job() + " execution " + orphan.executionId() + " restarted as " + restarted);
                } catch (ApiException e) {
                    LOG.warning(() -> "Job " + orphan.job() + " execution " + orphan.executionId() + " not restarted: " + e.getMessage());
                }
            }
        }
    }
}
