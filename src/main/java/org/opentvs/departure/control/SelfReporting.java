package org.opentvs.departure.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.biometric.control.FaceImages;
import org.opentvs.departure.entity.Confirmation;
import org.opentvs.departure.entity.FaceResult;
import org.opentvs.departure.entity.PortLocation;
import org.opentvs.departure.entity.PositionVerdict;
import org.opentvs.departure.entity.SelfReportFacts;
import org.opentvs.departure.entity.SelfReportRefused;
import org.opentvs.departure.entity.SelfReportRequest;
import org.opentvs.holdings.control.DocumentHolders;
import org.opentvs.platform.control.DataCipher;
import org.opentvs.platform.control.Sha256;
import org.opentvs.security.control.ScopePolicy;

/**
 * The checks of a self-report, cheapest first, each refusal a {@link SelfReportRefused}: the device
 * time within the window, the selfie's size, the request id and selfie unused (claimed by the
 * {@code claim} step, after the position is judged so that a replay names its port), the position
 * beyond a port's border line, the port within the app's scope,
 * a usable face in the selfie, the document in holdings and the selfie matching its reference
 * faces. What passes is confirmed biometrically (a match) or biographically (no reference face of
 * this engine, or no engine); a selfie that does not match existing faces is refused.
 */
@Dependent
public class SelfReporting {

    /** The replay step, given by the boundary (it runs in its own transaction). */
    public interface Claim {

        String claim(String requestId, String selfieDigest);
    }

    @Inject
    PortGeography geography;

    @Inject
    SelfieCheck selfies;

    @Inject
    DocumentHolders holders;

    @Inject
    FaceImages images;

    @Inject
    DataCipher cipher;

    @Inject
    @ConfigProperty(name = "opentvs.self-report.max-age-minutes", defaultValue = "30")
    long maxAgeMinutes;

    @Inject
    @ConfigProperty(name = "opentvs.self-report.selfie-max-bytes", defaultValue = "2097152")
    int selfieMaxBytes;

    @Inject
    @ConfigProperty(name = "opentvs.self-report.biographic-confidence", defaultValue = "0.6")
    double biographicConfidence;

    /** Runs the checks and fills {@code f}; answers the confirmation and confidence of an accepted report. */
    public Confirmation check(SelfReportFacts f, ScopePolicy scope, Claim claim) {
        SelfReportRequest r = f.request;
        if (r.reportedAt().isAfter(f.receivedAt.plus(Duration.ofMinutes(2)))) {
            throw new SelfReportRefused(422, "REPORTED_IN_THE_FUTURE", "reportedAt is ahead of the server's clock by more than 2 minutes");
        }
        if (r.reportedAt().isBefore(f.receivedAt.minus(Duration.ofMinutes(maxAgeMinutes)))) {
            throw new SelfReportRefused(422, "REPORT_TOO_OLD", "reportedAt is more than " + maxAgeMinutes + " minutes old: report again");
        }
        if ((long) r.selfieBase64().length() * 3 / 4 > selfieMaxBytes) {
            throw new SelfReportRefused(413, "SELFIE_TOO_LARGE", "the selfie is larger than " + selfieMaxBytes + " bytes");
        }
        byte[] bytes = images.bytes(r.selfieBase64());
        PositionVerdict position = geography.judge(r.position(), r.accuracyMeters(),
                r.kind() == SelfReportRequest.Kind.GENERAL_AVIATION ? "AIRPORT" : "LAND");
        f.position = position; // before the replay check, so that a kept replay names its port
        String replay = claim.claim(r.requestId(), Sha256.hex(bytes));
        if (replay != null) {
            throw new SelfReportRefused(409, replay, replay.equals("REPLAYED_REQUEST")
                    ? "this requestId was used before: every report needs a fresh one"
                    : "this selfie was sent before: take a new one");
        }
        if (!position.departed()) {
            throw new SelfReportRefused(422, position.refusal(), PositionMessages.of(position, r.accuracyMeters()));
        }
        PortLocation port = position.port();
        if (!scope.coversPort(port.port())) {
            throw new SelfReportRefused(403, "PORT_OUT_OF_SCOPE", "this app may not report departures at " + port.name());
        }
        SelfieCheck.Selfie selfie = selfies.probe(r.selfieFormat(), bytes);
        f.selfieFormat = r.selfieFormat();
        f.sealedSelfie = cipher.encrypt(bytes);
        f.person = holders.byDocument(r.documentNumber(), r.documentCountry()).orElseThrow(() -> new SelfReportRefused(422,
                "UNKNOWN_DOCUMENT", "no travel document " + r.documentCountry() + " with this number is on record"));
        FaceResult face = selfies.compare(selfie, f.person.identityId());
        f.face = face;
        if (face.compared() && !face.matched()) {
            throw new SelfReportRefused(422, "SELFIE_NO_MATCH", "the selfie does not match the document holder's photo");
        }
        return face.matched() ? Confirmation.SELF_REPORTED_BIOMETRIC : Confirmation.SELF_REPORTED_BIOGRAPHIC;
    }

    /**
     * 0.9 to 1 for a biometric confirmation, rising with the margin of the score over the threshold;
     * {@code opentvs.self-report.biographic-confidence} (0.6) for a biographic one.
     */
    public double confidence(SelfReportFacts f, Confirmation confirmation) {
        if (confirmation == Confirmation.SELF_REPORTED_BIOGRAPHIC) {
            return biographicConfidence;
        }
        double t = f.face.threshold();
        double margin = t >= 1 ? 1 : Math.max(0, Math.min(1, (f.face.score() - t) / (1 - t)));
        return Math.round((0.9 + 0.1 * margin) * 10_000) / 10_000.0;
    }
}
