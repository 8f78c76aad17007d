package org.opentvs.verification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.opentvs.gallery.control.LoadedGallery;
import org.opentvs.gallery.control.SearchHit;
import org.opentvs.gallery.entity.GalleryMember;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.verification.entity.Outcome;
import org.opentvs.verification.entity.VerificationRequest.Capture;

/** Searches a gallery for one capture; refuses captures the gallery cannot be compared with. */
@Dependent
public class CaptureSearch {

    @Inject
    MatchPolicy policy;

    /** Everything is checked before anything is stored: one bad capture refuses the whole call. */
    public void requireCompatible(LoadedGallery gallery, List<Capture> captures) {
        for (Capture c : captures) {
            if (c.image()) {
                throw ApiException.invalid("NO_ENGINE_FOR_IMAGES",
                        "This installation has no face engine for images yet: send a cosine-v1 template");
            }
            if (gallery.algorithm() != null && !gallery.algorithm().equals(c.algorithm())) {
                throw new ApiException(422, "ALGORITHM_MISMATCH", "The gallery holds " + gallery.algorithm() + " templates, not "
                        + c.algorithm(), Map.of("galleryAlgorithm", gallery.algorithm()));
            }
            if (gallery.matrix() != null && gallery.matrix().dimension() != c.vector().length) {
                throw new ApiException(422, "DIMENSION_MISMATCH", "The gallery holds " + gallery.matrix().dimension()
                        + "-dimensional templates, the capture has " + c.vector().length,
                        Map.of("galleryDimension", gallery.matrix().dimension()));
            }
        }
    }

    public Outcome outcome(LoadedGallery gallery, Capture capture, int attempt) {
        String algorithm = gallery.algorithm() != null ? gallery.algorithm() : capture.algorithm();
        if (!policy.usable(capture.quality())) {
            return policy.captureFailed(algorithm, attempt);
        }
        SearchHit<GalleryMember> best = gallery.matrix() == null ? null : gallery.matrix().best(capture.vector());
        return policy.decide(algorithm, best, attempt);
    }
}
