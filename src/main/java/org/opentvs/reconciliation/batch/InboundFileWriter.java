package org.opentvs.reconciliation.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.opentvs.platform.control.CurrentConnection;
import org.opentvs.reconciliation.control.InboundFile;
import org.opentvs.reconciliation.control.PartnerEntryParser;
import org.opentvs.reconciliation.control.PartnerEntryStore;
import org.opentvs.reconciliation.control.PartnerFile;

/**
 * Imports a partner's inbound file the way {@code POST /api/v1/reconciliation/partner-entries} does
 * ({@link PartnerEntryParser}, {@link PartnerEntryStore}: bad lines rejected and kept, repeated lines
 * duplicates), or refuses it whole ({@code QUARANTINED} with its error) when it disagrees with its
 * manifest (checksum, record count, name), is too large, not UTF-8 or has no usable header.
 */
@Dependent
@Named("inboundFileWriter")
public class InboundFileWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(InboundFileWriter.class.getName());

    @Inject
    @BatchProperty
    String partner;

    @Inject
    PartnerEntryStore store;

    @Inject
    CurrentConnection connection;

    @Inject
    JobContext job;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        for (Object item : items) {
            InboundFile file = (InboundFile) item;
            String problem = file.problem();
            PartnerFile parsed = null;
            if (problem == null) {
                try {
                    parsed = PartnerEntryParser.parse(file.text(), file.format());
                    if (file.manifest() != null && file.manifest().records() != parsed.lines()) {
                        problem = file.manifest().mismatch(file.name(), file.sha256(), parsed.lines());
                    }
                } catch (IllegalArgumentException e) {
                    problem = "UNREADABLE_FILE: " + e.getMessage();
                }
            }
            if (problem != null) {
                record(file, "QUARANTINED", parsed == null ? 0 : parsed.lines(), problem, null);
                String reason = problem;
                LOG.warning(() -> "Partner exchange " + partner + ": quarantined " + file.name() + ": " + reason.split(":")[0]);
                continue;
            }
            PartnerEntryStore.Stored stored = store.store(partner, file.format(), parsed, "partner-exchange");
            record(file, "IMPORTED", parsed.lines(), null, stored.fileId());
            int lines = parsed.lines();
            LOG.info(() -> "Partner exchange " + partner + ": imported " + file.name() + " (" + lines + " lines, "
                    + stored.accepted() + " new, " + stored.duplicates() + " duplicates)");
        }
    }

    private void record(InboundFile file, String status, int records, String error, UUID partnerFile) throws SQLException {
        try (PreparedStatement ps = connection.get()
                .prepareStatement("insert into partner_exchange_file (id, partner, direction, file_name,"
                        + " records, sha256, status, error, partner_file_id, execution_id, created_at, done_at)"
                        + " values (?, ?, 'INBOUND', ?, ?, ?, ?, ?, ?, ?, now(), now())")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, partner);
            ps.setString(3, file.name().length() > 255 ? file.name().substring(0, 255) : file.name());
            ps.setInt(4, records);
            ps.setString(5, file.sha256());
            ps.setString(6, status);
            ps.setString(7, error == null ? null : error.length() > 500 ? error.substring(0, 500) : error);
            ps.setObject(8, partnerFile);
            ps.setLong(9, job.getExecutionId());
            ps.executeUpdate();
        }
    }
}
