package org.opentvs.manifest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.opentvs.biometric.control.InScopeAge;
import org.opentvs.manifest.control.paxlst.ParsedDocument;
import org.opentvs.manifest.control.paxlst.ParsedTraveler;
import org.opentvs.manifest.entity.TravelerDocument;
import org.opentvs.manifest.entity.TravelerFacts;

/**
 * Derives what the message does not say: US citizenship (NAT USA or a US-issued passport; a
 * permanent-resident card is not citizenship) and biometric-exit scope (non-citizen within the
 * configured age range on the day of travel; unknown age counts as in scope). The same age range
 * decides who is searchable at all: only travelers within it, US citizens or not, are in a flight's
 * gallery (CONOPS 3.2: "air travelers between the ages of 14 and 79"); the others stay on the
 * manifest and in the reports.
 */
@ApplicationScoped
public class TravelerPolicy {

    @Inject
    InScopeAge ages;

    public TravelerFacts facts(ParsedTraveler t, LocalDate travelDate) {
        List<TravelerDocument> documents = t.documents().stream().map(TravelerPolicy::document).toList();
        boolean usCitizen = usCitizen(t.nationality(), documents);
        boolean inScope = !usCitizen && ages.covers(t.dateOfBirth(), travelDate);
        return new TravelerFacts(t.role(), t.inTransit(), t.familyName(), t.givenNames(), t.dateOfBirth(), t.sex(),
                t.nationality(), t.residenceCountry(), t.birthPlace(), t.embarkation(), t.debarkation(), t.reference(),
                t.reservation(), t.seat(), documents, usCitizen, inScope);
    }

    /** Whether a traveler born on that day belongs in the gallery of a flight departing on {@code departureDate}. */
    public boolean searchable(LocalDate dateOfBirth, LocalDate departureDate) {
        return ages.covers(dateOfBirth, departureDate);
    }

    static boolean usCitizen(String nationality, List<TravelerDocument> documents) {
        return "USA".equals(nationality) || documents.stream().anyMatch(TravelerDocument::usPassport);
    }

    private static TravelerDocument document(ParsedDocument d) {
        return new TravelerDocument(d.type(), d.number(), d.issuingCountry(), d.expiry(), d.issued());
    }
}
