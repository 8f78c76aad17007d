package org.opentvs.gallery.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opentvs.biometric.control.CosineTemplate;
import org.opentvs.biometric.control.FaceEngine;
import org.opentvs.biometric.control.FaceEngines;
import org.opentvs.holdings.control.ReferenceHoldings;
import org.opentvs.holdings.entity.ReferenceFace;

/**
 * Which algorithm a gallery is built for, and its reference templates: the engine in use (its
 * algorithm and current version) when at least as many of the travelers have its templates as have
 * vendor {@code cosine-v1} ones; otherwise {@code cosine-v1}. A gallery holds one algorithm only.
 */
@Dependent
public class GalleryAlgorithm {

    public record Chosen(String algorithm, Map<UUID, List<ReferenceFace>> faces) {
    }

    @Inject
    ReferenceHoldings holdings;

    @Inject
    FaceEngines engines;

    public Chosen choose(Collection<UUID> identities) {
        Map<UUID, List<ReferenceFace>> vendor = holdings.faces(identities, CosineTemplate.ALGORITHM);
        Optional<FaceEngine> seeing = engines.forImages();
        if (seeing.isPresent()) {
            Map<UUID, List<ReferenceFace>> engine = holdings.faces(identities, seeing.get().algorithm(), seeing.get().version());
            if (!engine.isEmpty() && engine.size() >= vendor.size()) {
                return new Chosen(seeing.get().algorithm(), engine);
            }
        }
        return new Chosen(CosineTemplate.ALGORITHM, vendor);
    }
}
