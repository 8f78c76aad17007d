package org.opentvs.crossing.control;

/** {@link CrossingRegistration}'s statements, for {@code alerting.control.PublishedViewsIT}, which compares their plans. */
public final class RegistrationStatements {

    public static final String FROM_TRAVELER = CrossingRegistration.FROM_TRAVELER;
    public static final String FROM_TRAVELERS = CrossingRegistration.FROM_TRAVELERS;
    public static final String FROM_IDENTITY = CrossingRegistration.FROM_IDENTITY;
    public static final String BIOGRAPHIC_DEPARTURES = CrossingRegistration.BIOGRAPHIC_DEPARTURES;

    private RegistrationStatements() {
    }
}
