package org.opentvs.reporting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.opentvs.reporting.boundary.Reports;
import org.opentvs.reporting.control.PerformanceQueries;
import org.opentvs.reporting.entity.GalleryBuild;
import org.opentvs.reporting.entity.ReportFilter;
import org.opentvs.reporting.entity.Segment;
import org.opentvs.reporting.entity.SegmentRow;
import org.opentvs.security.entity.Caller;
import org.opentvs.security.entity.Role;

/**
 * The numbers a program manager sees first after signing in, for their ports: today's and this
 * week's (Monday to today, UTC) capture, match and biometric confirmation rates, the 30-day trend
 * and the galleries of the last seven days that were late or never ready. Other roles get no numbers.
 */
@Named
@ViewScoped
public class HomeReport extends ReportPage {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    private SegmentRow today = SegmentRow.empty(List.of("All"));
    private SegmentRow week = SegmentRow.empty(List.of("All"));
    private String trendChart;
    private List<GalleryBuild> late = List.of();

    @Override
    protected String page() {
        return "dashboard";
    }

    @Override
    protected Segment defaultSegment() {
        return Segment.PORT;
    }

    @Override
    public void load() {
        if (isReporting()) {
            super.load();
        }
    }

    @Override
    protected void refresh() {
        ReportFilter f = filter();
        LocalDate day = f.to();
        today = PerformanceQueries.total(reports.segments(f.withPeriod(day, day), Segment.PORT));
        week = PerformanceQueries.total(reports.segments(f.withPeriod(getWeekStart(), day), Segment.PORT));
        trendChart = PerformanceReport.trendChart(reports.trend(f));
        late = reports.lateGalleries(f.withPeriod(day.minusDays(6), day));
    }

    /** Program managers, administrators and auditors: the audiences of the reports. */
    public boolean isReporting() {
        Caller who = caller.get();
        return who.hasRole(Role.PROGRAM_MANAGER) || who.hasRole(Role.ADMIN) || who.hasRole(Role.AUDITOR);
    }

    public LocalDate getWeekStart() {
        return filter().to().with(DayOfWeek.MONDAY);
    }

    /** "SFO, JFK", or "all ports" for a caller without a port scope. */
    public String getPorts() {
        return filter().scopePorts().isEmpty() ? "all ports" : String.join(", ", filter().scopePorts().stream().sorted().toList());
    }

    public SegmentRow getToday() {
        return today;
    }

    public SegmentRow getWeek() {
        return week;
    }

    public String getTrendChart() {
        return trendChart;
    }

    public List<GalleryBuild> getLate() {
        return late;
    }

    public long getLateSeconds() {
        return reports.galleryLateSeconds();
    }
}
