package org.opentvs.reporting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opentvs.reporting.boundary.Reports;
import org.opentvs.reporting.control.ChartJson;
import org.opentvs.reporting.control.PerformanceQueries;
import org.opentvs.reporting.entity.DayRow;
import org.opentvs.reporting.entity.Proportion;
import org.opentvs.reporting.entity.Segment;
import org.opentvs.reporting.entity.SegmentRow;

/** The performance dashboard: capture, match and biometric confirmation side by side, per segment, with the daily trend. */
@Named
@ViewScoped
public class PerformanceReport extends ReportPage {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    private List<SegmentRow> rows = List.of();
    private SegmentRow total;
    private String trendChart;

    @Override
    protected String page() {
        return "dashboard";
    }

    @Override
    protected Segment defaultSegment() {
        return Segment.PORT;
    }

    @Override
    protected void refresh() {
        rows = reports.segments(filter(), segment());
        total = PerformanceQueries.total(rows);
        trendChart = trendChart(reports.trend(filter()));
    }

    /** The three daily rates as one line chart (the dashboard's and the home page's). */
    static String trendChart(List<DayRow> days) {
        return ChartJson.line(days.stream().map(d -> d.day().toString()).toList())
                .series("Capture rate %", days.stream().map(d -> percent(d.capture())).toList())
                .series("Match rate %", days.stream().map(d -> percent(d.match())).toList())
                .series("Biometric confirmation %", days.stream().map(d -> percent(d.confirmation())).toList())
                .yAxis("% per day", 100.0).json();
    }

    static Double percent(Proportion p) {
        return p.defined() ? 100 * p.rate() : null;
    }

    public List<SegmentRow> getRows() {
        return rows;
    }

    public SegmentRow getTotal() {
        return total;
    }

    public String getTrendChart() {
        return trendChart;
    }

    public List<Segment> getSegments() {
        return List.of(Segment.PORT, Segment.TERMINAL, Segment.GATE, Segment.FLIGHT, Segment.AIRLINE, Segment.TOUCHPOINT);
    }
}
