package org.opentvs.reconciliation.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Last step: the run report (counts per class, link methods and match rates, discrepancies, partner
 * reconciliation rate, self-reported departures (biometric, biographic, refused, reconciled), what this execution changed, duration) into {@code recon_run} and
 * {@code job_run.summary}. Computed from the tables, so a restarted run reports the whole state. The
 * counts are a fenced subquery ({@code offset 0}): inlined, every use of it would count again.
 */
@Dependent
@Named("reconReport")
public class ReportBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ReportBatchlet.class.getName());

    static final String REPORT = "select jsonb_build_object("
            + " 'admissions', (select count(*) from admission),"
            + " 'departures', (select count(*) from recon_departure),"
            + " 'classes', (select coalesce(jsonb_object_agg(status, n), '{}') from (select status, count(*) n from recon_classification group by status) s),"
            + " 'links', (select coalesce(jsonb_object_agg(method, n), '{}') from (select method, count(*) n from recon_link group by method) m),"
            + " 'linked', (select count(*) from recon_link),"
            + " 'discrepancies', jsonb_build_object('open', (select count(*) from recon_discrepancy where status = 'OPEN'),"
            + "     'total', (select count(*) from recon_discrepancy),"
            + "     'admissionsUnderReview', (select count(distinct admission_id) from recon_discrepancy where status = 'OPEN')),"
            + " 'partner', jsonb_build_object('entries', (select count(*) from partner_entry),"
            + "     'reconciled', (select count(*) from recon_link l join recon_departure d on d.id = l.departure_id where d.source = 'PARTNER')),"
            + " 'selfReports', jsonb_build_object('departures', (select count(*) from recon_departure where source = 'SELF_REPORT'),"
            + "     'biometric', (select count(*) from self_report where outcome = 'DEPARTED' and confirmation = 'SELF_REPORTED_BIOMETRIC'),"
            + "     'biographic', (select count(*) from self_report where outcome = 'DEPARTED' and confirmation = 'SELF_REPORTED_BIOGRAPHIC'),"
            + "     'refused', (select count(*) from self_report where outcome = 'REFUSED'),"
            + "     'reconciled', (select count(*) from recon_link l join recon_departure d on d.id = l.departure_id where d.source = 'SELF_REPORT')),"
            + " 'thisExecution', jsonb_build_object('links', (select count(*) from recon_link where execution_id = ?),"
            + "     'discrepancies', (select count(*) from recon_discrepancy where execution_id = ?),"
            + "     'classified', (select count(*) from recon_classification where execution_id = ?)))";

    @Inject
    JobContext job;

    @Inject
    ReconDataSource db;

    @Override
    public String process() throws Exception {
        long id = job.getExecutionId();
        long t0 = System.nanoTime();
        Instant started = BatchRuntime.getJobOperator().getJobExecution(id).getStartTime().toInstant();
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        try (Connection c = db.get()) {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("analyze recon_link, recon_classification, recon_discrepancy");
            }
            long t1 = System.nanoTime();
            String summary;
            try (PreparedStatement ps = c.prepareStatement("select r || jsonb_build_object("
                    + " 'linkRate', case when (r->>'admissions')::numeric = 0 then null else round((r->>'linked')::numeric / (r->>'admissions')::numeric, 4) end,"
                    + " 'partnerReconciliationRate', case when (r#>>'{partner,entries}')::numeric = 0 then null"
                    + "   else round((r#>>'{partner,reconciled}')::numeric / (r#>>'{partner,entries}')::numeric, 4) end,"
                    + " 'durationSeconds', ?::numeric, 'executionId', ?::bigint) from (" + REPORT + " offset 0) x(r)")) {
                ps.setDouble(1, seconds);
                ps.setLong(2, id);
                ps.setLong(3, id);
                ps.setLong(4, id);
                ps.setLong(5, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    summary = rs.getString(1);
                }
            }
            long t2 = System.nanoTime();
            try (PreparedStatement ps = c
                    .prepareStatement("insert into recon_run (execution_id, finished_at, summary) values (?, ?, ?::jsonb)"
                            + " on conflict (execution_id) do update set finished_at = excluded.finished_at, summary = excluded.summary")) {
                ps.setLong(1, id);
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                ps.setString(3, summary);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("update job_run set summary = summary || ?::jsonb where execution_id = ?")) {
                ps.setString(1, summary);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            long t3 = System.nanoTime();
            LOG.info(() -> "Reconciliation report of execution " + id + ": execution lookup and analyze " + (t1 - t0) / 1_000_000
                    + " ms, counts "
                    + (t2 - t1) / 1_000_000 + " ms, writes " + (t3 - t2) / 1_000_000 + " ms");
        }
        return "COMPLETED";
    }
}
