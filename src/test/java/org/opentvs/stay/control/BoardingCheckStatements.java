package org.opentvs.stay.control;

/** {@link FlightTravelers}' statements, for {@code alerting.control.PublishedViewsIT}, which compares their plans. */
public final class BoardingCheckStatements {

    public static final String FLIGHT = FlightTravelers.FLIGHT;
    public static final String TRAVELERS = FlightTravelers.TRAVELERS;

    private BoardingCheckStatements() {
    }
}
