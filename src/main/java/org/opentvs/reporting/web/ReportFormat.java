package org.opentvs.reporting.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.opentvs.reporting.entity.Proportion;

/** How reports write numbers: rates as percentages with their 95% interval, times in UTC. */
@Named("fmt")
@ApplicationScoped
public class ReportFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    public String pct(Proportion p) {
        return p == null || !p.defined() ? "—" : String.format(Locale.ROOT, "%.1f%%", 100 * p.rate());
    }

    public String ci(Proportion p) {
        if (p == null || !p.defined()) {
            return "—";
        }
        Proportion.Interval i = p.wilson95();
        return String.format(Locale.ROOT, "%.1f–%.1f%%", 100 * i.low(), 100 * i.high());
    }

    public String ms(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.1f", value);
    }

    public String time(OffsetDateTime t) {
        return t == null ? "—" : TIME.format(t.withOffsetSameInstant(java.time.ZoneOffset.UTC));
    }

    public String num(Double d) {
        return d == null ? "—" : String.format(Locale.ROOT, "%.1f", d);
    }
}
