package org.opentvs.alerting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opentvs.gallery.control.LoadedGallery;
import org.opentvs.gallery.control.SearchHit;
import org.opentvs.gallery.entity.GalleryKind;
import org.opentvs.gallery.entity.GalleryMember;
import org.opentvs.platform.control.Json;

/**
 * Screens a gallery against the watch-list faces with the gallery's own 1:N kernel: each listed face
 * is a probe, its best few members at or above the face threshold are candidates, and each carries
 * the biographic agreement of the member with the listing, so no hit rests on the face alone.
 */
@Dependent
public class FaceScreening {

    static final int CANDIDATES_PER_FACE = 3;

    @Inject
    ScreeningPolicy policy;

    @Inject
    WatchlistIndex watchlist;

    @Inject
    ScreenedPeople people;

    private record Pair(UUID entryId, String category, UUID memberId, int version) {
    }

    public List<HotlistCandidate> screen(LoadedGallery gallery, List<ListedFace> listed) {
        if (gallery.matrix() == null || listed.isEmpty()) {
            return List.of();
        }
        Map<Pair, Float> best = new LinkedHashMap<>();
        for (ListedFace face : listed) {
            if (!face.algorithm().equals(gallery.algorithm()) || face.vector().length != gallery.matrix().dimension()) {
                continue;
            }
            for (SearchHit<GalleryMember> hit : gallery.matrix().topK(face.vector(), CANDIDATES_PER_FACE)) {
                if (hit.score() >= policy.faceThreshold()) {
                    best.merge(new Pair(face.entryId(), face.category(), hit.member().travelerId(), face.version()), hit.score(),
                            Math::max);
                }
            }
        }
        if (best.isEmpty()) {
            return List.of();
        }
        boolean land = gallery.kind() == GalleryKind.LAND_PORT;
        List<UUID> members = best.keySet().stream().map(Pair::memberId).distinct().toList();
        Map<UUID, ScreenedPerson> persons = (land ? people.identities(members) : people.travelers(members)).stream()
                .collect(Collectors.toMap(ScreenedPerson::id, Function.identity()));
        Map<UUID, UUID> flights = new HashMap<>();
        List<HotlistCandidate> candidates = new ArrayList<>();
        best.forEach((pair, score) -> {
            ScreenedPerson person = persons.get(pair.memberId());
            ListedPerson entry = watchlist.biographic().get(pair.entryId()).orElse(null);
            BiographicHit agreement = person == null || entry == null ? null : watchlist.biographic().comparison().compare(person, entry);
            JsonObjectBuilder json = agreement == null
                    ? Json.createObjectBuilder().addNull("name").add("dateOfBirth", "UNKNOWN")
                            .add("nationality", "UNKNOWN").add("document", "NONE")
                    : agreement.agreement();
            UUID flight = land ? null : flights.computeIfAbsent(pair.memberId(), people::flightOf);
            candidates.add(new HotlistCandidate("WATCHLIST", pair.entryId(), pair.memberId(), land ? "IDENTITY" : "TRAVELER", flight,
                    pair.category(), "FACE", policy.highPriority(pair.category()), agreement == null ? null : agreement.nameScore(),
                    score, json.build().toString(), pair.version()));
        });
        return candidates;
    }
}
