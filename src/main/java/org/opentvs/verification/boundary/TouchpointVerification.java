package org.opentvs.verification.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.platform.control.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.opentvs.gallery.control.GalleryIndex;
import org.opentvs.gallery.control.LoadedGallery;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.control.Clock;
import org.opentvs.platform.control.DataCipher;
import org.opentvs.security.entity.Caller;
import org.opentvs.verification.control.AttemptCounter;
import org.opentvs.verification.control.CaptureSearch;
import org.opentvs.verification.control.CrossingOfMatch;
import org.opentvs.verification.control.VerificationAnswers;
import org.opentvs.verification.entity.Decision;
import org.opentvs.verification.entity.LiveCapture;
import org.opentvs.verification.entity.Outcome;
import org.opentvs.verification.entity.Verification;
import org.opentvs.verification.entity.VerificationRecorded;
import org.opentvs.verification.entity.VerificationRequest;
import org.opentvs.verification.control.Probe;
import org.opentvs.verification.entity.Touchpoint;

/**
 * The touchpoint call: find the touchpoint's gallery, search it 1:N for each captured person,
 * decide, record the verification, keep a non-citizen's capture sealed, and record a confirmed
 * crossing where the touchpoint is a border crossing. A confirmed US citizen is processed no further.
 */
@Stateless
public class TouchpointVerification {

    private static final Logger LOG = Logger.getLogger(TouchpointVerification.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    GalleryIndex galleries;

    @Inject
    CaptureSearch search;

    @Inject
    AttemptCounter attempts;

    @Inject
    CrossingOfMatch crossings;

    @Inject
    DataCipher cipher;

    @Inject
    Clock clock;

    @Inject
    Event<VerificationRecorded> recorded;

    @Inject
    @ConfigProperty(name = "opentvs.verification.synchronous-commit", defaultValue = "on")
    String synchronousCommit;

    public JsonObject verify(VerificationRequest request, Caller caller, long startedNanos) {
        LoadedGallery gallery = gallery(request);
        boolean severalPeople = request.touchpoint() == Touchpoint.LAND_VEHICLE;
        List<Probe> probes = search.probes(gallery, request.captures(), severalPeople);
        Instant at = clock.now();
        if (!"on".equals(synchronousCommit)) {
            // PostgreSQL asynchronous commit for this transaction only: an application crash loses
            // nothing; a database crash may lose the last fraction of a second (see README)
            em.createNativeQuery("set local synchronous_commit to off").executeUpdate();
        }
        List<Verification> answered = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        boolean vehicle = probes.size() > 1 || request.vehicle() != null;
        for (int i = 0; i < probes.size(); i++) {
            Probe probe = probes.get(i);
            Integer occupant = vehicle ? i + 1 : null;
            String deviceKey = request.device().id() + "|" + gallery.id() + "|" + (occupant == null ? 0 : occupant);
            Verification verification = new Verification(request, occupant, gallery.id(), at, caller.auditName());
            int attempt = attempts.next(deviceKey);
            Outcome outcome = search.outcome(gallery, probe, attempt);
            if (outcome.decision() == Decision.MATCH) {
                attempts.succeeded(deviceKey);
            }
            verification.decide(outcome, attempt, probe.deviceQuality());
            verification.measured(probe.version(), probe.measures(), probe.failure());
            verification.elapsed((System.nanoTime() - startedNanos) / 1_000);
            em.persist(verification);
            if (!outcome.usCitizen() && probe.sealable() != null) {
                em.persist(new LiveCapture(verification.id(), at, probe.algorithm(), cipher.encrypt(probe.sealable())));
            }
            answered.add(verification);
            outcomes.add(outcome);
        }
        em.flush();
        for (int i = 0; i < answered.size(); i++) {
            crossings.record(request, answered.get(i), outcomes.get(i));
            recorded.fire(event(request, answered.get(i), outcomes.get(i)));
        }
        LOG.fine(() -> "Verified " + answered.size() + " capture(s) at " + request.touchpoint() + " " + request.location().port());
        return answer(answered, outcomes, probes, vehicle, startedNanos);
    }

    private static VerificationRecorded event(VerificationRequest r, Verification v, Outcome o) {
        VerificationRequest.FlightRef f = r.flight();
        return new VerificationRecorded(v.id(), v.at(), r.touchpoint(), r.location().port(), r.location().terminal(),
                r.location().gate(), r.location().lane(), f == null ? null : f.carrier(), f == null ? null : f.number(),
                f == null ? null : f.date(), r.vehicle() == null ? null : r.vehicle().plate(), v.occupant(), v.galleryId(),
                r.device().id(), o.decision(), o.instruction(), o.score(), o.usCitizen() ? null : o.travelerId(), o.usCitizen(),
                v.attempt());
    }

    private LoadedGallery gallery(VerificationRequest request) {
        if (request.flight() != null) {
            return galleries.byFlight(request.flight().carrier(), request.flight().number(), request.flight().date())
                    .orElseThrow(() -> new ApiException(404, "GALLERY_NOT_FOUND", "No ready gallery for flight "
                            + request.flight().carrier() + request.flight().number() + " on " + request.flight().date(), null));
        }
        return galleries.byPort(request.location().port())
                .orElseThrow(() -> new ApiException(404, "GALLERY_NOT_FOUND", "No frequent-crosser gallery for port "
                        + request.location().port(), null));
    }

    private static JsonObject answer(List<Verification> answered, List<Outcome> outcomes, List<Probe> probes, boolean vehicle,
            long startedNanos) {
        double elapsedMillis = (System.nanoTime() - startedNanos) / 1_000_000.0;
        if (!vehicle) {
            return VerificationAnswers.withReason(VerificationAnswers.one(answered.get(0), outcomes.get(0), elapsedMillis),
                    probes.get(0)).build();
        }
        JsonArrayBuilder occupants = Json.createArrayBuilder();
        for (int i = 0; i < answered.size(); i++) {
            occupants.add(VerificationAnswers.withReason(VerificationAnswers.one(answered.get(i), outcomes.get(i), elapsedMillis),
                    probes.get(i)).add("occupant", i + 1));
        }
        return Json.createObjectBuilder().add("id", answered.get(0).id().toString()).add("occupants", occupants)
                .add("elapsedMillis", elapsedMillis).build();
    }
}
