package org.opentvs.manifest.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.opentvs.manifest.control.TravelerDocuments;
import org.opentvs.manifest.entity.Flight;
import org.opentvs.manifest.entity.Manifest;
import org.opentvs.manifest.entity.Traveler;
import org.opentvs.platform.boundary.ApiException;
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

    public ManifestView manifest(String id, Caller caller) {
        Manifest manifest = find(id);
        Flight flight = em.find(Flight.class, manifest.flightId());
        if (!ScopePolicy.of(caller).covers(flight.key().carrier(), flight.route().departureAirport(), flight.route().arrivalAirport())) {
            throw ApiException.notFound("Manifest " + id);
        }
        List<Traveler> travelers = em.createQuery("select t from Traveler t where t.flightId = :f order by t.familyName", Traveler.class)
                .setParameter("f", flight.id()).getResultList();
        documents.attach(travelers);
        audit.record(caller, "READ", "manifest", manifest.id(), "travelers=" + travelers.size());
        return ManifestView.of(manifest, flight, travelers);
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
}
