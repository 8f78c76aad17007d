package org.opentvs.crossing.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.crossing.control.ExportDirectory;
import org.opentvs.crossing.control.Exports;
import org.opentvs.crossing.control.OutboxBatches;

/**
 * Delivers queued exports in the background: claims batches, writes each to its destination, marks
 * it delivered; a failed batch is retried with backoff. At least once, and the same batch file is
 * never written twice, so restarts do not duplicate records.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH_SIZE = 500;

    @Resource
    TimerService timers;

    @Inject
    OutboxBatches batches;

    @Inject
    @ConfigProperty(name = "opentvs.export.directory", defaultValue = "opentvs-exports")
    String directory;

    @Inject
    @ConfigProperty(name = "opentvs.export.interval-millis", defaultValue = "1000")
    long intervalMillis;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(intervalMillis, intervalMillis, new TimerConfig("outbox-sender", false));
        LOG.info(() -> "Exports go to " + Path.of(directory).toAbsolutePath());
    }

    @Timeout
    void send() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            ExportDirectory target = new ExportDirectory(Path.of(directory));
            for (String destination : List.of(Exports.IDENT, Exports.TECS, Exports.ADIS)) {
                batches.claim(destination, BATCH_SIZE);
                for (OutboxBatches.Batch batch : batches.due(destination, 20)) {
                    deliver(target, batch);
                }
            }
        } finally {
            running.set(false);
        }
    }

    private void deliver(ExportDirectory target, OutboxBatches.Batch batch) {
        try {
            target.write(batch);
            batches.delivered(batch.id());
        } catch (IOException e) {
            batches.failed(batch.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
            LOG.warning(() -> "Export batch " + batch.id() + " to " + batch.destination() + " failed; will retry");
        }
    }
}
