package org.opentvs.manifest.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.opentvs.gallery.entity.GalleryCandidate;
import org.opentvs.gallery.entity.GalleryKind;
import org.opentvs.gallery.entity.GalleryRequest;
import org.opentvs.manifest.entity.FlightKey;
import org.opentvs.manifest.entity.FlightStatus;
import org.opentvs.manifest.entity.Traveler;

/**
 * What the gallery context needs to know about a flight's expected travelers: those the age range
 * makes searchable, aged at the flight's departure date ({@link TravelerPolicy#searchable}).
 */
@Dependent
public class GalleryRequests {

    @Inject
    TravelerPolicy policy;

    public GalleryRequest of(ManifestRecorder.Recorded recorded, Instant receivedAt) {
        FlightKey key = recorded.flight().key();
        List<GalleryCandidate> candidates = recorded.travelers().stream()
                .filter(t -> t.status().expected())
                .filter(t -> policy.searchable(t.dateOfBirth(), key.departureDate()))
                .map(GalleryRequests::candidate)
                .toList();
        return new GalleryRequest(recorded.flight().id(), GalleryKind.FLIGHT, key.carrier(), key.number(), key.departureDate(),
                recorded.flight().route().departureAirport(), recorded.flight().route().arrivalAirport(), receivedAt,
                recorded.flight().status() == FlightStatus.CLOSED, candidates);
    }

    private static GalleryCandidate candidate(Traveler t) {
        List<GalleryCandidate.DocumentKey> documents = t.documents().stream()
                .map(d -> new GalleryCandidate.DocumentKey(d.number(), d.issuingCountry())).toList();
        return new GalleryCandidate(t.id(), t.reference(), documents, t.familyName(), t.givenNames(), t.dateOfBirth(),
                t.nationality(), t.usCitizen(), t.inScope());
    }
}
