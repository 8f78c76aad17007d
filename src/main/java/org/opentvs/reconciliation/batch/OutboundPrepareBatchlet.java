package org.opentvs.reconciliation.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.opentvs.reconciliation.control.ExchangePartners;
import org.opentvs.reconciliation.control.OutboundSelection;

/**
 * Step {@code select} of {@code partner-exchange}, one partition per partner with an outbound
 * directory: chooses the partner's new records and their files in one transaction
 * ({@link OutboundSelection}); the next step writes them. A failed selection leaves nothing behind.
 */
@Dependent
@Named("exchangeSelect")
public class OutboundPrepareBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(OutboundPrepareBatchlet.class.getName());

    @Inject
    @BatchProperty
    String partner;

    @Inject
    @BatchProperty
    String recordsPerFile;

    @Inject
    JobContext job;

    @Inject
    ReconDataSource db;

    @Override
    public String process() throws Exception {
        Optional<ExchangePartners.Partner> configured = partner == null || partner.isBlank()
                ? Optional.empty()
                : ExchangePartners.find(partner);
        if (configured.isEmpty() || configured.get().outbound().isEmpty()) {
            return "NOTHING_TO_SEND";
        }
        ExchangePartners.Limits limits = ExchangePartners.limits();
        int perFile = ArrivalDayMapper.parse(recordsPerFile, limits.recordsPerFile(), 10_000_000);
        try (Connection c = db.get()) {
            c.setAutoCommit(false);
            try {
                List<UUID> files = OutboundSelection.select(c, configured.get(), limits, perFile, job.getExecutionId());
                c.commit();
                LOG.info(() -> "Partner exchange " + partner + ": " + files.size() + " outbound files prepared");
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return "COMPLETED";
    }
}
