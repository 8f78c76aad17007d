package org.opentvs.reconciliation.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Exact keys for one partition, in one set-based statement: {@code key=document} (document number
 * + issuing country) or {@code key=identity} (holdings identity). For every key held by an
 * admission of the partition, that person's admissions and unclaimed departures are put in time
 * order (an admission before a departure of the same instant); an admission whose next event is a
 * departure takes it. That is the earliest departure after the admission, not after the same
 * person's next admission, held by nobody; each departure follows one event only, so no two
 * admissions want it. Never overwrites: links already made stay, and a rerun adds nothing.
 */
@Dependent
@Named("reconExactLinks")
public class ExactLinkBatchlet extends PartitionBatchlet {

    private static final String LINK = "with keys as materialized (select distinct %1$s from admission"
            + "   where admitted_at >= ? and admitted_at < ? and %2$s)"
            + " insert into recon_link (admission_id, departure_id, method, confidence, departed_at, execution_id, linked_at)"
            + " select s.id, s.next_id, ?, ?, s.next_at, ?, ? from ("
            + "   select e.id, e.kind, e.t, lead(e.id) over w next_id, lead(e.kind) over w next_kind, lead(e.t) over w next_at from ("
            + "     select id, admitted_at t, 0 kind, %1$s from admission where (%1$s) in (select %1$s from keys)"
            + "     union all"
            + "     select id, occurred_at, 1, %1$s from recon_departure d where (%1$s) in (select %1$s from keys)"
            + "       and not exists (select 1 from recon_link l where l.departure_id = d.id)) e"
            + "   window w as (partition by %1$s order by e.t, e.kind, e.id)) s"
            + " where s.kind = 0 and s.next_kind = 1 and s.t >= ? and s.t < ?"
            + "   and not exists (select 1 from recon_link l where l.admission_id = s.id)"
            + " on conflict do nothing";

    static final String BY_DOCUMENT = String.format(LINK, "document_number, document_country",
            "document_number is not null and document_country is not null");
    static final String BY_IDENTITY = String.format(LINK, "identity_id", "identity_id is not null");

    @Inject
    @BatchProperty
    String key;

    @Override
    protected String work(Instant from, Instant to) throws Exception {
        boolean identity = "identity".equalsIgnoreCase(key);
        try (Connection c = db.get()) {
            c.setAutoCommit(false);
            try {
                bulkSettings(c);
                int links;
                try (PreparedStatement ps = track(c.prepareStatement(identity ? BY_IDENTITY : BY_DOCUMENT))) {
                    Timestamp start = Timestamp.from(from);
                    Timestamp end = Timestamp.from(to);
                    ps.setTimestamp(1, start);
                    ps.setTimestamp(2, end);
                    ps.setString(3, identity ? "EXACT_IDENTITY" : "EXACT_DOCUMENT");
                    ps.setFloat(4, identity ? 0.99f : 1.0f);
                    ps.setLong(5, job.getExecutionId());
                    ps.setTimestamp(6, Timestamp.from(Instant.now()));
                    ps.setTimestamp(7, start);
                    ps.setTimestamp(8, end);
                    links = ps.executeUpdate();
                    untrack(ps);
                }
                c.commit();
                return links + (identity ? " identity" : " document") + " links";
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
