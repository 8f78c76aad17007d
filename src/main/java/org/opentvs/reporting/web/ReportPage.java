package org.opentvs.reporting.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.opentvs.reporting.entity.ReportFilter;
import org.opentvs.reporting.entity.Segment;
import org.opentvs.security.boundary.CurrentCaller;

/**
 * What every report page shares: the period and segment choices (GET parameters, so every view can
 * be bookmarked and sent), the filter they make, the caller's ports, and links that keep the period.
 */
public abstract class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentCaller caller;

    ReportParams p = new ReportParams();
    private ReportFilter filter;

    public ReportParams getP() {
        return p;
    }

    /** The page's own path under /reports/, e.g. "dashboard". */
    protected abstract String page();

    protected abstract Segment defaultSegment();

    public void load() {
        filter = buildFilter();
        refresh();
    }

    protected abstract void refresh();

    public ReportFilter filter() {
        return filter;
    }

    public Segment segment() {
        return Segment.parse(p.segment, defaultSegment());
    }

    public String getSegmentName() {
        return segment().name();
    }

    public String getSegmentLabel() {
        return segment().label();
    }

    public String getPeriodText() {
        return filter.from() + " to " + filter.to() + " (UTC)";
    }

    ReportFilter buildFilter() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate to = date(p.to, today, "to");
        LocalDate from = date(p.from, to.minusDays(29), "from");
        if (to.isBefore(from) || from.plusDays(ReportFilter.MAX_DAYS).isBefore(to)) {
            message("The period must run forwards and cover at most three years; showing the last 30 days.");
            to = today;
            from = today.minusDays(29);
        }
        Set<String> ports = caller.policy().ports();
        return new ReportFilter(from, to, blank(p.port), blank(p.terminal), blank(p.gate), blank(p.carrier), blank(p.flight),
                date(p.date, null, "date"), blank(p.touchpoint), blank(p.algorithm), ports);
    }

    /** This page with some parameters changed (null removes one); the period is always kept. */
    public String link(Map<String, String> changes) {
        Map<String, String> q = p.asMap();
        q.put("from", filter.from().toString());
        q.put("to", filter.to().toString());
        q.putAll(changes);
        return url(page(), q);
    }

    public String segmentLink(String segmentName) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("segment", segmentName);
        return link(c);
    }

    /** Where a click on a row leads: one level down the drill-down, or at a flight, the flight's page. */
    public String drillLink(java.util.List<String> key) {
        Segment next = segment().drillDown();
        Map<String, String> c = new LinkedHashMap<>();
        for (int i = 0; i < key.size(); i++) {
            c.put(PARAMS.get(segment().columns().get(i)), key.get(i));
        }
        if (next == null) {
            c.put("from", filter.from().toString());
            c.put("to", filter.to().toString());
            return url("flight", c);
        }
        c.put("segment", next.name());
        return link(c);
    }

    /** The drill-down so far (airport › terminal › gate, airline, touchpoint), each crumb a link back up. */
    public java.util.List<String[]> getCrumbs() {
        java.util.List<String[]> crumbs = new java.util.ArrayList<>();
        crumbs.add(new String[]{"All", topLink()});
        Map<String, String> kept = new LinkedHashMap<>();
        String[][] levels = {{"port", "TERMINAL"}, {"terminal", "GATE"}, {"gate", "FLIGHT"}, {"carrier", "FLIGHT"},
                {"touchpoint", "FLIGHT"}, {"algorithm", "FLIGHT"}};
        Map<String, String> all = p.asMap();
        for (String[] level : levels) {
            String value = all.get(level[0]);
            if (value != null && !value.isBlank()) {
                kept.put(level[0], value);
                Map<String, String> q = new LinkedHashMap<>(kept);
                q.put("from", filter.from().toString());
                q.put("to", filter.to().toString());
                q.put("segment", level[1]);
                crumbs.add(new String[]{(level[0].equals("terminal") ? "Terminal " : level[0].equals("gate") ? "Gate " : "") + value,
                        url(page(), q)});
            }
        }
        return crumbs;
    }

    static final Map<String, String> PARAMS = Map.of("port", "port", "terminal", "terminal", "gate", "gate", "carrier", "carrier",
            "flight_number", "flight", "flight_date", "date", "touchpoint", "touchpoint", "algorithm", "algorithm");

    /** The last {@code days} days up to today. */
    public String periodLink(int days) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, String> q = p.asMap();
        q.put("from", today.minusDays(days - 1L).toString());
        q.put("to", today.toString());
        return url(page(), q);
    }

    /** The same view with segment choices cleared (back to the top of the drill-down). */
    public String topLink() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("from", filter.from().toString());
        q.put("to", filter.to().toString());
        return url(page(), q);
    }

    static String url(String page, Map<String, String> q) {
        StringBuilder sb = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/reports/").append(page).append(".xhtml");
        char sep = '?';
        for (Map.Entry<String, String> e : q.entrySet()) {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                sb.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return sb.toString();
    }

    private LocalDate date(String value, LocalDate fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            message("'" + name + "' must be a date such as 2026-01-31; it was ignored.");
            return fallback;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static void message(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }
}
