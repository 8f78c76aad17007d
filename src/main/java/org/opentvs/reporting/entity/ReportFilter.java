package org.opentvs.reporting.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * What a report looks at: a period of UTC days (both ends included), optional segment values chosen
 * by drilling down, and the caller's ports (empty = all ports).
 */
public record ReportFilter(LocalDate from, LocalDate to, String port, String terminal, String gate, String carrier,
        String flightNumber, LocalDate flightDate, String touchpoint, String algorithm, Set<String> scopePorts) implements Serializable {

    public static final int MAX_DAYS = 3 * 366;

    public ReportFilter {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period needs from <= to");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("a period is at most " + MAX_DAYS + " days");
        }
        scopePorts = scopePorts == null ? Set.of() : Set.copyOf(scopePorts);
    }

    public static ReportFilter period(LocalDate from, LocalDate to) {
        return new ReportFilter(from, to, null, null, null, null, null, null, null, null, Set.of());
    }

    public java.time.OffsetDateTime startUtc() {
        return from.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** Exclusive end: the start of the day after {@code to}. */
    public java.time.OffsetDateTime endUtc() {
        return to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The same choices and scope over another period. */
    public ReportFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new ReportFilter(newFrom, newTo, port, terminal, gate, carrier, flightNumber, flightDate, touchpoint, algorithm, scopePorts);
    }

    public ReportFilter withTouchpoint(String value) {
        return new ReportFilter(from, to, port, terminal, gate, carrier, flightNumber, flightDate, value, algorithm, scopePorts);
    }

    /**
     * Adds the segment conditions for a summary table's columns ({@code port}, {@code terminal},
     * {@code gate}, {@code carrier}, {@code flight_number}, {@code flight_date}, {@code touchpoint},
     * {@code algorithm}), those the table has.
     */
    public void segmentConditions(SqlWhere where, Set<String> columns) {
        where.equal(columns, "port", port).equal(columns, "terminal", terminal).equal(columns, "gate", gate)
                .equal(columns, "carrier", carrier).equal(columns, "flight_number", flightNumber)
                .equal(columns, "touchpoint", touchpoint).equal(columns, "algorithm", algorithm);
        if (flightDate != null && columns.contains("flight_date")) {
            where.and("flight_date = ?", flightDate);
        }
        if (!scopePorts.isEmpty() && columns.contains("port")) {
            where.and("port = any(?)", (Object) scopePorts.toArray(String[]::new));
        }
    }
}
