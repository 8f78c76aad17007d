package org.opentvs.reconciliation.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.opentvs.reconciliation.control.DayRanges;

/**
 * Partitions the admissions by admission day (UTC): the days from the first to the last admission
 * are cut into at most {@code partitions} contiguous ranges of whole days. With {@code analyze=true}
 * it first refreshes the planner's statistics of the link tables the previous step filled.
 * <p>
 * The plan overrides the previous execution's on restart: the step a run was stopped in runs all its
 * partitions again, those that completed adding nothing (every write is keyed). The batch runtime's
 * own restart of partitions looks up each partition's earlier execution, and a stop that lands while
 * the mapper runs leaves a step with a plan but no partition executions, which it cannot restart.
 */
@Dependent
@Named("reconDayMapper")
public class ArrivalDayMapper implements PartitionMapper {

    @Inject
    @BatchProperty
    String partitions;

    @Inject
    @BatchProperty
    String threads;

    @Inject
    @BatchProperty
    String analyze;

    @Inject
    ReconDataSource db;

    @Override
    public PartitionPlan mapPartitions() throws Exception {
        LocalDate first;
        LocalDate last;
        try (Connection c = db.get(); Statement s = c.createStatement()) {
            if ("true".equalsIgnoreCase(analyze)) {
                s.execute("analyze recon_link, recon_discrepancy, recon_classification");
            }
            ResultSet rs = s.executeQuery("select min(admitted_at), max(admitted_at) from admission");
            rs.next();
            first = rs.getTimestamp(1) == null
                    ? LocalDate.of(2000, 1, 1)
                    : rs.getTimestamp(1).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            last = rs.getTimestamp(2) == null ? first : rs.getTimestamp(2).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        List<DayRanges.Range> ranges = DayRanges.split(first, last, parse(partitions, 4, 366));
        int n = ranges.size();
        Properties[] props = new Properties[n];
        for (int i = 0; i < n; i++) {
            props[i] = new Properties();
            props[i].setProperty("from", ranges.get(i).from().atStartOfDay(ZoneOffset.UTC).toInstant().toString());
            props[i].setProperty("to", ranges.get(i).to().atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(n);
        plan.setThreads(Math.min(n, parse(threads, 2, 64)));
        plan.setPartitionProperties(props);
        plan.setPartitionsOverride(true);
        return plan;
    }

    static int parse(String value, int fallback, int max) {
        try {
            int v = value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
            return Math.max(1, Math.min(v, max));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
