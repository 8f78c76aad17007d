package org.opentvs.verification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.opentvs.verification.control.PendingVerification;
import org.opentvs.verification.control.Probe;
import org.opentvs.verification.control.VerificationWriter;
import org.opentvs.verification.entity.Decision;
import org.opentvs.verification.entity.Outcome;
import org.opentvs.verification.entity.Touchpoint;
import org.opentvs.verification.entity.Verification;
import org.opentvs.verification.entity.VerificationRequest;

/**
 * The touchpoint call: find the touchpoint's gallery, search it 1:N for each captured person,
 * decide, and hand the verification (with a non-citizen's capture sealed, and the crossing it
 * confirms where the touchpoint is a border crossing) to the {@link VerificationWriter}, which
 * returns once it is durable. A confirmed US citizen is processed no further. No transaction and
 * no database access on the request thread: the writer commits many verifications at once.
 */
@ApplicationScoped
public class TouchpointVerification {

    private static final Logger LOG = Logger.getLogger(TouchpointVerification.class.getName());

    @Inject
    GalleryIndex galleries;

    @Inject
    CaptureSearch search;

    @Inject
    AttemptCounter attempts;

    @Inject
    VerificationWriter writer;

    @Inject
    DataCipher cipher;

    @Inject
    Clock clock;

    public VerificationReply verify(VerificationRequest request, Caller caller, long startedNanos) {
        LoadedGallery gallery = gallery(request);
        boolean severalPeople = request.touchpoint() == Touchpoint.LAND_VEHICLE;
        List<Probe> probes = search.probes(gallery, request.captures(), severalPeople);
        Instant at = clock.now();
        List<Verification> answered = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        List<PendingVerification> rows = new ArrayList<>();
        boolean vehicle = probes.size() > 1 || request.vehicle() != null;
        boolean land = request.touchpoint().mode() == Touchpoint.Mode.LAND;
        for (int i = 0; i < probes.size(); i++) {
            Probe probe = probes.get(i);
            Integer occupant = vehicle ? i + 1 : null;
            String deviceKey = request.device().id() + "|" + gallery.id() + "|" + (occupant == null ? 0 : occupant);
            Verification verification = new Verification(request, occupant, gallery.id(), at, caller.auditName());
            int attempt = attempts.current(deviceKey);
            Outcome outcome = search.outcome(gallery, probe, attempt);
            if (outcome.decision() == Decision.MATCH) {
                attempts.succeeded(deviceKey, attempt);
            } else {
                int counted = attempts.failed(deviceKey);
                if (counted != attempt) {
                    // another capture of this device was counted meanwhile (on this node or another): decide on the count
                    attempt = counted;
                    outcome = search.outcome(gallery, probe, attempt);
                }
            }
            verification.decide(outcome, attempt, probe.deviceQuality());
            verification.measured(probe.version(), probe.measures(), probe.failure());
            verification.elapsed((System.nanoTime() - startedNanos) / 1_000);
            boolean sealed = !outcome.usCitizen() && probe.sealable() != null;
            rows.add(new PendingVerification(verification.row(), sealed ? probe.algorithm() : null,
                    sealed ? cipher.encrypt(probe.sealable()) : null, CrossingOfMatch.direction(request, outcome), land));
            answered.add(verification);
            outcomes.add(outcome);
        }
        writer.write(rows);
        LOG.fine(() -> "Verified " + answered.size() + " capture(s) at " + request.touchpoint() + " " + request.location().port());
        return answer(answered, outcomes, probes, vehicle, startedNanos);
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

    private static VerificationReply answer(List<Verification> answered, List<Outcome> outcomes, List<Probe> probes,
            boolean vehicle, long startedNanos) {
        double elapsedMillis = (System.nanoTime() - startedNanos) / 1_000_000.0;
        if (!vehicle) {
            return CaptureReply.of(answered.get(0), outcomes.get(0), probes.get(0), elapsedMillis, null);
        }
        List<CaptureReply> occupants = new ArrayList<>(answered.size());
        for (int i = 0; i < answered.size(); i++) {
            occupants.add(CaptureReply.of(answered.get(i), outcomes.get(i), probes.get(i), elapsedMillis, i + 1));
        }
        return VehicleReply.of(answered.get(0).id().toString(), occupants, elapsedMillis);
    }
}
