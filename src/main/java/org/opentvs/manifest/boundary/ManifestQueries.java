package org.opentvs.manifest.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.opentvs.manifest.control.TravelerDocuments;
import org.opentvs.manifest.entity.Flight;
import org.opentvs.manifest.entity.Manifest;
import org.opentvs.manifest.entity.Traveler;
import org.opentvs.manifest.entity.TravelerDocument;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.control.Json;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.control.ScopePolicy;
import org.opentvs.security.entity.Caller;

/** Reads a manifest with the travelers its message described, within the caller's carriers and ports; every read is audited. */
@Stateless
public class ManifestQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    TravelerDocuments documents;

    public JsonObject manifest(String id, Caller caller) {
        Manifest manifest = find(id);
        Flight flight = em.find(Flight.class, manifest.flightId());
        if (!ScopePolicy.of(caller).covers(flight.key().carrier(), flight.route().departureAirport(), flight.route().arrivalAirport())) {
            throw ApiException.notFound("Manifest " + id);
        }
        List<Traveler> travelers = em.createQuery("select t from Traveler t where t.flightId = :f order by t.familyName", Traveler.class)
                .setParameter("f", flight.id()).getResultList();
        documents.attach(travelers);
        JsonArrayBuilder list = Json.createArrayBuilder();
        travelers.forEach(t -> list.add(traveler(t)));
        audit.record(caller, "READ", "manifest", manifest.id(), "travelers=" + travelers.size());
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", manifest.id().toString()).add("kind", manifest.kind().name())
                .add("flight", Json.createObjectBuilder().add("carrier", flight.key().carrier()).add("number", flight.key().number())
                        .add("date", flight.key().departureDate().toString()).add("status", flight.status().name()))
                .add("direction", flight.direction().name())
                .add("part", Json.createObjectBuilder().add("number", manifest.partNumber()).add("last", manifest.lastPart()))
                .add("receivedAt", manifest.receivedAt().toString())
                .add("travelersInMessage", manifest.travelerCount())
                .add("travelers", list);
        if (manifest.declaredTotal() != null) {
            json.add("declaredTotal", manifest.declaredTotal());
        }
        if (manifest.warnings() != null) {
            json.add("warnings", manifest.warnings());
        }
        return json.build();
    }

    private Manifest find(String id) {
        Manifest manifest = null;
        try {
            manifest = em.find(Manifest.class, UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            manifest = null;
        }
        if (manifest == null) {
            throw ApiException.notFound("Manifest " + id);
        }
        return manifest;
    }

    private static JsonObject traveler(Traveler t) {
        JsonArrayBuilder documents = Json.createArrayBuilder();
        for (TravelerDocument d : t.documents()) {
            JsonObjectBuilder doc = Json.createObjectBuilder();
            put(doc, "type", d.type());
            put(doc, "number", d.number());
            put(doc, "issuingCountry", d.issuingCountry());
            put(doc, "expiry", d.expiry());
            documents.add(doc);
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", t.id().toString()).add("role", t.role().name())
                .add("status", t.status().name()).add("inScope", t.inScope()).add("usCitizen", t.usCitizen())
                .add("inTransit", t.inTransit()).add("documents", documents);
        put(json, "familyName", t.familyName());
        put(json, "givenNames", t.givenNames());
        put(json, "dateOfBirth", t.dateOfBirth());
        put(json, "sex", t.sex());
        put(json, "nationality", t.nationality());
        put(json, "reference", t.reference());
        put(json, "seat", t.seat());
        return json.build();
    }

    private static void put(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value.toString());
        }
    }
}
