package org.opentvs.reconciliation.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.opentvs.reconciliation.control.AdmitUntilPolicy;
import org.opentvs.reconciliation.control.OverstayClassifier;
import org.opentvs.reconciliation.control.StayCalculator;

/**
 * Classifies every admission of the partition as of the {@code asOf} date from its admit-until
 * ({@link AdmitUntilPolicy}: record, class, 90/180 rule for visa-waiver classes with the earlier
 * stays of the same document) and its linked departure. One streamed query brings each admission
 * with its link, open review and current classification (hash joins); only what changed is
 * upserted, {@code batchSize} rows per statement.
 */
@Dependent
@Named("reconClassify")
public class ClassifyBatchlet extends PartitionBatchlet {

    static final String ADMISSIONS = "select a.id, a.admitted_at, a.class_of_admission, a.admit_until, l.departed_at,"
            + " r.admission_id is not null, k.status, k.admit_until, k.departed_on, k.days_over, k.under_review"
            + " from admission a left join recon_link l on l.admission_id = a.id"
            + " left join (select distinct admission_id from recon_discrepancy where status = 'OPEN') r on r.admission_id = a.id"
            + " left join recon_classification k on k.admission_id = a.id"
            + " where a.admitted_at >= ? and a.admitted_at < ? order by a.id";
    static final String EARLIER = "select a.id, p.admitted_at, l.departed_at from admission a join admission p"
            + " on p.document_number = a.document_number and p.document_country = a.document_country and p.id <> a.id"
            + " and p.admitted_at < a.admitted_at and p.admitted_at > a.admitted_at - interval '180 days'"
            + " left join recon_link l on l.admission_id = p.id"
            + " where a.admitted_at >= ? and a.admitted_at < ? and a.class_of_admission = any(?::text[])";
    static final String UPSERT = "insert into recon_classification (admission_id, status, admit_until, departed_on, days_over,"
            + " under_review, as_of, execution_id, classified_at) select u.id, u.status, u.until, u.departed, u.over, u.review, ?, ?, ?"
            + " from unnest(?::uuid[], ?::text[], ?::date[], ?::date[], ?::int[], ?::boolean[]) u(id, status, until, departed, over, review)"
            + " on conflict (admission_id) do update"
            + " set status = excluded.status, admit_until = excluded.admit_until, departed_on = excluded.departed_on,"
            + " days_over = excluded.days_over, under_review = excluded.under_review, as_of = excluded.as_of,"
            + " execution_id = excluded.execution_id, classified_at = excluded.classified_at"
            + " where (recon_classification.status, recon_classification.admit_until, recon_classification.departed_on,"
            + " recon_classification.days_over, recon_classification.under_review) is distinct from"
            + " (excluded.status, excluded.admit_until, excluded.departed_on, excluded.days_over, excluded.under_review)";

    private record Row(UUID id, String status, LocalDate until, LocalDate departed, Integer over, boolean review) {
    }

    @Inject
    @BatchProperty
    String asOf;

    @Inject
    @BatchProperty
    String batchSize;

    private final List<Row> pending = new ArrayList<>();
    private int written;

    @Override
    protected String work(Instant from, Instant to) throws Exception {
        LocalDate day = asOf == null || asOf.isBlank() ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(asOf.trim());
        Set<String> waiverClasses = visaWaiverClasses();
        AdmitUntilPolicy policy = new AdmitUntilPolicy(waiverClasses);
        int flushAt = ArrivalDayMapper.parse(batchSize, 5000, 100_000);
        long read = 0;
        try (Connection c = db.get(); Connection write = db.get()) {
            c.setAutoCommit(false);
            try {
                bulkSettings(c);
                Map<UUID, List<StayCalculator.Stay>> earlier = earlier(c, from, to, waiverClasses);
                try (PreparedStatement ps = track(c.prepareStatement(ADMISSIONS))) {
                    ps.setFetchSize(5000);
                    ps.setTimestamp(1, Timestamp.from(from));
                    ps.setTimestamp(2, Timestamp.from(to));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            read++;
                            UUID id = rs.getObject(1, UUID.class);
                            LocalDate admitted = utcDate(rs.getTimestamp(2).toInstant());
                            LocalDate until = policy.admitUntil(rs.getString(3), admitted, rs.getObject(4, LocalDate.class),
                                    earlier.getOrDefault(id, List.of()));
                            LocalDate out = rs.getTimestamp(5) == null ? null : utcDate(rs.getTimestamp(5).toInstant());
                            OverstayClassifier.Classification k = OverstayClassifier.classify(until, out, day);
                            Row row = new Row(id, k.status().name(), until, out, k.daysOver(), rs.getBoolean(6));
                            Integer over = rs.getObject(10, Integer.class);
                            boolean same = row.status().equals(rs.getString(7)) && Objects.equals(until, rs.getObject(8, LocalDate.class))
                                    && Objects.equals(out, rs.getObject(9, LocalDate.class)) && Objects.equals(row.over(), over)
                                    && rs.getObject(11) != null && rs.getBoolean(11) == row.review();
                            if (!same) {
                                pending.add(row);
                                if (pending.size() >= flushAt) {
                                    flush(write, day);
                                }
                            }
                        }
                    }
                    untrack(ps);
                }
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
            flush(write, day);
        }
        return read + " admissions read, " + written + " classifications written";
    }

    private Map<UUID, List<StayCalculator.Stay>> earlier(Connection c, Instant from, Instant to, Set<String> classes) throws SQLException {
        Map<UUID, List<StayCalculator.Stay>> earlier = new HashMap<>();
        if (classes.isEmpty()) {
            return earlier;
        }
        try (PreparedStatement ps = track(c.prepareStatement(EARLIER))) {
            ps.setTimestamp(1, Timestamp.from(from));
            ps.setTimestamp(2, Timestamp.from(to));
            ps.setArray(3, c.createArrayOf("text", classes.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate exit = rs.getTimestamp(3) == null ? null : utcDate(rs.getTimestamp(3).toInstant());
                    earlier.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new StayCalculator.Stay(utcDate(rs.getTimestamp(2).toInstant()), exit));
                }
            }
            untrack(ps);
        }
        return earlier;
    }

    private void flush(Connection c, LocalDate day) throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = track(c.prepareStatement(UPSERT))) {
            ps.setDate(1, Date.valueOf(day));
            ps.setLong(2, job.getExecutionId());
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.setArray(4, SqlArrays.text(c, pending, Row::id));
            ps.setArray(5, SqlArrays.text(c, pending, Row::status));
            ps.setArray(6, SqlArrays.text(c, pending, Row::until));
            ps.setArray(7, SqlArrays.text(c, pending, Row::departed));
            ps.setArray(8, SqlArrays.text(c, pending, Row::over));
            ps.setArray(9, SqlArrays.text(c, pending, Row::review));
            written += ps.executeUpdate();
            untrack(ps);
        }
        pending.clear();
    }

    private static LocalDate utcDate(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    static Set<String> visaWaiverClasses() {
        return new HashSet<>(AdmitUntilPolicy.configuredVisaWaiverClasses());
    }
}
