package org.opentvs.reporting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.opentvs.reporting.boundary.Reports;
import org.opentvs.reporting.control.ChartJson;
import org.opentvs.reporting.entity.LatencyRow;
import org.opentvs.reporting.entity.Segment;

/** Verification response time, p50/p95/p99 by touchpoint and hour of day (UTC). */
@Named
@ViewScoped
public class ResponseTimeReport extends ReportPage {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    private List<LatencyRow> rows = List.of();
    private String chart;

    @Override
    protected String page() {
        return "response-times";
    }

    @Override
    protected Segment defaultSegment() {
        return Segment.TOUCHPOINT;
    }

    @Override
    protected void refresh() {
        rows = reports.latency(filter());
        List<String> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(String.format("%02d:00", h));
        }
        ChartJson c = ChartJson.line(hours).yAxis("milliseconds (p95)", null);
        rows.stream().map(LatencyRow::touchpoint).distinct().forEach(t -> {
            List<Double> p95 = new ArrayList<>();
            for (int h = 0; h < 24; h++) {
                int hour = h;
                p95.add(rows.stream().filter(r -> r.touchpoint().equals(t) && r.hourOfDay() != null && r.hourOfDay() == hour)
                        .map(LatencyRow::p95).findFirst().orElse(null));
            }
            c.series(t + " p95", p95);
        });
        chart = c.json();
    }

    public List<LatencyRow> getRows() {
        return rows;
    }

    public String getChart() {
        return chart;
    }
}
