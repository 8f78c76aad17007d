package org.opentvs.retention.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opentvs.platform.control.PurgeRule;

/**
 * The purge rules the owning contexts publish (holdings, gallery, verification, manifest, security,
 * crossing), found by CDI: retention names no other context's table, it asks the owner what expired
 * and has the owner delete it. A category without a rule is not purged. Resolved once: the rules are
 * stateless, and resolving dependent beans on every call would keep each resolved instance alive.
 */
@ApplicationScoped
public class PurgeRules {

    /** The category purged in its own step first: purging a gallery removes the memberships that show a face was processed. */
    public static final String US_CITIZEN_FACE = "US_CITIZEN_FACE";

    @Inject
    @Any
    Instance<PurgeRule> published;

    private Map<String, PurgeRule> rules;

    @PostConstruct
    void resolve() {
        rules = byCategory(published.stream().toList());
    }

    public Optional<PurgeRule> named(String category) {
        return Optional.ofNullable(category == null ? null : rules.get(category));
    }

    /** The rules by category; two owners claiming one category is a deployment error. */
    static Map<String, PurgeRule> byCategory(List<PurgeRule> published) {
        Map<String, PurgeRule> rules = new TreeMap<>();
        for (PurgeRule rule : published) {
            if (rules.putIfAbsent(rule.category(), rule) != null) {
                throw new IllegalStateException("retention category " + rule.category() + " has two purge rules: "
                        + rules.get(rule.category()).getClass().getName() + " and " + rule.getClass().getName());
            }
        }
        return rules;
    }
}
