package org.opentvs.reporting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.platform.control.Clock;
import org.opentvs.platform.control.CurrentConnection;
import org.opentvs.reconciliation.control.ExchangeReport;
import org.opentvs.reporting.control.AccuracyQueries;
import org.opentvs.reporting.control.DemographicQueries;
import org.opentvs.reporting.control.DeviceQueries;
import org.opentvs.reporting.control.ExceptionQueries;
import org.opentvs.reporting.control.FlightQueries;
import org.opentvs.reporting.control.GalleryQueries;
import org.opentvs.reporting.control.LatencyQueries;
import org.opentvs.reporting.control.PerformanceQueries;
import org.opentvs.reporting.entity.AccuracyRow;
import org.opentvs.reporting.entity.AlertCount;
import org.opentvs.reporting.entity.DayRow;
import org.opentvs.reporting.entity.DemographicRow;
import org.opentvs.reporting.entity.DeviceRow;
import org.opentvs.reporting.entity.Dimension;
import org.opentvs.reporting.entity.GalleryBuild;
import org.opentvs.reporting.entity.JobRunRow;
import org.opentvs.reporting.entity.LatencyRow;
import org.opentvs.reporting.entity.ReportFilter;
import org.opentvs.reporting.entity.Segment;
import org.opentvs.reporting.entity.SegmentRow;
import org.opentvs.reporting.entity.TravelerRecord;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.control.ScopePolicy;
import org.opentvs.security.entity.Caller;
import org.opentvs.security.entity.Role;

/** The reports' reads, one transaction each; the one read of persons is checked and audited here. */
@Stateless
public class Reports {

    @FunctionalInterface
    interface Read<T> {

        T on(Connection c) throws SQLException;
    }

    @Inject
    CurrentConnection connection;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "opentvs.reporting.gallery-late-seconds", defaultValue = "60")
    long galleryLateSeconds;

    @Inject
    @ConfigProperty(name = "opentvs.reporting.device-silent-minutes", defaultValue = "60")
    long deviceSilentMinutes;

    public List<SegmentRow> segments(ReportFilter f, Segment s) {
        return read(c -> PerformanceQueries.segments(c, f, s));
    }

    public List<DayRow> trend(ReportFilter f) {
        return read(c -> PerformanceQueries.trend(c, f));
    }

    public List<AccuracyRow> accuracy(ReportFilter f, Segment s) {
        return read(c -> AccuracyQueries.rows(c, f, s));
    }

    public List<DemographicRow> demographics(ReportFilter f, Dimension d) {
        return read(c -> DemographicQueries.rows(c, f, d));
    }

    public List<LatencyRow> latency(ReportFilter f) {
        return read(c -> LatencyQueries.rows(c, f));
    }

    public long[] galleryBuildMillis(ReportFilter f) {
        return read(c -> GalleryQueries.buildMillis(c, f));
    }

    public List<GalleryBuild> lateGalleries(ReportFilter f) {
        return read(c -> GalleryQueries.late(c, f, galleryLateSeconds * 1000, now()));
    }

    public long galleryLateSeconds() {
        return galleryLateSeconds;
    }

    public List<DeviceRow> devices(ReportFilter f) {
        return read(c -> DeviceQueries.rows(c, f, now(), deviceSilentMinutes));
    }

    public long deviceSilentMinutes() {
        return deviceSilentMinutes;
    }

    public List<AlertCount> alerts(ReportFilter f) {
        return read(c -> ExceptionQueries.alerts(c, f));
    }

    public List<JobRunRow> latestJobRuns() {
        return read(ExceptionQueries::latestRuns);
    }

    /** The two-way partner exchange per partner and direction (counts only). */
    public List<ExchangeReport.Row> partnerExchange() {
        return read(ExchangeReport::totals);
    }

    /** Whether the caller may see persons: program managers and administrators, not auditors (aggregates only). */
    public boolean maySeePersons() {
        Caller who = caller.get();
        return who.hasRole(Role.PROGRAM_MANAGER) || who.hasRole(Role.ADMIN);
    }

    public List<TravelerRecord> travelers(String carrier, String number, LocalDate date) {
        if (!maySeePersons()) {
            throw new SecurityException("only program managers and administrators see a flight's travelers");
        }
        ScopePolicy policy = caller.policy();
        if (!policy.coversCarrier(carrier)) {
            return List.of();
        }
        List<TravelerRecord> rows = read(c -> FlightQueries.travelers(c, carrier, number, date, policy.ports()));
        audit.record(caller.get(), "READ", "flight-travelers", carrier + number + "/" + date,
                rows.size() + " travelers (report drill-down)");
        return rows;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
    }

    private <T> T read(Read<T> read) {
        try {
            return read.on(connection.get());
        } catch (SQLException e) {
            throw new IllegalStateException("report query failed", e);
        }
    }
}
