package org.opentvs.reporting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opentvs.reporting.boundary.Reports;
import org.opentvs.reporting.control.ChartJson;
import org.opentvs.reporting.entity.AccuracyRow;
import org.opentvs.reporting.entity.Segment;

/** Accuracy per ISO/IEC 19795 by flight, gate, airline and algorithm, each rate with its 95% interval and n. */
@Named
@ViewScoped
public class AccuracyReport extends ReportPage {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    private List<AccuracyRow> rows = List.of();
    private String chart;

    @Override
    protected String page() {
        return "accuracy";
    }

    @Override
    protected Segment defaultSegment() {
        return Segment.ALGORITHM;
    }

    @Override
    protected void refresh() {
        rows = reports.accuracy(filter(), segment());
        List<AccuracyRow> top = rows.stream().limit(40).toList();
        chart = ChartJson.bar(top.stream().map(AccuracyRow::label).toList())
                .series("Failure to acquire %", top.stream().map(r -> PerformanceReport.percent(r.fta())).toList())
                .series("False non-match (est.) %", top.stream().map(r -> PerformanceReport.percent(r.fnmr())).toList())
                .series("FNIR %", top.stream().map(r -> PerformanceReport.percent(r.fnir())).toList())
                .series("FPIR %", top.stream().map(r -> PerformanceReport.percent(r.fpir())).toList())
                .yAxis("%", null).json();
    }

    public List<AccuracyRow> getRows() {
        return rows;
    }

    public String getChart() {
        return chart;
    }

    public List<Segment> getSegments() {
        return List.of(Segment.ALGORITHM, Segment.AIRLINE, Segment.PORT, Segment.GATE, Segment.FLIGHT, Segment.TOUCHPOINT);
    }
}
