package org.opentvs.reporting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.opentvs.reporting.boundary.Reports;
import org.opentvs.reporting.control.ChartJson;
import org.opentvs.reporting.entity.ReportFilter;
import org.opentvs.reporting.entity.Segment;
import org.opentvs.reporting.entity.SegmentRow;
import org.opentvs.reporting.entity.TravelerRecord;

/**
 * The bottom of the drill-down: one flight by touchpoint, and (for program managers and
 * administrators, audited) its travelers. Auditors see the aggregates only.
 */
@Named
@ViewScoped
public class FlightReport extends ReportPage {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    private List<SegmentRow> touchpoints = List.of();
    private List<TravelerRecord> travelers;
    private String chart;

    @Override
    protected String page() {
        return "flight";
    }

    @Override
    protected Segment defaultSegment() {
        return Segment.TOUCHPOINT;
    }

    @Override
    public Segment segment() {
        return Segment.TOUCHPOINT;
    }

    @Override
    protected void refresh() {
        ReportFilter f = filter();
        if (f.carrier() == null || f.flightNumber() == null || f.flightDate() == null) {
            message("Choose a flight from the performance report (carrier, flight and date are needed).");
            return;
        }
        touchpoints = reports.segments(f, Segment.TOUCHPOINT);
        chart = ChartJson.bar(touchpoints.stream().map(SegmentRow::label).toList())
                .series("Captures", touchpoints.stream().map(r -> (double) r.verifications()).toList())
                .series("No-matches", touchpoints.stream().map(r -> (double) r.noMatches()).toList())
                .series("Capture failures", touchpoints.stream().map(r -> (double) r.captureFailures()).toList())
                .yAxis("captures", null).json();
    }

    public String getTitle() {
        ReportFilter f = filter();
        return f.carrier() == null ? "Flight" : "Flight " + f.carrier() + f.flightNumber() + " on " + f.flightDate();
    }

    public List<SegmentRow> getTouchpoints() {
        return touchpoints;
    }

    public String getChart() {
        return chart;
    }

    public boolean isMaySeePersons() {
        return reports.maySeePersons();
    }

    /** Loads the flight's travelers on request (the read is audited). */
    public void showTravelers() {
        ReportFilter f = filter();
        if (f.carrier() != null && f.flightNumber() != null && f.flightDate() != null) {
            travelers = reports.travelers(f.carrier(), f.flightNumber(), f.flightDate());
        }
    }

    public List<TravelerRecord> getTravelers() {
        return travelers;
    }

    public String dashboardLink() {
        return url("dashboard", Map.of("from", filter().from().toString(), "to", filter().to().toString(),
                "carrier", String.valueOf(filter().carrier()), "segment", "FLIGHT"));
    }

}
