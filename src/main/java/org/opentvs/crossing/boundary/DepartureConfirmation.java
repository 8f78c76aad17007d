package org.opentvs.crossing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.opentvs.crossing.control.CrossingRegistration;
import org.opentvs.crossing.entity.CrossingRow;

/**
 * When a flight closes, every boarded in-scope traveler without a biometric exit is confirmed
 * biographically from the manifest (CONOPS 2.4.3.1 step 3b).
 */
@Stateless
public class DepartureConfirmation {

    private static final Logger LOG = Logger.getLogger(DepartureConfirmation.class.getName());

    @Inject
    CrossingRegistration registration;

    public int confirmClosedFlight(UUID flightId) {
        List<CrossingRow> confirmed = registration.biographicDepartures(flightId);
        LOG.info(() -> "Flight " + flightId + " closed: " + confirmed.size() + " departures confirmed biographically");
        return confirmed.size();
    }
}
