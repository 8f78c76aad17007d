package org.opentvs.reporting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.opentvs.reporting.boundary.Reports;
import org.opentvs.reporting.control.ChartJson;
import org.opentvs.reporting.entity.DemographicRow;
import org.opentvs.reporting.entity.Dimension;
import org.opentvs.reporting.entity.Segment;

/** The same rates by age band, sex, nationality, region and citizenship, with intervals and small-sample warnings. */
@Named
@ViewScoped
public class DemographicsReport extends ReportPage {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    private List<DemographicRow> rows = List.of();
    private String chart;

    @Override
    protected String page() {
        return "demographics";
    }

    @Override
    protected Segment defaultSegment() {
        return Segment.PORT;
    }

    public Dimension dimension() {
        return Dimension.parse(p.dimension, Dimension.AGE_BAND);
    }

    public String getDimensionName() {
        return dimension().name();
    }

    public String getDimensionLabel() {
        return dimension().label();
    }

    public Dimension[] getDimensions() {
        return Dimension.values();
    }

    public String dimensionLink(String name) {
        return link(Map.of("dimension", name));
    }

    @Override
    protected void refresh() {
        rows = reports.demographics(filter(), dimension());
        chart = ChartJson.bar(rows.stream().map(DemographicRow::group).toList())
                .series("Match rate %", rows.stream().map(r -> PerformanceReport.percent(r.match())).toList())
                .series("Biometric confirmation %", rows.stream().map(r -> PerformanceReport.percent(r.confirmation())).toList())
                .yAxis("% of travelers on the manifests", 100.0).json();
    }

    public List<DemographicRow> getRows() {
        return rows;
    }

    public String getChart() {
        return chart;
    }
}
