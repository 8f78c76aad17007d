package org.opentvs.departure.entity;

import java.util.List;

/**
 * A place a traveler may self-report a departure at: a land border crossing or a foreign
 * general-aviation airport of arrival. {@code port} is the scope code (the CBP port code of a land
 * crossing, the ICAO code of an airport). {@code border} is the US boundary near it, a polyline
 * digitised so that the foreign country lies on its left when walking it from first to last point.
 */
public record PortLocation(String code, String port, String name, String kind, String foreignCountry, GeoPoint location,
        List<GeoPoint> border) {

    public PortLocation {
        if (border.size() < 2) {
            throw new IllegalArgumentException("the border line of " + code + " needs two points at least");
        }
        border = List.copyOf(border);
    }
}
