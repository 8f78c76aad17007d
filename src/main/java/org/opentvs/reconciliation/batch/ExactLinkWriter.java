package org.opentvs.reconciliation.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.opentvs.reconciliation.entity.Arrival;

/**
 * Exact keys, set-based for the whole chunk: first document number + issuing country, then the
 * holdings identity. Each admission takes its earliest departure after admission that no other
 * admission holds and that is not after a later admission of the same person. Never overwrites.
 */
@Dependent
@Named("reconExactWriter")
public class ExactLinkWriter extends AbstractItemWriter {

    private static final String LINK = "insert into recon_link (admission_id, departure_id, method, confidence, departed_at, execution_id, linked_at)"
            + " select distinct on (d.id) a.id, d.id, ?, ?, d.occurred_at, ?, ?"
            + " from admission a join lateral (select d.id, d.occurred_at from recon_departure d where %s"
            + "   and d.occurred_at >= a.admitted_at"
            + "   and not exists (select 1 from recon_link l where l.departure_id = d.id)"
            + "   and not exists (select 1 from admission n where %s and n.admitted_at > a.admitted_at and n.admitted_at <= d.occurred_at)"
            + "   order by d.occurred_at, d.id limit 1) d on true"
            + " where a.id = any(?) and not exists (select 1 from recon_link l where l.admission_id = a.id)"
            + " order by d.id, a.admitted_at, a.id on conflict do nothing";

    static final String BY_DOCUMENT = String.format(LINK,
            "d.document_number = a.document_number and d.document_country = a.document_country",
            "n.document_number = a.document_number and n.document_country = a.document_country");
    static final String BY_IDENTITY = String.format(LINK, "d.identity_id = a.identity_id", "n.identity_id = a.identity_id");

    @Inject
    ReconDataSource db;

    @Inject
    JobContext job;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        Object[] ids = items.stream().map(i -> ((Arrival) i).id()).toArray();
        try (Connection c = db.get()) {
            Array array = c.createArrayOf("uuid", ids);
            run(c, BY_DOCUMENT, "EXACT_DOCUMENT", 1.0f, array);
            run(c, BY_IDENTITY, "EXACT_IDENTITY", 0.99f, array);
        }
    }

    private void run(Connection c, String sql, String method, float confidence, Array ids) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, method);
            ps.setFloat(2, confidence);
            ps.setLong(3, job.getExecutionId());
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.setArray(5, ids);
            ps.executeUpdate();
        }
    }
}
