package org.opentvs.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Table ownership (ARCHITECTURE.md): every table a migration creates is listed in exactly one
 * context's package-info, and no context's main sources name a table another context owns, in SQL
 * string literals and text blocks (native queries), JPQL (by entity name) or {@code @Table}.
 * {@link #KNOWN} lists the reads that predate the rule, each with its reason: the test fails for any
 * new one, and for an entry that is no longer needed, so the list only shrinks.
 */
class TableOwnershipTest {

    private static final Path MAIN = Path.of("src/main/java/org/opentvs");
    private static final Path MIGRATIONS = Path.of("db-migrations");

    private static final Pattern OWNED = Pattern.compile("<li>\\{@code (\\w+)\\} — ");
    private static final Pattern PUBLISHED_VIEW = Pattern.compile("<li>\\{@code (\\w+)\\} \\(view\\) — ");
    private static final Pattern CREATED_VIEW = Pattern.compile("(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?view\\s+(\\w+)");
    private static final Pattern CREATED = Pattern.compile(
            "(?i)\\bcreate\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table|truncate)\\s+(?:only\\s+|if\\s+exists\\s+)?(\\w+)");
    private static final Pattern SQL = Pattern.compile(
            "(?is)\\b(?:select|insert\\s+into|delete\\s+from|update\\s+\\w+\\s+set|truncate|lock\\s+table|join)\\b"
                    + "|^\\s*(?:from|where|left|inner|cross|using)\\b");
    private static final Pattern TABLE_ANNOTATION = Pattern.compile("@Table\\s*\\(\\s*name\\s*=\\s*\"(\\w+)\"");
    private static final Pattern ENTITY_CLASS = Pattern.compile("@Entity\\b[^{]*?\\bclass\\s+(\\w+)", Pattern.DOTALL);

    /** context:table:Class → why the read is still there. Shrink it; never add to it. */
    private static final Map<String, String> KNOWN = known();

    @Test
    void everyTableHasExactlyOneOwner() throws IOException {
        Map<String, List<String>> owners = owners();
        Set<String> created = created();
        List<String> problems = new ArrayList<>();
        for (String table : created) {
            List<String> contexts = owners.getOrDefault(table, List.of());
            if (contexts.size() != 1) {
                problems.add(table + " is owned by " + (contexts.isEmpty() ? "no context" : contexts));
            }
        }
        owners.keySet().stream().filter(t -> !created.contains(t))
                .forEach(t -> problems.add(t + " is listed in a package-info but no migration creates it"));
        assertEquals(List.of(), problems, "every table in exactly one package-info table list");
    }

    /**
     * A view is what its owner publishes for other contexts' set-based SQL (issue 13): each one a
     * migration creates is listed as {@code (view)} in exactly one package-info, and each listed one exists.
     */
    @Test
    void everyViewIsPublishedByExactlyOneContext() throws IOException {
        Map<String, List<String>> publishers = new TreeMap<>();
        try (Stream<Path> contexts = Files.list(MAIN)) {
            for (Path info : contexts.map(c -> c.resolve("package-info.java")).filter(Files::exists).toList()) {
                Matcher m = PUBLISHED_VIEW.matcher(Files.readString(info));
                while (m.find()) {
                    publishers.computeIfAbsent(m.group(1), v -> new ArrayList<>()).add(info.getParent().getFileName().toString());
                }
            }
        }
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATED_VIEW.matcher(Files.readString(f));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
            }
        }
        List<String> problems = new ArrayList<>();
        created.stream().filter(v -> publishers.getOrDefault(v, List.of()).size() != 1)
                .forEach(v -> problems.add(v + " is published by " + publishers.getOrDefault(v, List.of())));
        publishers.keySet().stream().filter(v -> !created.contains(v))
                .forEach(v -> problems.add(v + " is listed but no migration creates it"));
        assertEquals(List.of(), problems, "every view in exactly one package-info, as {@code name} (view)");
    }

    @Test
    void noContextNamesAnotherContextsTable() throws IOException {
        Map<String, String> owner = new HashMap<>();
        owners().forEach((table, contexts) -> owner.put(table, contexts.get(0)));
        Map<String, String> entities = entityTables();
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String context = MAIN.relativize(file).getName(0).toString();
                if (file.getNameCount() == MAIN.getNameCount() + 1) {
                    continue;
                }
                String source = Files.readString(file);
                String cls = file.getFileName().toString().replace(".java", "");
                for (String table : tablesNamed(source, entities, owner.keySet())) {
                    String owning = owner.get(table);
                    if (owning != null && !owning.equals(context)) {
                        found.add(context + ":" + table + ":" + cls);
                    }
                }
            }
        }
        Set<String> unexpected = new TreeSet<>(found);
        unexpected.removeAll(KNOWN.keySet());
        Set<String> stale = new TreeSet<>(KNOWN.keySet());
        stale.removeAll(found);
        assertEquals(Set.of(), unexpected, "context:table:Class naming a table another context owns: ask the owner's"
                + " published control query (records) or react to its events");
        assertEquals(Set.of(), stale, "allow-list entries no longer needed: remove them from TableOwnershipTest.KNOWN");
    }

    @Test
    void theScannerSeesNativeSqlJpqlAndTableAnnotations() {
        Map<String, String> entities = Map.of("Flight", "flight");
        Set<String> tables = Set.of("flight", "gallery", "traveler");
        String source = """
                class X {
                    // "select * from traveler" in a comment is not SQL
                    String a = "select g.id from gallery g";
                    String b = "select f from Flight f";
                    String c = "No gallery for flight ";
                }
                """;
        assertEquals(Set.of("gallery", "flight"), tablesNamed(source, entities, tables));
        assertEquals(Set.of("traveler"), tablesNamed("@Table(name = \"traveler\") class T {}", entities, tables));
        assertTrue(tablesNamed("String q = \"\"\"\n  update flight set status = ?\n\"\"\";", Map.of(), tables).contains("flight"));
    }

    /** The tables a source names: in SQL literals (native and JPQL) and in {@code @Table}. */
    static Set<String> tablesNamed(String source, Map<String, String> entities, Set<String> tables) {
        Set<String> named = new TreeSet<>();
        Matcher annotation = TABLE_ANNOTATION.matcher(source);
        while (annotation.find()) {
            named.add(annotation.group(1));
        }
        for (String literal : literals(source)) {
            if (!SQL.matcher(literal).find()) {
                continue;
            }
            Matcher m = REFERENCE.matcher(literal);
            while (m.find()) {
                String name = m.group(1);
                if (tables.contains(name)) {
                    named.add(name);
                } else if (entities.containsKey(name)) {
                    named.add(entities.get(name));
                }
            }
        }
        return named;
    }

    /** String literals and text blocks of Java source, comments skipped; annotations' strings included. */
    static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                i = source.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                i = source.indexOf("*/", i + 2);
                i = i < 0 ? n : i + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                i++;
                while (i < n && source.charAt(i) != '"' && source.charAt(i) != '\n') {
                    if (source.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    text.append(source.charAt(i++));
                }
                literals.add(text.toString());
                i++;
            } else if (c == '\'') {
                i += source.charAt(i + 1) == '\\' ? 4 : 3;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static Map<String, List<String>> owners() throws IOException {
        Map<String, List<String>> owners = new TreeMap<>();
        try (Stream<Path> contexts = Files.list(MAIN)) {
            for (Path info : contexts.map(c -> c.resolve("package-info.java")).filter(Files::exists).toList()) {
                String context = info.getParent().getFileName().toString();
                Matcher m = OWNED.matcher(Files.readString(info));
                while (m.find()) {
                    owners.computeIfAbsent(m.group(1), t -> new ArrayList<>()).add(context);
                }
            }
        }
        return owners;
    }

    private static Set<String> created() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
                try {
                    Matcher m = CREATED.matcher(Files.readString(f));
                    while (m.find()) {
                        created.add(m.group(1).toLowerCase());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return created;
    }

    /** JPA entity name → table, for JPQL. */
    private static Map<String, String> entityTables() throws IOException {
        Map<String, String> entities = new HashMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher entity = ENTITY_CLASS.matcher(source);
                if (entity.find()) {
                    Matcher table = TABLE_ANNOTATION.matcher(source);
                    entities.put(entity.group(1), table.find() ? table.group(1) : entity.group(1).toLowerCase());
                }
            }
        }
        return entities;
    }

    private static final String BIOMETRIC = "the re-enrol job rewrites holdings' face templates in place (set-based batch); to move into holdings "
            + "behind a published update";
    private static final String GALLERY_PORT_CROSSERS = "a land port's standing gallery is chosen from holdings enrolments and recent crossings (set-based); "
            + "to become holdings/crossing published queries";
    private static final String GALLERY_GALLERY_LOADER = "start-up loads every ready gallery's templates in one streamed join with holdings faces (speed); to "
            + "become a holdings published stream";
    private static final String GALLERY_PORT_GALLERY_SCHEDULER = "the scheduler lists the ports with enrolled crossers; to become a holdings published query";
    private static final String RECONCILIATION_COLLECT_BATCHLET = "the nightly collect step copies departures (exit crossings, self-reports) set-based in SQL for 10 M "
            + "rows; to become crossing/departure published views";
    private static final String RECONCILIATION_EXCHANGE_REPORT_BATCHLET = "the exchange report writes its summary into operations' job_run; to go through JobSummary";
    private static final String RECONCILIATION_REPORT_BATCHLET = "the run report counts self-reports and writes the run summary into operations' job_run";
    private static final String REPORTING = "the reporting read side predates the rule and reads raw tables (ARCHITECTURE: reporting reads every "
            + "context); to move to summary tables and published views";
    private static final String STAY = "the stay service answers from admissions, departures, links, exit crossings and partner entries; to "
            + "become reconciliation/crossing published queries";

    private static Map<String, String> known() {
        Map<String, String> known = new TreeMap<>();
        known.put("biometric:holding_face:ReEnrolProcessor", BIOMETRIC);
        known.put("biometric:holding_face:ReEnrolSwitch", BIOMETRIC);
        known.put("biometric:holding_face:ReEnrolWriter", BIOMETRIC);
        known.put("biometric:holding_face:ReferenceImageReader", BIOMETRIC);
        known.put("gallery:crossing:PortCrossers", GALLERY_PORT_CROSSERS);
        known.put("gallery:holding_face:GalleryLoader", GALLERY_GALLERY_LOADER);
        known.put("gallery:holding_identity:PortCrossers", GALLERY_PORT_CROSSERS);
        known.put("gallery:holding_port:PortCrossers", GALLERY_PORT_CROSSERS);
        known.put("gallery:holding_port:PortGalleryScheduler", GALLERY_PORT_GALLERY_SCHEDULER);
        known.put("reconciliation:crossing:CollectBatchlet", RECONCILIATION_COLLECT_BATCHLET);
        known.put("reconciliation:job_run:ExchangeReportBatchlet", RECONCILIATION_EXCHANGE_REPORT_BATCHLET);
        known.put("reconciliation:job_run:ReportBatchlet", RECONCILIATION_REPORT_BATCHLET);
        known.put("reconciliation:self_report:CollectBatchlet", RECONCILIATION_COLLECT_BATCHLET);
        known.put("reconciliation:self_report:ReportBatchlet", RECONCILIATION_REPORT_BATCHLET);
        known.put("reporting:alert:ExceptionQueries", REPORTING);
        known.put("reporting:crossing:FlightQueries", REPORTING);
        known.put("reporting:crossing:FlightSummaries", REPORTING);
        known.put("reporting:flight:FlightQueries", REPORTING);
        known.put("reporting:flight:FlightSummaries", REPORTING);
        known.put("reporting:flight:GalleryQueries", REPORTING);
        known.put("reporting:flight:Rollups", REPORTING);
        known.put("reporting:gallery:FlightSummaries", REPORTING);
        known.put("reporting:gallery:GalleryQueries", REPORTING);
        known.put("reporting:gallery:Rollups", REPORTING);
        known.put("reporting:traveler:FlightQueries", REPORTING);
        known.put("reporting:traveler:FlightSummaries", REPORTING);
        known.put("reporting:verification:AccuracyQueries", REPORTING);
        known.put("reporting:verification:FlightSummaries", REPORTING);
        known.put("reporting:verification:ReportRollup", REPORTING);
        known.put("reporting:verification:Rollups", REPORTING);
        known.put("stay:admission:StayRecords", STAY);
        known.put("stay:crossing:StayRecords", STAY);
        known.put("stay:partner_entry:StayRecords", STAY);
        known.put("stay:recon_departure:StayRecords", STAY);
        known.put("stay:recon_link:StayRecords", STAY);
        return known;
    }
}
