package org.opentvs.reporting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opentvs.reconciliation.control.ExchangeReport;
import org.opentvs.reporting.boundary.Reports;
import org.opentvs.reporting.control.ChartJson;
import org.opentvs.reporting.entity.AlertCount;
import org.opentvs.reporting.entity.JobRunRow;
import org.opentvs.reporting.entity.Segment;

/**
 * Exceptions and reconciliation: alerts by kind and outcome, the two-way partner exchange per partner and direction,
 * and the latest run of each batch job with its counts.
 */
@Named
@ViewScoped
public class ExceptionsReport extends ReportPage {

    private static final long serialVersionUID = 1L;
    private static final List<String> STATUSES = List.of("OPEN", "ACKNOWLEDGED", "RESOLVED");

    @Inject
    Reports reports;

    private List<AlertCount> alerts = List.of();
    private List<JobRunRow> runs = List.of();
    private List<ExchangeReport.Row> exchange = List.of();
    private String chart;

    @Override
    protected String page() {
        return "exceptions";
    }

    @Override
    protected Segment defaultSegment() {
        return Segment.PORT;
    }

    @Override
    protected void refresh() {
        alerts = reports.alerts(filter());
        runs = reports.latestJobRuns();
        exchange = reports.partnerExchange();
        List<String> kinds = alerts.stream().map(AlertCount::kind).distinct().toList();
        ChartJson c = ChartJson.bar(kinds).yAxis("alerts", null);
        for (String status : STATUSES) {
            c.series(status, kinds.stream().map(k -> (double) alerts.stream().filter(a -> a.kind().equals(k) && a.status().equals(status))
                    .mapToLong(AlertCount::count).sum()).toList());
        }
        chart = c.json();
    }

    public List<AlertCount> getAlerts() {
        return alerts;
    }

    public List<JobRunRow> getRuns() {
        return runs;
    }

    public List<ExchangeReport.Row> getExchange() {
        return exchange;
    }

    public String getChart() {
        return chart;
    }
}
