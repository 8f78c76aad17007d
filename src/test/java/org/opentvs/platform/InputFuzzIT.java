package org.opentvs.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentvs.it.Api;
import org.opentvs.it.Db;
import org.opentvs.it.Deployments;
import org.opentvs.platform.fuzz.FuzzCase;
import org.opentvs.platform.fuzz.JsonMutations;
import org.opentvs.platform.fuzz.JsonTarget;
import org.opentvs.platform.fuzz.PaxlstMutations;
import org.opentvs.platform.fuzz.QueryProbes;

/**
 * A seeded fuzzer over every JSON body the API reads, the query parameters of its reads and the
 * PAXLST endpoint (the shared samples mutated when present, and messages of our own): never a 5xx,
 * never a stack trace or the server's name, every refusal a JSON error, the targeted refusals with
 * their exact status and field, and every refused manifest in the quarantine. Sizes and seed:
 * {@code -Dfuzz.seed}, {@code -Dfuzz.json} (cases per JSON body), {@code -Dfuzz.paxlst}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InputFuzzIT {

    private static final long SEED = Long.getLong("fuzz.seed", 20261203L);
    private static final int JSON_CASES = Integer.getInteger("fuzz.json", 130);
    private static final int PAXLST_CASES = Integer.getInteger("fuzz.paxlst", 400);
    private static final String RETENTION = "QUARANTINED_MESSAGE";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    private final Map<String, Integer> statuses = new TreeMap<>();

    @Test
    void jsonBodiesAndQueryParametersNeverGetA5xx() {
        String period = Db.string("select period::text from retention_policy where category = ?", RETENTION);
        long started = System.nanoTime();
        int cases = 0;
        try {
            JsonMutations mutations = new JsonMutations(SEED);
            for (JsonTarget target : JsonTarget.all(RETENTION)) {
                for (int i = 0; i < JSON_CASES; i++) {
                    check(mutations.mutate(target));
                    cases++;
                }
            }
            for (FuzzCase probe : new QueryProbes(SEED).all()) {
                check(probe);
                cases++;
            }
        } finally {
            Db.execute("update retention_policy set period = ?::interval, enabled = true where category = ?", period, RETENTION);
        }
        System.out.printf("InputFuzzIT JSON and query: %d cases in %d s, statuses %s%n", cases,
                (System.nanoTime() - started) / 1_000_000_000,
                statuses);
        assertTrue(cases >= 1500, "enough cases: " + cases);
    }

    @Test
    void manifestsNeverGetA5xxAndEveryRefusedOneIsInTheQuarantine() throws IOException {
        Instant since = Instant.now().minusSeconds(1);
        long started = System.nanoTime();
        List<String> sources = samples();
        PaxlstMutations mutations = new PaxlstMutations(SEED);
        List<String> quarantined = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < PAXLST_CASES; i++) {
            boolean own = sources.isEmpty() || i % 3 == 0;
            byte[] message = own ? mutations.generated() : mutations.mutate(sources.get(i % sources.size()));
            Api.Reply reply = check(
                    FuzzCase.any(own ? "paxlst-own" : "paxlst-sample", "POST", "api/v1/manifests", "application/edifact", message));
            if (reply.status() == 422) {
                JsonObject body = reply.json();
                assertEquals("MANIFEST_INVALID", body.getString("error"), reply.body());
                quarantined.add(body.getString("quarantineId"));
            } else if (reply.status() == 200 || reply.status() == 201) {
                accepted++;
            } else {
                assertTrue(reply.status() == 400 || reply.status() == 413, reply.status() + " " + reply.body());
            }
        }
        long inQuarantine = Db.count("select count(*) from raw_message where status = 'QUARANTINED' and id = any(?::uuid[])",
                (Object) quarantined.toArray(String[]::new));
        System.out.printf("InputFuzzIT PAXLST: %d cases (%d samples) in %d s: %d accepted or duplicate, %d refused and %d of them in the"
                + " quarantine, statuses %s%n", PAXLST_CASES, sources.size(), (System.nanoTime() - started) / 1_000_000_000, accepted,
                quarantined.size(), inQuarantine, statuses);
        assertEquals(quarantined.size(), inQuarantine, "every refused manifest is in the quarantine");
        assertEquals(0, Db.count("select count(*) from raw_message where received_at >= ? and status = 'RECEIVED'", Timestamp.from(since)),
                "no manifest is left unprocessed: archived as accepted, duplicate or quarantined");
        assertTrue(quarantined.size() > PAXLST_CASES / 10 && accepted > PAXLST_CASES / 10, "the fuzz reaches both outcomes");
    }

    private List<String> samples() throws IOException {
        Path dir = Path.of(System.getProperty("opentvs.shared.data", "../shared/data"), "paxlst");
        if (!Files.isDirectory(dir)) {
            System.out.println("InputFuzzIT: shared PAXLST samples not present; only generated messages are sent");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                texts.add(PaxlstMutations.renamed(Files.readAllBytes(f)));
            }
        }
        return texts;
    }

    private Api.Reply check(FuzzCase c) {
        Api.Reply reply = new Api(deployment).send(c.method(), c.path(), Api.admin(), c.contentType(), c.body());
        statuses.merge(c.kind() + ":" + reply.status(), 1, Integer::sum);
        String what = c.describe() + " -> " + reply.status() + " " + abbreviated(reply.body());
        assertTrue(reply.status() < 500, what);
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat ") || reply.body().contains("Payara"), what);
        if (c.kind().equals("path-nul")) {
            assertEquals(400, reply.status(), what + " (the container refuses an encoded NUL in the path before the application)");
            assertTrue(reply.body().isEmpty(), what);
        } else if (reply.status() >= 400) {
            assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), what);
            JsonObject error = reply.json();
            assertTrue(error.containsKey("error") && error.containsKey("message"), what);
            if (c.status() != 0) {
                assertEquals(c.status(), reply.status(), what);
                assertEquals(c.code(), error.getString("error"), what);
                if (c.field() != null) {
                    assertEquals(c.field(), error.getString("field", null), what);
                }
            }
        } else {
            assertEquals(0, c.status(), what);
        }
        return reply;
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
