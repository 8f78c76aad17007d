package org.opentvs.reporting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opentvs.reporting.boundary.Reports;
import org.opentvs.reporting.control.ChartJson;
import org.opentvs.reporting.entity.DeviceRow;
import org.opentvs.reporting.entity.Segment;

/** Capture devices: volume, failures, quality, last seen; silent ones first (an outage). */
@Named
@ViewScoped
public class DeviceReport extends ReportPage {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    private List<DeviceRow> rows = List.of();
    private String chart;

    @Override
    protected String page() {
        return "devices";
    }

    @Override
    protected Segment defaultSegment() {
        return Segment.PORT;
    }

    @Override
    protected void refresh() {
        rows = reports.devices(filter());
        List<DeviceRow> top = rows.stream().sorted((a, b) -> Long.compare(b.verifications(), a.verifications())).limit(30).toList();
        chart = ChartJson.bar(top.stream().map(DeviceRow::deviceId).toList())
                .series("Captures", top.stream().map(r -> (double) r.verifications()).toList())
                .series("Capture failures", top.stream().map(r -> (double) r.captureFailures()).toList())
                .yAxis("captures", null).json();
    }

    public List<DeviceRow> getRows() {
        return rows;
    }

    public long getSilentCount() {
        return rows.stream().filter(DeviceRow::silent).count();
    }

    public long getSilentMinutes() {
        return reports.deviceSilentMinutes();
    }

    public String getChart() {
        return chart;
    }
}
