package org.opentvs.gallery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.opentvs.gallery.control.GalleryIndex;

/** Ready once the stored galleries are back in memory. */
@Readiness
@ApplicationScoped
public class GalleryReadiness implements HealthCheck {

    @Inject
    GalleryIndex index;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("galleries").status(index.loaded()).withData("inMemory", index.size()).build();
    }
}
