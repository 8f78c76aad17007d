package org.opentvs.reconciliation.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.opentvs.platform.control.CurrentConnection;
import org.opentvs.reconciliation.control.ExchangePartners;
import org.opentvs.reconciliation.control.OutboundFile;

/**
 * Writes a prepared outbound file and its manifest into the partner's outbound directory
 * ({@link OutboundFile}: temporary file, then rename) and marks it {@code WRITTEN} with its SHA-256
 * in the chunk's transaction. Should that transaction not commit, the restart writes the same bytes again.
 */
@Dependent
@Named("outboundFileWriter")
public class OutboundFileWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(OutboundFileWriter.class.getName());

    @Inject
    @BatchProperty
    String partner;

    @Inject
    CurrentConnection connection;

    @Inject
    JobContext job;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        ExchangePartners.Partner configured = ExchangePartners.find(partner)
                .filter(p -> p.outbound().isPresent())
                .orElseThrow(() -> new IllegalStateException("partner " + partner + " has no outbound directory any more"));
        for (Object item : items) {
            String[] file = (String[]) item;
            UUID id = UUID.fromString(file[0]);
            OutboundFile.Written written = OutboundFile.write(connection.get(), id, configured.outbound().get(), file[1]);
            try (PreparedStatement ps = connection.get().prepareStatement("update partner_exchange_file set status = 'WRITTEN',"
                    + " sha256 = ?, records = ?, execution_id = ?, done_at = now() where id = ?")) {
                ps.setString(1, written.sha256());
                ps.setLong(2, written.records());
                ps.setLong(3, job.getExecutionId());
                ps.setObject(4, id);
                ps.executeUpdate();
            }
            LOG.info(() -> "Partner exchange " + partner + ": wrote " + file[1] + " (" + written.records() + " records)");
        }
    }
}
