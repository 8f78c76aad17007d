package org.opentvs.alerting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.opentvs.holdings.control.IdentityRecords;
import org.opentvs.manifest.control.FlightPlaces;
import org.opentvs.manifest.control.FlightPlaces.FlightPlace;
import org.opentvs.manifest.control.TravelerRecords;

/**
 * Travelers (of a flight, of open flights, by id) and holdings identities as screening sees them, asked of their owners'
 * published queries (manifest's {@link TravelerRecords}, holdings' {@link IdentityRecords}): one query per call, as before.
 */
@Dependent
public class ScreenedPeople {

    @Inject
    TravelerRecords travelers;

    @Inject
    IdentityRecords identities;

    @Inject
    FlightPlaces flights;

    public List<ScreenedPerson> ofFlight(UUID flightId) {
        return screened(travelers.ofFlight(flightId));
    }

    /** Travelers expected on flights that have not closed and have not long departed: what a new listing is screened against. */
    public List<ScreenedPerson> ofOpenFlights() {
        return screened(travelers.ofOpenFlights());
    }

    public List<ScreenedPerson> travelers(Collection<UUID> ids) {
        return screened(travelers.byIds(ids));
    }

    public List<ScreenedPerson> identities(Collection<UUID> ids) {
        return identities.byIds(ids).stream().map(i -> new ScreenedPerson(i.id(), PersonName.of(i.familyName(), i.givenNames()),
                i.dateOfBirth(), i.nationality(),
                i.documents().stream().map(d -> new DocumentKey(d.number(), d.issuingCountry())).toList()))
                .toList();
    }

    private static List<ScreenedPerson> screened(List<TravelerRecords.Person> people) {
        return people.stream().map(t -> new ScreenedPerson(t.id(), PersonName.of(t.familyName(), t.givenNames()), t.dateOfBirth(),
                t.nationality(), t.documents().stream().map(d -> new DocumentKey(d.number(), d.issuingCountry())).toList())).toList();
    }

    public UUID flightOf(UUID travelerId) {
        return travelers.flightOf(travelerId);
    }

    /** The flight's designator and departure airport, for alerts raised at screening time. */
    public FlightPlace flight(UUID flightId) {
        return flights.flight(flightId);
    }
}
