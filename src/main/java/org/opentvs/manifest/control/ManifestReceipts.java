package org.opentvs.manifest.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import org.opentvs.platform.control.Json;

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

    public JsonObject accepted(UUID rawId, List<UUID> manifestIds, List<String> warnings) {
        List<Manifest> manifests = manifestIds.stream().map(id -> em.find(Manifest.class, id)).toList();
        return receipt("ACCEPTED", rawId, manifests, warnings);
    }

    public JsonObject duplicate(UUID originalRawId, UUID rawId) {
        List<Manifest> manifests = em
                .createQuery("select m from Manifest m where m.rawMessageId = :r order by m.partNumber", Manifest.class)
                .setParameter("r", originalRawId).getResultList();
        JsonObject receipt = receipt("DUPLICATE", rawId, manifests, List.of());
        return Json.createObjectBuilder(receipt).add("duplicateOf", originalRawId.toString()).build();
    }

    private JsonObject receipt(String status, UUID rawId, List<Manifest> manifests, List<String> warnings) {
        JsonArrayBuilder messages = Json.createArrayBuilder();
        int travelers = 0;
        for (Manifest m : manifests) {
            messages.add(message(m));
            travelers += m.travelerCount();
        }
        JsonObjectBuilder receipt = manifests.isEmpty()
                ? Json.createObjectBuilder()
                : Json.createObjectBuilder(message(manifests.get(0)));
        JsonArrayBuilder notes = Json.createArrayBuilder(warnings);
        return receipt.add("status", status).add("rawMessageId", rawId.toString()).add("travelers", travelers)
                .add("messages", messages).add("warnings", notes).build();
    }

    private JsonObject message(Manifest m) {
        Flight flight = em.find(Flight.class, m.flightId());
        Route route = flight.route();
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", m.id().toString()).add("kind", m.kind().name())
                .add("flight", Json.createObjectBuilder().add("carrier", flight.key().carrier()).add("number", flight.key().number())
                        .add("date", flight.key().departureDate().toString())
                        .add("departure", leg(route.departureAirport(), route.scheduledDeparture()))
                        .add("arrival", leg(route.arrivalAirport(), route.scheduledArrival())))
                .add("direction", flight.direction().name())
                .add("part", Json.createObjectBuilder().add("number", m.partNumber()).add("last", m.lastPart()))
                .add("travelers", m.travelerCount())
                .add("flightStatus", flight.status().name());
        json.add("gallery", gallery(flight.id()));
        return json.build();
    }

    private JsonObjectBuilder gallery(UUID flightId) {
        Optional<GallerySummary> found = galleries.ofFlight(flightId);
        if (found.isEmpty()) {
            return Json.createObjectBuilder().addNull("id").add("status", "NONE");
        }
        GallerySummary g = found.get();
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", g.id().toString()).add("status", g.status())
                .add("expectedTravelers", g.expected()).add("withReference", g.withReference());
        return g.buildMillis() == null ? json.addNull("buildMillis") : json.add("buildMillis", g.buildMillis());
    }

    private static JsonObjectBuilder leg(String airport, java.time.LocalDateTime scheduled) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        json = airport == null ? json.addNull("airport") : json.add("airport", airport);
        return scheduled == null ? json.addNull("scheduled") : json.add("scheduled", scheduled.toString());
    }
}
