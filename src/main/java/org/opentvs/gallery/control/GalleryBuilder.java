package org.opentvs.gallery.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.opentvs.gallery.entity.GalleryCandidate;
import org.opentvs.gallery.entity.GalleryMember;
import org.opentvs.holdings.control.ReferenceHoldings;
import org.opentvs.holdings.entity.LinkQuery;
import org.opentvs.holdings.entity.ReferenceFace;
import org.opentvs.person.NameKeys;

/**
 * Links each expected traveler to reference holdings (document first, then name + date of birth +
 * nationality) and collects their faces of one algorithm and dimension into gallery rows. The
 * gallery is built for the engine in use (its algorithm and version) when more linked travelers have
 * its templates than vendor {@code cosine-v1} ones.
 */
@Dependent
public class GalleryBuilder {

    public record Built(String algorithm, Integer dimension, int withReference, GalleryRows rows) {
    }

    @Inject
    ReferenceHoldings holdings;

    @Inject
    GalleryAlgorithm algorithms;

    public Built build(List<GalleryCandidate> candidates) {
        List<LinkQuery> queries = candidates.stream().map(GalleryBuilder::query).toList();
        Map<Integer, UUID> links = holdings.link(queries);
        GalleryAlgorithm.Chosen chosen = algorithms.choose(new HashSet<>(links.values()));
        String algorithm = chosen.algorithm();
        Map<UUID, List<ReferenceFace>> faces = chosen.faces();
        Integer dimension = dominantDimension(faces.values());
        GalleryRows rows = new GalleryRows();
        Set<Integer> withReference = new HashSet<>();
        for (Map.Entry<Integer, UUID> link : links.entrySet()) {
            GalleryCandidate c = candidates.get(link.getKey());
            GalleryMember member = new GalleryMember(c.travelerId(), c.reference(), c.usCitizen(), c.inScope());
            for (ReferenceFace face : faces.getOrDefault(link.getValue(), List.of())) {
                if (face.vector().length == dimension) {
                    rows.add(member, face.faceId(), face.vector());
                    withReference.add(link.getKey());
                }
            }
        }
        return new Built(algorithm, dimension, withReference.size(), rows);
    }

    private static LinkQuery query(GalleryCandidate c) {
        List<LinkQuery.Document> documents = c.documents().stream()
                .filter(d -> d.number() != null && d.issuingCountry() != null)
                .map(d -> new LinkQuery.Document(d.number(), d.issuingCountry())).toList();
        return new LinkQuery(documents, NameKeys.link(c.familyName(), c.givenNames(), c.dateOfBirth(), c.nationality()));
    }

    /** A gallery holds one dimension: the one most reference faces have. */
    private static Integer dominantDimension(Collection<List<ReferenceFace>> faces) {
        Map<Integer, Integer> counts = new HashMap<>();
        faces.forEach(list -> list.forEach(f -> counts.merge(f.vector().length, 1, Integer::sum)));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
