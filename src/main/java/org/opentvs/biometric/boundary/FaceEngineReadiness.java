package org.opentvs.biometric.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.opentvs.biometric.control.FaceEngine;
import org.opentvs.biometric.control.FaceEngines;

/**
 * Ready once every installed engine has finished loading; reports the installed algorithms and the
 * engine that sees images ({@code none} when images are refused with NO_ENGINE_FOR_IMAGES).
 */
@Readiness
@ApplicationScoped
public class FaceEngineReadiness implements HealthCheck {

    @Inject
    FaceEngines engines;

    @Override
    public HealthCheckResponse call() {
        String installed = String.join(", ", engines.all().stream().map(e -> e.algorithm() + " " + e.version()).toList());
        String images = engines.forImages().map(e -> e.algorithm() + " " + e.version()).orElse("none");
        return HealthCheckResponse.named("face-engines").status(engines.all().stream().allMatch(FaceEngine::loaded))
                .withData("installed", installed).withData("images", images).build();
    }
}
