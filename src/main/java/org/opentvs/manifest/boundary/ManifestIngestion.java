package org.opentvs.manifest.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.opentvs.gallery.entity.GalleryRequest;
import org.opentvs.manifest.control.FlightOfMessage;
import org.opentvs.manifest.control.Flights;
import org.opentvs.manifest.control.GalleryRequests;
import org.opentvs.manifest.control.ManifestLimits;
import org.opentvs.manifest.control.ManifestRecorder;
import org.opentvs.manifest.control.paxlst.ParsedInterchange;
import org.opentvs.manifest.control.paxlst.ParsedMessage;
import org.opentvs.manifest.control.paxlst.PaxlstException;
import org.opentvs.manifest.control.paxlst.PaxlstParser;
import org.opentvs.manifest.entity.FlightStatus;
import org.opentvs.manifest.entity.ManifestKind;
import org.opentvs.manifest.entity.ManifestRecorded;
import org.opentvs.manifest.entity.RawMessage;
import org.opentvs.platform.control.Clock;
import org.opentvs.platform.control.Sha256;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.control.ScopePolicy;
import org.opentvs.security.entity.Caller;

/**
 * Turns an archived message into flights, manifests and travelers in one transaction: parse, detect
 * a duplicate, check the submitter's carrier scope, record every message, and say which galleries
 * to rebuild.
 */
@Stateless
public class ManifestIngestion {

    private static final Logger LOG = Logger.getLogger(ManifestIngestion.class.getName());
    private static final PaxlstParser PARSER = new PaxlstParser();

    public record Ingested(List<UUID> manifestIds, Optional<UUID> duplicateOf, List<GalleryRequest> galleries, List<String> warnings,
            long parseMicros) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ManifestRecorder recorder;

    @Inject
    GalleryRequests galleryRequests;

    @Inject
    ManifestLimits limits;

    @Inject
    Flights flights;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<ManifestRecorded> recordedEvent;

    public Ingested ingest(UUID rawId, byte[] body, Caller caller) throws ManifestRejected, ScopeRefused {
        long started = System.nanoTime();
        ParsedInterchange interchange = parse(body);
        long parseMicros = (System.nanoTime() - started) / 1_000;
        RawMessage raw = em.find(RawMessage.class, rawId);
        requireScope(interchange, caller);
        String fingerprint = Sha256.hex(interchange.normalizedText());
        Optional<UUID> original = acceptedWith(fingerprint);
        if (original.isPresent()) {
            raw.duplicateOf(original.get(), fingerprint, clock.now());
            LOG.info(() -> "Message " + rawId + " repeats " + original.get() + ": DUPLICATE");
            return new Ingested(List.of(), original, List.of(), List.of(), parseMicros);
        }
        lockFlights(interchange);
        List<UUID> manifests = new ArrayList<>();
        Map<UUID, ManifestRecorder.Recorded> byFlight = new LinkedHashMap<>();
        for (ParsedMessage message : interchange.messages()) {
            ManifestRecorder.Recorded recorded = record(message, raw, caller);
            manifests.add(recorded.manifest().id());
            byFlight.put(recorded.flight().id(), recorded);
            audit.record(caller, "CREATE", "manifest", recorded.manifest().id(),
                    recorded.manifest().kind() + " travelers=" + recorded.manifest().travelerCount());
            recordedEvent.fire(new ManifestRecorded(recorded.flight().id(), recorded.manifest().id(),
                    recorded.travelers().stream().map(t -> t.id()).toList(), recorded.flight().status() == FlightStatus.CLOSED));
        }
        raw.accept(fingerprint, clock.now());
        em.flush();
        List<GalleryRequest> galleries = byFlight.values().stream().map(r -> galleryRequests.of(r, raw.receivedAt())).toList();
        LOG.info(() -> "Message " + rawId + " ACCEPTED: " + manifests.size() + " manifest(s) on " + byFlight.size() + " flight(s)");
        return new Ingested(manifests, Optional.empty(), galleries, interchange.warnings(), parseMicros);
    }

    private ManifestRecorder.Recorded record(ParsedMessage message, RawMessage raw, Caller caller) throws ManifestRejected {
        if (message.kind() == ManifestKind.MASTER_CREW_LIST) {
            throw new ManifestRejected("Master crew lists (BGM 336) are not flight manifests and are not processed", "BGM", 2);
        }
        try {
            return recorder.record(message, raw.id(), caller.auditName(), raw.receivedAt());
        } catch (PaxlstException e) {
            throw new ManifestRejected(e.getMessage(), e.segmentTag(), e.segmentNumber());
        }
    }

    private ParsedInterchange parse(byte[] body) throws ManifestRejected {
        try {
            ParsedInterchange interchange = PARSER.parse(body);
            if (interchange.messages().isEmpty()) {
                throw new ManifestRejected("The interchange holds no PAXLST message", "UNH", 0);
            }
            limits.check(interchange);
            return interchange;
        } catch (PaxlstException e) {
            throw new ManifestRejected(e.getMessage(), e.segmentTag(), e.segmentNumber());
        } catch (ManifestLimits.TooManyTravelers e) {
            throw new ManifestRejected("TOO_MANY_TRAVELERS", e.getMessage(), "CNT", 0);
        }
    }

    private void lockFlights(ParsedInterchange interchange) throws ManifestRejected {
        try {
            flights.registerInKeyOrder(interchange.messages());
        } catch (PaxlstException e) {
            throw new ManifestRejected(e.getMessage(), e.segmentTag(), e.segmentNumber());
        }
    }

    private static void requireScope(ParsedInterchange interchange, Caller caller) throws ScopeRefused, ManifestRejected {
        for (ParsedMessage message : interchange.messages()) {
            String carrier;
            try {
                carrier = FlightOfMessage.key(message).carrier();
            } catch (PaxlstException e) {
                throw new ManifestRejected(e.getMessage(), e.segmentTag(), e.segmentNumber());
            }
            if (!ScopePolicy.of(caller).coversCarrier(carrier)) {
                throw new ScopeRefused(carrier);
            }
        }
    }

    private Optional<UUID> acceptedWith(String fingerprint) {
        return em.createQuery("select r.id from RawMessage r where r.normalizedSha256 = :h and r.status = :s", UUID.class)
                .setParameter("h", fingerprint).setParameter("s", RawMessage.Status.ACCEPTED)
                .getResultList().stream().findFirst();
    }

}
