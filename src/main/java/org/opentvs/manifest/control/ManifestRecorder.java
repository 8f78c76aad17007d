package org.opentvs.manifest.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.opentvs.manifest.control.paxlst.ParsedMessage;
import org.opentvs.manifest.control.paxlst.ParsedTraveler;
import org.opentvs.manifest.control.paxlst.PaxlstException;
import org.opentvs.manifest.entity.Flight;
import org.opentvs.manifest.entity.FlightKey;
import org.opentvs.manifest.entity.Manifest;
import org.opentvs.manifest.entity.ManifestKind;
import org.opentvs.manifest.entity.MessageFacts;
import org.opentvs.manifest.entity.Traveler;
import org.opentvs.manifest.entity.TravelerStatus;
import org.opentvs.platform.control.Clock;

/**
 * Applies one parsed message to its flight: new and changed travelers accumulate (the latest
 * transmission wins per traveler), cancellations remove, a close-out settles who boarded and closes.
 */
@Dependent
public class ManifestRecorder {

    public record Recorded(Manifest manifest, Flight flight, List<Traveler> travelers) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Flights flights;

    @Inject
    TravelerPolicy policy;

    @Inject
    Clock clock;

    @Inject
    TravelerDocuments documents;

    public Recorded record(ParsedMessage message, UUID rawMessageId, String submittedBy, Instant receivedAt) throws PaxlstException {
        FlightKey key = FlightOfMessage.key(message);
        Flight flight = flights.register(key, FlightOfMessage.route(message));
        Manifest manifest = new Manifest(flight.id(), rawMessageId, facts(message), receivedAt, submittedBy);
        em.persist(manifest);
        em.flush();
        Map<String, Traveler> known = travelersOf(flight.id());
        Instant now = clock.now();
        if (message.kind() == ManifestKind.CANCELLATION) {
            message.travelers().forEach(t -> {
                Traveler traveler = known.get(DedupKeys.of(t));
                if (traveler != null) {
                    traveler.remove(manifest.id(), now);
                }
            });
        } else if (message.kind() == ManifestKind.CLOSE_OUT) {
            closeOut(message, flight, known, now);
        } else {
            upsert(message, flight, manifest, known, now);
            documents.write(known.values());
        }
        return new Recorded(manifest, flight, List.copyOf(known.values()));
    }

    private void upsert(ParsedMessage message, Flight flight, Manifest manifest, Map<String, Traveler> known, Instant now) {
        for (ParsedTraveler t : message.travelers()) {
            String dedupKey = DedupKeys.of(t);
            Traveler traveler = known.get(dedupKey);
            if (traveler == null) {
                traveler = new Traveler(flight.id(), dedupKey);
                traveler.describe(policy.facts(t, flight.key().departureDate()), manifest.id(), now);
                em.persist(traveler);
                known.put(dedupKey, traveler);
            } else {
                traveler.describe(policy.facts(t, flight.key().departureDate()), manifest.id(), now);
            }
        }
    }

    /** CLNB lists who did not board; CL and CLOB list who boarded, so everyone else did not. */
    private static void closeOut(ParsedMessage message, Flight flight, Map<String, Traveler> known, Instant now) {
        Set<String> listed = new HashSet<>();
        message.travelers().forEach(t -> listed.add(DedupKeys.of(t)));
        boolean listsNotBoarded = "CLNB".equalsIgnoreCase(message.documentQualifier());
        known.forEach((dedupKey, traveler) -> {
            if (traveler.status() == TravelerStatus.EXPECTED || traveler.status() == TravelerStatus.BOARDED) {
                boolean isListed = listed.contains(dedupKey);
                traveler.settleAtCloseOut(listsNotBoarded != isListed, now);
            }
        });
        flight.close(now);
    }

    private Map<String, Traveler> travelersOf(UUID flightId) {
        Map<String, Traveler> byKey = new HashMap<>();
        em.createQuery("select t from Traveler t where t.flightId = :f", Traveler.class).setParameter("f", flightId)
                .getResultList().forEach(t -> byKey.put(t.dedupKey(), t));
        documents.attach(byKey.values());
        return byKey;
    }

    private static MessageFacts facts(ParsedMessage m) {
        return new MessageFacts(m.messageReference(), m.commonAccessReference(), m.messageType(), m.kind(), m.documentCode(),
                m.documentQualifier(), m.partNumber(), m.lastPart(), m.travelers().size(), m.declaredTotal(), m.warnings());
    }
}
