package org.opentvs.alerting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The screening settings: name threshold, date-of-birth tolerance, face threshold, categories that notify at once. */
@ApplicationScoped
public class ScreeningPolicy {

    @Inject
    @ConfigProperty(name = "opentvs.watchlist.name-threshold", defaultValue = "0.88")
    double nameThreshold;

    @Inject
    @ConfigProperty(name = "opentvs.watchlist.dob-tolerance-days", defaultValue = "365")
    int dobToleranceDays;

    @Inject
    @ConfigProperty(name = "opentvs.watchlist.face-threshold", defaultValue = "0.5")
    double faceThreshold;

    @Inject
    @ConfigProperty(name = "opentvs.hotlist.immediate-categories", defaultValue = "TERRORISM")
    String immediateCategories;

    @Inject
    @ConfigProperty(name = "opentvs.hotlist.probable-ewi", defaultValue = "true")
    boolean probableEwi;

    public BiographicComparison comparison() {
        return new BiographicComparison(nameThreshold, Math.max(0, dobToleranceDays));
    }

    public double faceThreshold() {
        return faceThreshold;
    }

    public boolean probableEwi() {
        return probableEwi;
    }

    /** Hits of these categories notify officers while still pending. */
    public boolean highPriority(String category) {
        Set<String> immediate = Set.of(immediateCategories.split(",")).stream().map(s -> s.trim().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return category != null && immediate.contains(category.toUpperCase(Locale.ROOT));
    }
}
