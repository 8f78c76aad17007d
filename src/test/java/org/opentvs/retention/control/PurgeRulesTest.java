package org.opentvs.retention.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opentvs.platform.control.PurgeRule;

/**
 * The purge rules the owning contexts publish: one per category of V0036's {@code retention_policy},
 * each in its owner's control package, with the keys and chunk sizes the purge had before the rules
 * moved to their owners (receipts and checkpoints of earlier runs stay readable).
 */
class PurgeRulesTest {

    private static final Pattern SEEDED = Pattern.compile("\\('([A-Z_]+)', interval '");

    @Test
    void everySeededCategoryHasExactlyOneRuleInItsOwnersControlPackage() throws Exception {
        Map<String, PurgeRule> published = PurgeRules.byCategory(publishedRules());
        assertEquals(seededCategories(), new TreeSet<>(published.keySet()));
        Map<String, String> owners = new TreeMap<>();
        published.forEach((category, rule) -> owners.put(category, rule.getClass().getPackageName()));
        assertEquals(Map.of("US_CITIZEN_FACE", "org.opentvs.holdings.control", "GALLERY_MEMBER", "org.opentvs.gallery.control",
                "LIVE_CAPTURE", "org.opentvs.verification.control", "QUARANTINED_MESSAGE", "org.opentvs.manifest.control",
                "AUDIT_EVENT", "org.opentvs.security.control", "CROSSING", "org.opentvs.crossing.control"), owners);
    }

    @Test
    void keysAndChunkSizesAreTheOnesThePurgeAlwaysHad() throws Exception {
        Map<String, String> shape = new TreeMap<>();
        PurgeRules.byCategory(publishedRules()).forEach((c, r) -> shape.put(c, r.beforeFirstKey() + " " + r.rowsPerKey()));
        String uuid = "00000000-0000-0000-0000-000000000000 1";
        assertEquals(Map.of("US_CITIZEN_FACE", uuid, "GALLERY_MEMBER", "00000000-0000-0000-0000-000000000000 500",
                "LIVE_CAPTURE", "-infinity/00000000-0000-0000-0000-000000000000 1", "QUARANTINED_MESSAGE", uuid,
                "AUDIT_EVENT", "-9223372036854775808 1", "CROSSING", uuid), shape);
    }

    @Test
    void twoRulesForOneCategoryAreRefused() {
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> PurgeRules.byCategory(List.of(new Named("CROSSING"), new Named("AUDIT_EVENT"), new Named("CROSSING"))));
        assertTrue(twice.getMessage().contains("CROSSING"), twice.getMessage());
        assertEquals(List.of("AUDIT_EVENT", "CROSSING"), List.copyOf(PurgeRules.byCategory(
                List.of(new Named("CROSSING"), new Named("AUDIT_EVENT"))).keySet()));
    }

    @Test
    void keysBecomeAPostgresArrayLiteral() {
        assertEquals("{1,2,3}", PurgeRule.array(List.of("1", "2", "3")));
        assertEquals("{}", PurgeRule.array(List.of()));
    }

    /** Every concrete PurgeRule of the main classes, made as CDI would (no-argument constructor). */
    private static List<PurgeRule> publishedRules() throws Exception {
        List<PurgeRule> rules = new java.util.ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.opentvs")) {
            if (c.isAssignableTo(PurgeRule.class) && !c.isInterface()) {
                rules.add((PurgeRule) c.reflect().getDeclaredConstructor().newInstance());
            }
        }
        return rules;
    }

    private static TreeSet<String> seededCategories() throws Exception {
        TreeSet<String> seeded = new TreeSet<>();
        Matcher m = SEEDED.matcher(Files.readString(Path.of("db-migrations/V0036__retention.sql")));
        while (m.find()) {
            seeded.add(m.group(1));
        }
        assertEquals(6, seeded.size(), "V0036 seeds six categories");
        return seeded;
    }

    private record Named(String category) implements PurgeRule {

        @Override
        public List<String> lockExpired(String after, Instant cutoff, int limit) {
            return List.of();
        }

        @Override
        public int delete(List<String> keys) {
            return 0;
        }
    }
}
