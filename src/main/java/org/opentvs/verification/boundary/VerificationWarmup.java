package org.opentvs.verification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.gallery.control.SearchWarmup;
import org.opentvs.platform.boundary.JsonRequestReader;

/**
 * Warms the verification path while the application deploys, before any request can arrive: the
 * 1:N search ({@link SearchWarmup}), then the binding of a touchpoint request body with the JSON-B
 * writing of a reply ({@link #REPLIES}), each for a fixed number of rounds (enough for the JIT to
 * compile them), at most {@code opentvs.verification.warmup-millis} (default 5000, 0 turns it off).
 * A server restarted after a crash then answers its first verifications at speed instead of spending
 * its first seconds interpreting the search and refusing the queue it builds up. The rounds, not a
 * time, end it: on two cores busy with a boot (JIT threads, journal replay, callers knocking) 1.5 s
 * ran only 17 searches and one body, and the server shed its first second of load once ready.
 * Nothing is written and nothing is read from the database; a failure only costs the warm-up.
 */
@Startup
@Singleton
public class VerificationWarmup {

    private static final Logger LOG = Logger.getLogger(VerificationWarmup.class.getName());

    static final String BODY = "{\"touchpoint\":\"AIR_BOARDING\",\"location\":{\"port\":\"SFO\",\"terminal\":\"1\",\"gate\":\"B2\"},"
            + "\"flight\":{\"carrier\":\"XX\",\"number\":\"1\",\"date\":\"2026-12-07\"},\"device\":{\"id\":\"warm-up\","
            + "\"type\":\"GATE_CAMERA\"},\"captures\":[{\"modality\":\"FACE\",\"quality\":80,\"template\":{\"algorithm\":\"cosine-v1\","
            + "\"data\":\"AACAPwAAAAA=\"}}]}";

    /** A reply of each shape a touchpoint gets; Yasson's first serialisation loads and builds tens of ms of it. */
    static final List<VerificationReply> REPLIES = List.of(
            new CaptureReply("warm-up", "MATCH", "PROCEED", new CaptureReply.Traveler(true, null), BigDecimal.valueOf(0.9123),
                    BigDecimal.valueOf(1.25), null, null),
            VehicleReply.of("warm-up", List.of(new CaptureReply("warm-up", "CAPTURE_FAILED", "RECAPTURE", null, null,
                    BigDecimal.valueOf(1.25), "NO_FACE", 1)), 1.25));

    private static final int SEARCH_ROUNDS = 3_000;
    private static final int BODY_ROUNDS = 5_000;

    @Inject
    @ConfigProperty(name = "opentvs.verification.warmup-millis", defaultValue = "5000")
    long warmupMillis;

    @PostConstruct
    void warm() {
        if (warmupMillis <= 0) {
            return;
        }
        long started = System.nanoTime();
        long budget = TimeUnit.MILLISECONDS.toNanos(warmupMillis);
        try {
            int searches = SearchWarmup.run(SEARCH_ROUNDS, budget * 2 / 3);
            int bound = 0;
            try (Jsonb jsonb = JsonbBuilder.create()) {
                while (bound < BODY_ROUNDS && System.nanoTime() - started < budget) {
                    JsonRequestReader.read(TouchpointRequest.class, BODY);
                    jsonb.toJson(REPLIES.get(bound % REPLIES.size()));
                    bound++;
                }
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            int requests = bound;
            LOG.info(() -> "Verification path warmed in " + millis + " ms: " + searches + " searches, " + requests
                    + " request bodies bound and replies written");
        } catch (Exception | LinkageError e) {
            LOG.warning(() -> "Verification warm-up stopped early, the first verifications run cold: " + e);
        }
    }
}
