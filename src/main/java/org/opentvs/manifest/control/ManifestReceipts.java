package org.opentvs.manifest.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opentvs.gallery.control.GallerySummaries;
import org.opentvs.gallery.control.GallerySummaries.GallerySummary;
import org.opentvs.manifest.entity.Flight;
import org.opentvs.manifest.entity.Manifest;
import org.opentvs.manifest.entity.Route;

/**
 * The answer a submitter gets (API.md "Manifests"): the first message's manifest, flight, part and
 * gallery at the top level, the traveler count over all messages, every message under "messages".
 */
@Dependent
public class ManifestReceipts {

    @PersistenceContext
    EntityManager em;

    @Inject
    GallerySummaries galleries;

    public ManifestReceipt accepted(UUID rawId, List<UUID> manifestIds, List<String> warnings) {
        List<Manifest> manifests = manifestIds.stream().map(id -> em.find(Manifest.class, id)).toList();
        return receipt("ACCEPTED", rawId, manifests, warnings);
    }

    public ManifestReceipt duplicate(UUID originalRawId, UUID rawId) {
        List<Manifest> manifests = em
                .createQuery("select m from Manifest m where m.rawMessageId = :r order by m.partNumber", Manifest.class)
                .setParameter("r", originalRawId).getResultList();
        return receipt("DUPLICATE", rawId, manifests, List.of()).duplicateOf(originalRawId.toString());
    }

    private ManifestReceipt receipt(String status, UUID rawId, List<Manifest> manifests, List<String> warnings) {
        return ManifestReceipt.of(status, rawId.toString(), manifests.stream().map(this::message).toList(), List.copyOf(warnings));
    }

    private ManifestReceipt.Message message(Manifest m) {
        Flight flight = em.find(Flight.class, m.flightId());
        Route route = flight.route();
        ManifestReceipt.Flight where = new ManifestReceipt.Flight(flight.key().carrier(), flight.key().number(),
                flight.key().departureDate().toString(), leg(route.departureAirport(), route.scheduledDeparture()),
                leg(route.arrivalAirport(), route.scheduledArrival()));
        return new ManifestReceipt.Message(m.id().toString(), m.kind().name(), where, flight.direction().name(),
                new ManifestReceipt.Part(m.partNumber(), m.lastPart()), m.travelerCount(), flight.status().name(), gallery(flight.id()));
    }

    private Object gallery(UUID flightId) {
        Optional<GallerySummary> found = galleries.ofFlight(flightId);
        if (found.isEmpty()) {
            return new ManifestReceipt.NoGallery(null, "NONE");
        }
        GallerySummary g = found.get();
        return new ManifestReceipt.Gallery(g.id().toString(), g.status(), g.expected(), g.withReference(), g.buildMillis());
    }

    private static ManifestReceipt.Leg leg(String airport, java.time.LocalDateTime scheduled) {
        return new ManifestReceipt.Leg(airport, scheduled == null ? null : scheduled.toString());
    }
}
