package org.opentvs.alerting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opentvs.alerting.control.ActionableSubjects;
import org.opentvs.alerting.control.WatchlistIndex;

/**
 * Once the schema is migrated, loads the watch list and the actionable hotlist into memory in the
 * background, so the first manifest or verification does not pay for it (they wait if it is not done).
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
public class WatchlistLoader {

    private static final Logger LOG = Logger.getLogger(WatchlistLoader.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    WatchlistIndex watchlist;

    @Inject
    ActionableSubjects actionable;

    @PostConstruct
    void load() {
        executor.submit(() -> {
            try {
                watchlist.biographic();
                actionable.contains(null);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "watch list preload failed; it loads on first use", e);
            }
        });
    }
}
