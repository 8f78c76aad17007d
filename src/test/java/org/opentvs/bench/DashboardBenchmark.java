package org.opentvs.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.opentvs.reporting.control.PerformanceQueries;
import org.opentvs.reporting.control.Rollups;
import org.opentvs.reporting.entity.ReportFilter;
import org.opentvs.reporting.entity.Segment;
import org.opentvs.reporting.entity.SegmentRow;

/**
 * The performance dashboard over a seeded year (≥ 5 M verifications): seeds the database once
 * (set-based), rolls the summaries in the server's 7-day steps, then times the dashboard's reads
 * (segments + trend, as the page runs them) for a year, and, as the baseline in the same run, the
 * same headline counts straight from the verification table. Not a test: a command (README).
 * Arguments: JDBC URL (database created and migrated if needed), flights (25,000), travelers per flight (200), runs (20).
 */
public final class DashboardBenchmark {

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/opentvs_bench_reporting";
        int flights = args.length > 1 ? Integer.parseInt(args[1]) : 25_000;
        int perFlight = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        String user = System.getProperty("bench.db.user", "opentvs");
        String password = System.getProperty("bench.db.password", "opentvs");
        Flyway.configure().dataSource(url, user, password).locations("filesystem:db-migrations").load().migrate();
        LocalDate first = LocalDate.now().minusDays(365);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            if (count(c, "select count(*) from verification") == 0) {
                long t0 = System.nanoTime();
                c.setAutoCommit(false);
                DashboardSeed.seed(c, flights, perFlight, first);
                c.commit();
                System.out.printf("seeded %,d verifications in %.1f s%n", count(c, "select count(*) from verification"),
                        (System.nanoTime() - t0) / 1e9);
            }
            if (count(c, "select count(*) from report_flight") == 0) {
                rollYear(c, first);
            }
            c.setAutoCommit(true);
            System.out.printf("verifications %,d; report_hour rows %,d; report_flight rows %,d%n",
                    count(c, "select count(*) from verification"),
                    count(c, "select count(*) from report_hour"), count(c, "select count(*) from report_flight"));
            ReportFilter year = ReportFilter.period(first, LocalDate.now());
            for (Segment segment : List.of(Segment.PORT, Segment.GATE, Segment.FLIGHT)) {
                Percentiles p = Percentiles.of(time(runs, () -> {
                    List<SegmentRow> rows = PerformanceQueries.segments(c, year, segment);
                    PerformanceQueries.total(rows);
                    PerformanceQueries.trend(c, year);
                }));
                System.out.println("dashboard reads, a year by " + segment + " (ms): " + p);
            }
            Percentiles baseline = Percentiles.of(time(Math.min(3, runs), () -> count(c, "select count(*) + count(distinct traveler_id)"
                    + " + sum(case when decision = 'NO_MATCH' then 1 else 0 end) from verification where at >= now() - interval '366 days'")));
            System.out.println("baseline: the same year's counts from the raw verification table (ms): " + baseline);
        }
    }

    private static void rollYear(Connection c, LocalDate first) throws Exception {
        long t0 = System.nanoTime();
        c.setAutoCommit(false);
        Instant end = Instant.now();
        for (Instant from = first.minusDays(2).atStartOfDay().toInstant(java.time.ZoneOffset.UTC); from
                .isBefore(end); from = from.plus(7, ChronoUnit.DAYS)) {
            Instant to = from.plus(7, ChronoUnit.DAYS);
            Rollups.roll(c, from, to.isAfter(end) ? end : to);
            c.commit();
        }
        System.out.printf("rolled up the year in %.1f s (7-day steps, as the server catches up)%n", (System.nanoTime() - t0) / 1e9);
        Instant hourAgo = Instant.now().minus(70, ChronoUnit.MINUTES);
        long t1 = System.nanoTime();
        Rollups.roll(c, hourAgo, Instant.now());
        c.commit();
        System.out.printf("one incremental step (last 70 minutes): %.1f ms%n", (System.nanoTime() - t1) / 1e6);
    }

    interface Body {

        void run() throws Exception;
    }

    private static double[] time(int runs, Body body) throws Exception {
        body.run();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            body.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
