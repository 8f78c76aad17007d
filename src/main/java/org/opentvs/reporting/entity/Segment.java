package org.opentvs.reporting.entity;

import java.util.List;

/**
 * How a report is split, with the summary-table columns that make a segment and where a click on
 * one leads: airport → terminal → gate → flight; airline, touchpoint and algorithm → flight.
 */
public enum Segment {

    PORT("Airport / port", List.of("port")), TERMINAL("Terminal", List.of("port", "terminal")), GATE("Gate",
            List.of("port", "terminal", "gate")), FLIGHT("Flight", List.of("carrier", "flight_number", "flight_date")), AIRLINE("Airline",
                    List.of("carrier")), TOUCHPOINT("Touchpoint", List.of("touchpoint")), ALGORITHM("Algorithm", List.of("algorithm"));

    private final String label;
    private final List<String> columns;

    Segment(String label, List<String> columns) {
        this.label = label;
        this.columns = columns;
    }

    public String label() {
        return label;
    }

    public List<String> columns() {
        return columns;
    }

    /** The segment one level down, or null at a flight (whose page shows its touchpoints). */
    public Segment drillDown() {
        return switch (this) {
            case PORT -> TERMINAL;
            case TERMINAL -> GATE;
            case FLIGHT -> null;
            default -> FLIGHT;
        };
    }

    /** Group-by expressions, each a text (flight dates as ISO text, blanks for "not given"). */
    public String selectList() {
        return String.join(", ", columns.stream().map(c -> "coalesce(cast(" + c + " as varchar), '')").toList());
    }

    public static Segment parse(String value, Segment fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        for (Segment s : values()) {
            if (s.name().equalsIgnoreCase(value.trim())) {
                return s;
            }
        }
        return fallback;
    }
}
