package org.opentvs.biometric.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@value CosineTemplate#ALGORITHM}: templates made by a vendor SDK on the device; it compares, it does not see. */
@ApplicationScoped
public class CosineTemplateEngine implements FaceEngine {

    @Inject
    @ConfigProperty(name = "opentvs.match.threshold.cosine-v1", defaultValue = "0.5")
    double threshold;

    @Override
    public String algorithm() {
        return CosineTemplate.ALGORITHM;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Comparison comparison() {
        return Comparison.COSINE;
    }

    @Override
    public double threshold() {
        return threshold;
    }

    @Override
    public boolean detectsFaces() {
        return false;
    }

    @Override
    public List<DetectedFace> detect(BufferedImage rgb) {
        throw new UnsupportedOperationException(algorithm() + " takes templates only");
    }
}
