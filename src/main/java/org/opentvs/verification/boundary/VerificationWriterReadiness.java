package org.opentvs.verification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.opentvs.verification.control.VerificationWriter;

/**
 * Ready once the journal a previous run left is replayed (or the replay could not reach
 * PostgreSQL and goes on in the background) and a verification can be recorded durably:
 * {@code mode} is {@code DIRECT}, or {@code DEGRADED} while answers are journaled, with the
 * journal's depth and the age of its oldest entry. DOWN only when nothing durable can be written,
 * or ({@code mode} {@code STARTING}) while the application is still deploying.
 */
@Readiness
@ApplicationScoped
public class VerificationWriterReadiness implements HealthCheck {

    @Inject
    VerificationWriter writer;

    @Override
    public HealthCheckResponse call() {
        try {
            return state();
        } catch (RuntimeException notYet) {
            // a probe during deployment may come before the writer can be created (Payara's metrics registry of the
            // application does not exist yet: NullPointerException in MetricsServiceImpl); that is "not ready", not an error
            return HealthCheckResponse.named("verification-writer").down().withData("mode", "STARTING").build();
        }
    }

    private HealthCheckResponse state() {
        boolean degraded = writer.mode() == VerificationWriter.Mode.JOURNAL;
        return HealthCheckResponse.named("verification-writer")
                .status(writer.startupReplayDone() && writer.canRecord())
                .withData("mode", degraded ? "DEGRADED" : "DIRECT")
                .withData("journalDepth", writer.journalDepth())
                .withData("journalAgeSeconds", writer.journalAgeSeconds())
                .withData("journalBytes", writer.journalBytes())
                .withData("journalMaxBytes", writer.journalMaxBytes())
                .withData("lastReplay", writer.lastReplay())
                .build();
    }
}
