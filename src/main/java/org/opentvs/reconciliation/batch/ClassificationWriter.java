package org.opentvs.reconciliation.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.opentvs.reconciliation.control.AdmitUntilPolicy;
import org.opentvs.reconciliation.control.OverstayClassifier;
import org.opentvs.reconciliation.control.StayCalculator;
import org.opentvs.reconciliation.entity.Arrival;

/**
 * Classifies each admission of the chunk as of the {@code asOf} date from its admit-until
 * ({@link AdmitUntilPolicy}: record, class, 90/180 rule for visa-waiver classes with the earlier
 * stays of the same document) and its linked departure. Upserts only what changed.
 */
@Dependent
@Named("reconClassificationWriter")
public class ClassificationWriter extends AbstractItemWriter {

    private static final String DEPARTURES = "select a.id, l.departed_at, exists (select 1 from recon_discrepancy r"
            + " where r.admission_id = a.id and r.status = 'OPEN') from admission a left join recon_link l on l.admission_id = a.id"
            + " where a.id = any(?)";
    private static final String EARLIER = "select a.id, p.admitted_at, l.departed_at from admission a join admission p"
            + " on p.document_number = a.document_number and p.document_country = a.document_country and p.id <> a.id"
            + " and p.admitted_at < a.admitted_at and p.admitted_at > a.admitted_at - interval '180 days'"
            + " left join recon_link l on l.admission_id = p.id where a.id = any(?)";
    private static final String UPSERT = "insert into recon_classification (admission_id, status, admit_until, departed_on, days_over,"
            + " under_review, as_of, execution_id, classified_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (admission_id) do update"
            + " set status = excluded.status, admit_until = excluded.admit_until, departed_on = excluded.departed_on,"
            + " days_over = excluded.days_over, under_review = excluded.under_review, as_of = excluded.as_of,"
            + " execution_id = excluded.execution_id, classified_at = excluded.classified_at"
            + " where (recon_classification.status, recon_classification.admit_until, recon_classification.departed_on,"
            + " recon_classification.days_over, recon_classification.under_review) is distinct from"
            + " (excluded.status, excluded.admit_until, excluded.departed_on, excluded.days_over, excluded.under_review)";

    @Inject
    @BatchProperty
    String asOf;

    @Inject
    ReconDataSource db;

    @Inject
    JobContext job;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        LocalDate day = asOf == null || asOf.isBlank() ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(asOf.trim());
        AdmitUntilPolicy policy = new AdmitUntilPolicy(visaWaiverClasses());
        Map<UUID, LocalDate> departed = new HashMap<>();
        Set<UUID> underReview = new HashSet<>();
        Map<UUID, List<StayCalculator.Stay>> earlier = new HashMap<>();
        try (Connection c = db.get()) {
            Array ids = c.createArrayOf("uuid", items.stream().map(i -> ((Arrival) i).id()).toArray());
            try (PreparedStatement ps = c.prepareStatement(DEPARTURES)) {
                ps.setArray(1, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject(1, UUID.class);
                        if (rs.getTimestamp(2) != null) {
                            departed.put(id, utcDate(rs.getTimestamp(2).toInstant()));
                        }
                        if (rs.getBoolean(3)) {
                            underReview.add(id);
                        }
                    }
                }
            }
            Object[] waivers = items.stream().map(i -> (Arrival) i).filter(a -> policy.visaWaiver(a.classOfAdmission()))
                    .map(Arrival::id).toArray();
            if (waivers.length > 0) {
                try (PreparedStatement ps = c.prepareStatement(EARLIER)) {
                    ps.setArray(1, c.createArrayOf("uuid", waivers));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            LocalDate exit = rs.getTimestamp(3) == null ? null : utcDate(rs.getTimestamp(3).toInstant());
                            earlier.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                                    .add(new StayCalculator.Stay(utcDate(rs.getTimestamp(2).toInstant()), exit));
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
                Timestamp now = Timestamp.from(Instant.now());
                for (Object item : items) {
                    Arrival a = (Arrival) item;
                    LocalDate until = policy.admitUntil(a.classOfAdmission(), utcDate(a.admittedAt()), a.admitUntil(),
                            earlier.getOrDefault(a.id(), List.of()));
                    LocalDate out = departed.get(a.id());
                    OverstayClassifier.Classification k = OverstayClassifier.classify(until, out, day);
                    ps.setObject(1, a.id());
                    ps.setString(2, k.status().name());
                    ps.setObject(3, until == null ? null : Date.valueOf(until), Types.DATE);
                    ps.setObject(4, out == null ? null : Date.valueOf(out), Types.DATE);
                    ps.setObject(5, k.daysOver(), Types.INTEGER);
                    ps.setBoolean(6, underReview.contains(a.id()));
                    ps.setDate(7, Date.valueOf(day));
                    ps.setLong(8, job.getExecutionId());
                    ps.setTimestamp(9, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static LocalDate utcDate(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    static Set<String> visaWaiverClasses() {
        String classes = ConfigProvider.getConfig().getOptionalValue("opentvs.reconciliation.visa-waiver-classes", String.class).orElse("WT,WB");
        Set<String> set = new HashSet<>();
        for (String s : classes.split(",")) {
            if (!s.isBlank()) {
                set.add(s.trim().toUpperCase());
            }
        }
        return set;
    }
}
