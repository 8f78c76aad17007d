package org.opentvs.verification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.gallery.control.SearchWarmup;
import org.opentvs.platform.boundary.JsonRequestReader;

/**
 * Warms the verification path while the application deploys, before any request can arrive: the
 * 1:N search ({@link SearchWarmup}) and the binding of a touchpoint request body, each until the JIT
 * has compiled it or {@code opentvs.verification.warmup-millis} (default 1500, 0 turns it off) has
 * passed. A server restarted after a crash then answers its first verifications at speed instead of
 * spending its first seconds interpreting the search and refusing the queue it builds up.
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

    @Inject
    @ConfigProperty(name = "opentvs.verification.warmup-millis", defaultValue = "1500")
    long warmupMillis;

    @PostConstruct
    void warm() {
        if (warmupMillis <= 0) {
            return;
        }
        long started = System.nanoTime();
        long budget = TimeUnit.MILLISECONDS.toNanos(warmupMillis);
        try {
            int searches = SearchWarmup.run(3_000, budget * 2 / 3);
            int bound = 0;
            while (bound < 5_000 && System.nanoTime() - started < budget) {
                JsonRequestReader.read(TouchpointRequest.class, BODY);
                bound++;
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            int requests = bound;
            LOG.info(() -> "Verification path warmed in " + millis + " ms: " + searches + " searches, " + requests
                    + " request bodies bound");
        } catch (RuntimeException | LinkageError e) {
            LOG.warning(() -> "Verification warm-up stopped early, the first verifications run cold: " + e);
        }
    }
}
