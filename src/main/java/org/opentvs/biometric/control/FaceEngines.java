package org.opentvs.biometric.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The engines this deployment has (every installed CDI bean implementing {@link FaceEngine}) and the one
 * that sees images by default ({@code opentvs.biometric.default-engine}; when unset, the first
 * installed engine that detects faces).
 */
@ApplicationScoped
public class FaceEngines {

    @Inject
    @Any
    Instance<FaceEngine> engines;

    @Inject
    @ConfigProperty(name = "opentvs.biometric.default-engine")
    Optional<String> defaultEngine;

    private volatile List<FaceEngine> installed;

    /** Every installed engine (looked up once: engines are application-scoped and fixed per deployment). */
    public List<FaceEngine> all() {
        List<FaceEngine> all = installed;
        if (all == null) {
            List<FaceEngine> found = new ArrayList<>();
            engines.forEach(e -> {
                if (e.installed()) {
                    found.add(e);
                }
            });
            all = installed = List.copyOf(found);
        }
        return all;
    }

    public Optional<FaceEngine> byAlgorithm(String algorithm) {
        return all().stream().filter(e -> e.algorithm().equals(algorithm)).findFirst();
    }

    /** The engine that turns images into templates here, if any. */
    public Optional<FaceEngine> forImages() {
        if (defaultEngine.isPresent()) {
            return byAlgorithm(defaultEngine.get()).filter(FaceEngine::detectsFaces);
        }
        return all().stream().filter(FaceEngine::detectsFaces).findFirst();
    }

    /** The engine for images whose templates a gallery of the given algorithm can be searched with. */
    public Optional<FaceEngine> forImagesInto(String galleryAlgorithm) {
        if (galleryAlgorithm == null) {
            return forImages();
        }
        return byAlgorithm(galleryAlgorithm).filter(FaceEngine::detectsFaces);
    }
}
