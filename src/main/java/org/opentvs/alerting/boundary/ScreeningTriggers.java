package org.opentvs.alerting.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opentvs.alerting.control.ActionableSubjects;
import org.opentvs.alerting.control.WatchlistChanged;
import org.opentvs.gallery.control.LoadedGallery;
import org.opentvs.manifest.entity.ManifestRecorded;
import org.opentvs.verification.entity.Decision;
import org.opentvs.verification.entity.Instruction;
import org.opentvs.verification.entity.VerificationRecorded;

/**
 * Where alerting hooks into the other contexts: after a manifest, a gallery, a verification or a
 * watch-list change has committed, the screening or alerting work runs on a managed executor, in
 * its own transaction, so the caller (carrier, camera, feed) never waits for it. Alerts from
 * verifications have their own executor, so a long screening never delays an officer's alert.
 */
@ApplicationScoped
public class ScreeningTriggers {

    private static final Logger LOG = Logger.getLogger(ScreeningTriggers.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = AlertRaising.EXECUTOR)
    ManagedExecutorService alertExecutor;

    @Inject
    HotlistScreening screening;

    @Inject
    AlertRaising alerting;

    @Inject
    ActionableSubjects actionable;

    void onManifest(@Observes(during = TransactionPhase.AFTER_SUCCESS) ManifestRecorded recorded) {
        run("manifest screening", () -> screening.screenFlight(recorded.flightId()));
    }

    void onGallery(@Observes(during = TransactionPhase.AFTER_SUCCESS) LoadedGallery gallery) {
        if (gallery.matrix() != null) {
            run("gallery screening", () -> screening.screenGallery(gallery));
        }
    }

    /** Most verifications concern nobody: those are told apart in memory, without a task or a transaction. */
    void onVerification(@Observes(during = TransactionPhase.AFTER_SUCCESS) VerificationRecorded v) {
        boolean noMatch = v.decision() == Decision.NO_MATCH && v.instruction() == Instruction.SEE_OFFICER;
        boolean match = v.decision() == Decision.MATCH && !v.usCitizen() && !actionable.surelyNot(v.travelerId());
        if (noMatch) {
            run(alertExecutor, "verification alerting", () -> alerting.onVerification(v));
        } else if (match) {
            run(alertExecutor, "verification alerting", () -> {
                if (actionable.contains(v.travelerId())) {
                    alerting.onVerification(v);
                }
            });
        }
    }

    void onWatchlistChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) WatchlistChanged change) {
        if (!change.removed()) {
            run("watch-list rescreening", () -> screening.screenEntry(change.entryId(), change.version()));
        }
    }

    /**
     * Screening tasks run again when their transaction lost to a concurrent one (deadlock,
     * serialization failure, lock timeout): every write is keyed, so a second run records only what
     * the first did not, and no hit is lost to a transient conflict.
     */
    private void run(String what, Runnable task) {
        run(executor, what, () -> {
            for (int attempt = 1;; attempt++) {
                try {
                    task.run();
                    return;
                } catch (RuntimeException e) {
                    if (attempt >= MAX_ATTEMPTS || !transientConflict(e)) {
                        throw e;
                    }
                    int n = attempt;
                    LOG.fine(() -> what + " lost to a concurrent transaction, attempt " + n + " of " + MAX_ATTEMPTS);
                }
            }
        });
    }

    static final int MAX_ATTEMPTS = 5;

    static boolean transientConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || "55P03".equals(sql.getSQLState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static void run(ManagedExecutorService on, String what, Runnable task) {
        on.submit(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, what + " failed", e);
            }
        });
    }
}
