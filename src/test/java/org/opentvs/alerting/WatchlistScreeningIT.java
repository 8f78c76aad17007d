package org.opentvs.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentvs.biometric.control.SyntheticIdentities;
import org.opentvs.it.Api;
import org.opentvs.it.Db;
import org.opentvs.it.Deployments;
import org.opentvs.it.Paxlst;
import org.opentvs.it.Templates;

/**
 * Every kind of watch-list entry the feed may send (documents only, names only, faces only, a mix)
 * is screened against manifests and galleries, whichever comes first, and each hit is on the
 * hotlist exactly once, also when list changes and manifests interleave over many rounds (issue 11).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WatchlistScreeningIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    private static final java.util.concurrent.atomic.AtomicLong SEEDS = new java.util.concurrent.atomic.AtomicLong(0x57_41_54_43_48L); // "WATCH"

    private final SyntheticIdentities synth = new SyntheticIdentities(SEEDS.getAndIncrement());

    private Api api() {
        return new Api(deployment);
    }

    enum Kind { DOCUMENTS_ONLY, NAMES_ONLY, FACES_ONLY, NAMES_DOCUMENTS_AND_FACES }

    /** One traveler to be listed, a decoy beside them on the same flight, and the faces both have in holdings. */
    private record Round(String carrier, String number, Paxlst.Person listed, Paxlst.Person decoy, float[] listedFace,
            float[] decoyFace, Kind kind, LocalDate dob) {
    }

    @Test
    void aDocumentOnlyEntryListedFirstHitsTheTravelerWithThatPassport() throws Exception {
        listedThenManifest(Kind.DOCUMENTS_ONLY, "11");
    }

    @Test
    void aDocumentOnlyEntryListedAfterTheManifestHitsTheTravelerWithThatPassport() throws Exception {
        manifestThenListed(Kind.DOCUMENTS_ONLY, "12");
    }

    @Test
    void aNamesOnlyEntryHitsWhicheverComesFirst() throws Exception {
        listedThenManifest(Kind.NAMES_ONLY, "21");
        manifestThenListed(Kind.NAMES_ONLY, "22");
    }

    @Test
    void aFacesOnlyEntryHitsTheGalleryWhicheverComesFirst() throws Exception {
        listedThenManifest(Kind.FACES_ONLY, "31");
        manifestThenListed(Kind.FACES_ONLY, "32");
    }

    @Test
    void anEntryWithNamesDocumentsAndFacesIsOneHitWithEveryBasis() throws Exception {
        String first = listedThenManifest(Kind.NAMES_DOCUMENTS_AND_FACES, "41");
        String second = manifestThenListed(Kind.NAMES_DOCUMENTS_AND_FACES, "42");
        for (String entry : List.of(first, second)) {
            awaitTrue(() -> {
                String basis = Db.string("select basis from hotlist_entry where watchlist_entry_id = ?::uuid", entry);
                return basis != null && basis.contains("DOCUMENT") && basis.contains("FACE");
            }, "the document and the face both stand behind the one hit of entry " + entry);
        }
    }

    @Test
    void aRemovedDocumentOnlyEntryIsWithdrawnAndHitsNoLaterManifest() throws Exception {
        String feed = feed();
        Round before = round("WR", "51", Kind.DOCUMENTS_ONLY, 0);
        String entry = list(feed, before, "LOST_STOLEN");
        send(before);
        String traveler = awaitHit(before, entry);
        assertEquals(204, api().delete("api/v1/watchlist/entries/" + entry, Api.bearer(feed)).status());
        assertEquals(1, Db.count("select count(*) from hotlist_entry where watchlist_entry_id = ?::uuid and subject_id = ?::uuid"
                + " and status = 'WITHDRAWN'", entry, traveler));

        Round after = new Round("WR", "52", before.listed(), before.decoy(), before.listedFace(), before.decoyFace(), Kind.DOCUMENTS_ONLY,
                before.dob());
        send(after);
        String later = awaitTraveler(after, after.listed());
        awaitScreened(later);
        assertEquals(0, Db.count("select count(*) from hotlist_entry where watchlist_entry_id = ?::uuid and subject_id = ?::uuid",
                entry, later), "a removed listing hits nobody new");
    }

    @Test
    void aChangedEntryIsScreenedAgainItsOldHitsWithdrawnAndAHitFoundAgainReopensTheSameRow() throws Exception {
        String feed = feed();
        Round r = round("WC", "71", Kind.DOCUMENTS_ONLY, 71);
        send(r);
        String listed = awaitTraveler(r, r.listed());
        String decoy = awaitTraveler(r, r.decoy());
        awaitScreened(listed);
        Api.Reply created = api().postJson("api/v1/watchlist/entries", Api.bearer(feed), decoyDocument(r, "LOST_STOLEN"));
        assertEquals(201, created.status(), created.body());
        String entry = created.json().getString("id");
        awaitTrue(() -> open(entry, decoy) == 1, "the first content hits the decoy");
        String decoyHit = Db.string("select cast(id as varchar) from hotlist_entry where watchlist_entry_id = ?::uuid", entry);

        change(feed, entry, body(r, "LOST_STOLEN"));
        awaitTrue(() -> open(entry, listed) == 1 && open(entry, decoy) == 0, "the changed content hits the listed traveler only");
        assertEquals(1, Db.count("select count(*) from hotlist_entry where id = ?::uuid and status = 'WITHDRAWN'"
                + " and reason = 'watch-list entry changed'", decoyHit));
        String listedHit = Db.string("select cast(id as varchar) from hotlist_entry where watchlist_entry_id = ?::uuid"
                + " and subject_id = ?::uuid", entry, listed);
        Api.Reply validated = api().postJson("api/v1/hotlist/" + listedHit + "/validate", analyst(), "{\"reason\":\"same passport\"}");
        assertEquals(200, validated.status(), validated.body());

        // a change that still finds the validated hit keeps the decision; the decoy's passport added back reopens its row
        String both = Json.createObjectBuilder().add("category", "LOST_STOLEN").add("documents", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("number", r.listed().document()).add("issuingCountry", r.listed().issuer()))
                .add(Json.createObjectBuilder().add("number", r.decoy().document()).add("issuingCountry", r.decoy().issuer())))
                .build().toString();
        change(feed, entry, both);
        awaitTrue(() -> open(entry, decoy) == 1, "the decoy's hit reopens");
        assertEquals(decoyHit, Db.string("select cast(id as varchar) from hotlist_entry where watchlist_entry_id = ?::uuid"
                + " and subject_id = ?::uuid and status = 'PENDING'", entry, decoy), "the same row, not a second one");
        awaitQuiet();
        assertEquals(1, Db.count("select count(*) from hotlist_entry where id = ?::uuid and status = 'VALIDATED'", listedHit),
                "a hit the new content still produces keeps the analyst's decision");
        assertEquals(2, Db.count("select count(*) from hotlist_entry where watchlist_entry_id = ?::uuid", entry));
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'UPDATE' and object_type = 'watchlist-entry'"
                + " and object_id = ? and detail like 'version=2 %'", entry));

        assertEquals(404, put("api/v1/watchlist/entries/" + UUID.randomUUID(), Api.bearer(feed), both).status());
        assertEquals(422, put("api/v1/watchlist/entries/" + entry, Api.bearer(feed), "{\"category\":\"LOST_STOLEN\"}").status());
        assertEquals(204, api().delete("api/v1/watchlist/entries/" + entry, Api.bearer(feed)).status());
        assertEquals(409, put("api/v1/watchlist/entries/" + entry, Api.bearer(feed), both).status());
        assertEquals(0,
                Db.count("select count(*) from hotlist_entry where watchlist_entry_id = ?::uuid and status in ('PENDING', 'VALIDATED')",
                        entry),
                "removal withdraws what the change left open");
    }

    private static long open(String entry, String traveler) {
        return Db.count("select count(*) from hotlist_entry where watchlist_entry_id = ?::uuid and subject_id = ?::uuid"
                + " and status in ('PENDING', 'VALIDATED')", entry, traveler);
    }

    private String analyst() {
        return api().person("pau.analyst.watch", List.of("pau-analyst"), List.of());
    }

    @Test
    void theDatabaseRefusesASecondCandidateForTheSameTravelerAndEntry() throws Exception {
        Round r = round("WU", "61", Kind.DOCUMENTS_ONLY, 0);
        String entry = list(feed(), r, "LOST_STOLEN");
        send(r);
        String traveler = awaitHit(r, entry);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Db.execute("insert into hotlist_entry (id, kind,"
                + " watchlist_entry_id, subject_id, subject_kind, category, basis, high_priority, status, created_at) values"
                + " (gen_random_uuid(), 'WATCHLIST', ?::uuid, ?::uuid, 'TRAVELER', 'LOST_STOLEN', 'DOCUMENT', false, 'PENDING', now())",
                entry, traveler));
        assertTrue(String.valueOf(refused.getCause()).contains("hotlist_once"), String.valueOf(refused.getCause()));
    }

    /**
     * Rounds of list changes and manifests, eight rounds at a time; within a round the listing, the
     * manifest and (every fourth round) the removal of the listing go out in a random order or at
     * once; every fourth round from the second lists the decoy's passport first and changes the entry
     * to the traveler's at once. Afterwards every kept listing has exactly one open hit, on its
     * traveler, pending, with exactly one immediate alert (the category notifies at once; a changed
     * listing's hit on the decoy, if it came first, is withdrawn), and a removed listing has no open
     * hit. The number of rounds is {@code -Dwatchlist.rounds} (default 500).
     */
    @Test
    void interleavedListChangesAndManifestsFindEachHitExactlyOnce() throws Exception {
        int rounds = Integer.getInteger("watchlist.rounds", 500);
        String feed = feed();
        Random random = new Random(20261202L);
        List<Round> all = new ArrayList<>();
        Kind[] kinds = Kind.values();
        for (int i = 0; i < rounds; i++) {
            all.add(round("WI", Integer.toString(1000 + i), kinds[i % kinds.length], i));
        }
        List<Long> seeds = all.stream().map(r -> random.nextLong()).toList();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        ExecutorService sends = Executors.newFixedThreadPool(8);
        List<Future<String>> entries = new ArrayList<>();
        try {
            for (int i = 0; i < rounds; i++) {
                Round r = all.get(i);
                boolean remove = i % 4 == 3;
                boolean changed = i % 4 == 1;
                long seed = seeds.get(i);
                entries.add(pool.submit(() -> play(sends, feed, r, remove, changed, new Random(seed))));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> f : entries) {
                ids.add(f.get(5, TimeUnit.MINUTES));
            }
            long playedMillis = (System.nanoTime() - started) / 1_000_000;
            int kept = 0;
            for (int i = 0; i < rounds; i++) {
                Round r = all.get(i);
                String entry = ids.get(i);
                if (i % 4 == 3) {
                    continue;
                }
                kept++;
                String traveler = awaitHit(r, entry);
                awaitTrue(() -> Db.count("select count(*) from alert a join hotlist_entry h on h.id = a.hotlist_entry_id"
                        + " where h.watchlist_entry_id = ?::uuid", entry) >= 1, "round " + i + " alerted");
                awaitTrue(() -> Db.count("select count(*) from hotlist_entry where watchlist_entry_id = ?::uuid"
                        + " and status in ('PENDING', 'VALIDATED') and subject_id <> ?::uuid", entry, traveler) == 0,
                        "round " + i + " (" + r.kind() + "): no open hit but the listed traveler's");
            }
            // let the last screenings settle, then count: nothing doubled, nothing removed left open
            awaitQuiet();
            for (int i = 0; i < rounds; i++) {
                Round r = all.get(i);
                String entry = ids.get(i);
                String traveler = traveler(r, r.listed());
                if (i % 4 == 3) {
                    assertEquals(0, Db.count("select count(*) from hotlist_entry where watchlist_entry_id = ?::uuid"
                            + " and status in ('PENDING', 'VALIDATED')", entry), "round " + i + ": a removed listing leaves no open hit");
                    continue;
                }
                assertEquals(1, Db.count("select count(*) from hotlist_entry where watchlist_entry_id = ?::uuid"
                        + " and status in ('PENDING', 'VALIDATED')", entry), "round " + i + " (" + r.kind() + "): exactly one open hit");
                assertEquals(1, Db.count("select count(*) from hotlist_entry where watchlist_entry_id = ?::uuid and subject_id = ?::uuid"
                        + " and status = 'PENDING'", entry, traveler), "round " + i + ": on the listed traveler, not the decoy");
                if (i % 4 != 1) {
                    assertEquals(0,
                            Db.count("select count(*) from hotlist_entry where watchlist_entry_id = ?::uuid and subject_id <> ?::uuid",
                                    entry, traveler),
                            "round " + i + ": an entry never changed never hit the decoy");
                }
                assertEquals(0, Db.count("select count(*) from hotlist_entry where watchlist_entry_id = ?::uuid and subject_id <> ?::uuid"
                        + " and status <> 'WITHDRAWN'", entry, traveler), "round " + i + ": no open hit on the decoy");
                assertEquals(1, Db.count("select count(*) from alert a join hotlist_entry h on h.id = a.hotlist_entry_id"
                        + " where h.watchlist_entry_id = ?::uuid and h.subject_id = ?::uuid", entry, traveler),
                        "round " + i + ": exactly one immediate alert for the hit");
            }
            System.out.println("Watch-list interleaving: " + rounds + " rounds (" + kept + " kept, " + (rounds - kept)
                    + " removed) played in " + playedMillis + " ms; every hit exactly once");
        } finally {
            pool.shutdownNow();
            sends.shutdownNow();
        }
    }

    /** One round: list, send the manifest and maybe remove the listing, in a random order or all at once. */
    private String play(ExecutorService sends, String feed, Round r, boolean remove, boolean changed, Random random) throws Exception {
        enrol(r);
        switch (random.nextInt(3)) {
            case 0 -> {
                String entry = listed(feed, r, changed);
                send(r);
                return finish(feed, r, entry, remove);
            }
            case 1 -> {
                send(r);
                String entry = listed(feed, r, changed);
                return finish(feed, r, entry, remove);
            }
            default -> {
                // the manifest goes out while the entry is listed (and changed or removed)
                Future<?> manifest = sends.submit(() -> send(r));
                String entry = finish(feed, r, listed(feed, r, changed), remove);
                manifest.get(2, TimeUnit.MINUTES);
                return entry;
            }
        }
    }

    /** Lists the round's entry; a round to be changed lists the decoy's passport first and corrects it at once. */
    private String listed(String feed, Round r, boolean changed) {
        if (!changed) {
            return list(feed, r, "TERRORISM");
        }
        Api.Reply created = api().postJson("api/v1/watchlist/entries", Api.bearer(feed), decoyDocument(r, "TERRORISM"));
        assertEquals(201, created.status(), created.body());
        String entry = created.json().getString("id");
        change(feed, entry, body(r, "TERRORISM"));
        return entry;
    }

    private String finish(String feed, Round r, String entry, boolean remove) {
        return remove ? removed(feed, entry) : entry;
    }

    private Api.Reply put(String path, String authorization, String json) {
        try {
            var response = HTTP.send(java.net.http.HttpRequest.newBuilder(api().root().resolve(path))
                    .timeout(java.time.Duration.ofSeconds(60)).header("Authorization", authorization)
                    .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(response.statusCode(), response.body(), response.headers());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    private String removed(String feed, String entry) {
        Api.Reply reply = api().delete("api/v1/watchlist/entries/" + entry, Api.bearer(feed));
        assertEquals(204, reply.status(), reply.body());
        return entry;
    }

    // ---- one kind, both orders ----

    private String listedThenManifest(Kind kind, String number) throws Exception {
        Round r = round("WK", number, kind, Integer.parseInt(number));
        String entry = list(feed(), r, "LOST_STOLEN");
        send(r);
        assertHitOnce(r, entry);
        return entry;
    }

    private String manifestThenListed(Kind kind, String number) throws Exception {
        Round r = round("WK", number, kind, Integer.parseInt(number));
        send(r);
        awaitScreened(awaitTraveler(r, r.listed()));
        String entry = list(feed(), r, "LOST_STOLEN");
        assertHitOnce(r, entry);
        return entry;
    }

    private void assertHitOnce(Round r, String entry) throws Exception {
        String traveler = awaitHit(r, entry);
        awaitQuiet();
        assertEquals(1, Db.count("select count(*) from hotlist_entry where watchlist_entry_id = ?::uuid", entry),
                r.kind() + ": one hotlist entry, on the listed traveler only");
        assertEquals(1, Db.count("select count(*) from hotlist_entry where watchlist_entry_id = ?::uuid and subject_id = ?::uuid"
                + " and status = 'PENDING'", entry, traveler));
    }

    // ---- helpers ----

    private Round round(String carrier, String number, Kind kind, int i) {
        LocalDate dob = LocalDate.of(1950, 1, 1).plusDays(23L * i + 13);
        String yymmdd = dob.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
        String dobDecoy = dob.plusYears(3).plusDays(40).format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
        Paxlst.Person listed = new Paxlst.Person(word(), word(), yymmdd, "F", "FRA", carrier + number + "-L",
                "L" + carrier + number + "X" + i, "FRA");
        Paxlst.Person decoy = new Paxlst.Person(word(), word(), dobDecoy, "M", "DEU", carrier + number + "-D",
                "D" + carrier + number + "X" + i, "DEU");
        return new Round(carrier, number, listed, decoy, synth.randomUnit(128), synth.randomUnit(128), kind, dob);
    }

    private final Random names = new Random(SEEDS.get() * 31);

    /** A random name of ten letters: two of them agree far below the name threshold. */
    private synchronized String word() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            s.append((char) ('A' + names.nextInt(26)));
        }
        return s.toString();
    }

    private String list(String feed, Round r, String category) {
        Api.Reply reply = api().postJson("api/v1/watchlist/entries", Api.bearer(feed), body(r, category));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("id");
    }

    private String body(Round r, String category) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("category", category);
        Kind k = r.kind();
        if (k == Kind.NAMES_ONLY || k == Kind.NAMES_DOCUMENTS_AND_FACES) {
            body.add("person", Json.createObjectBuilder().add("familyName", r.listed().family()).add("givenNames", r.listed().given())
                    .add("dateOfBirth", r.dob().toString()).add("nationality", r.listed().nationality()));
        }
        if (k == Kind.DOCUMENTS_ONLY || k == Kind.NAMES_DOCUMENTS_AND_FACES) {
            body.add("documents", Json.createArrayBuilder().add(Json.createObjectBuilder().add("number", r.listed().document())
                    .add("issuingCountry", r.listed().issuer())));
        }
        if (k == Kind.FACES_ONLY || k == Kind.NAMES_DOCUMENTS_AND_FACES) {
            JsonArrayBuilder faces = Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("template", Templates.template(capture(r.listedFace()))));
            body.add("faces", faces);
        }
        return body.build().toString();
    }

    /** A documents-only body listing the decoy's passport: what a change then corrects. */
    private static String decoyDocument(Round r, String category) {
        return Json.createObjectBuilder().add("category", category).add("documents", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("number", r.decoy().document()).add("issuingCountry", r.decoy().issuer())))
                .build().toString();
    }

    private void change(String feed, String entry, String body) {
        Api.Reply reply = put("api/v1/watchlist/entries/" + entry, Api.bearer(feed), body);
        assertEquals(200, reply.status(), reply.body());
    }

    /** A listed face is another photograph of the traveler (cosine 0.8 to the reference). */
    private synchronized float[] capture(float[] face) {
        return synth.genuineCapture(face, 0.8);
    }

    private final java.util.Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    private String token(String name, String role, String carrier) {
        return tokens.computeIfAbsent(name, n -> api().client(n, List.of(role), carrier == null ? List.of() : List.of(carrier), List.of()));
    }

    private void enrol(Round r) {
        String holdings = token("holdings WATCH", "holdings-feed", null);
        for (int i = 0; i < 2; i++) {
            Paxlst.Person p = i == 0 ? r.listed() : r.decoy();
            Api.Reply enrolled = api().postJson("api/v1/holdings/identities", Api.bearer(holdings),
                    Templates.identity(p, i == 0 ? r.listedFace() : r.decoyFace(), false));
            assertEquals(201, enrolled.status(), enrolled.body());
        }
    }

    private final java.util.Set<String> enrolled = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private void send(Round r) {
        if (enrolled.add(r.listed().reference())) {
            if (!r.carrier().equals("WI")) {
                enrol(r);
            }
        }
        String submitter = token("carrier " + r.carrier(), "manifest-submitter", r.carrier());
        Paxlst manifest = new Paxlst(r.carrier(), r.number(), LocalDate.now().plusDays(1)).route("JFK", "CDG").add(r.listed())
                .add(r.decoy());
        Api.Reply sent = api().post("api/v1/manifests", Api.bearer(submitter), "application/edifact", manifest.bytes());
        assertEquals(201, sent.status(), sent.body());
    }

    private String feed() {
        return token("watch-list feed WATCH", "watchlist-feed", null);
    }

    private static String traveler(Round r, Paxlst.Person p) {
        return Db.string("select cast(t.id as varchar) from traveler t join flight f on f.id = t.flight_id where f.carrier = ?"
                + " and f.number = ? and t.reference = ?", r.carrier(), r.number(), p.reference());
    }

    private static String awaitTraveler(Round r, Paxlst.Person p) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            String id = traveler(r, p);
            if (id != null) {
                return id;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("traveler " + p.reference() + " never recorded");
    }

    /** The manifest's own screening has run: its probable-EWI flag (no arrival on record) is the visible trace. */
    private static void awaitScreened(String traveler) throws InterruptedException {
        awaitTrue(() -> Db.count("select count(*) from hotlist_entry where subject_id = ?::uuid and kind = 'PROBABLE_EWI'", traveler) == 1,
                "manifest screening of " + traveler);
    }

    /** Waits for the listed traveler's hit on the entry and returns the traveler's id. */
    private static String awaitHit(Round r, String entry) throws InterruptedException {
        String traveler = awaitTraveler(r, r.listed());
        awaitTrue(() -> Db.count("select count(*) from hotlist_entry where watchlist_entry_id = ?::uuid and subject_id = ?::uuid",
                entry, traveler) == 1, r.kind() + " entry " + entry + " hits " + r.listed().reference());
        return traveler;
    }

    /** Screening is asynchronous: wait until no hotlist entry has been written for a second. */
    private static void awaitQuiet() throws InterruptedException {
        long last = -1;
        for (int i = 0; i < 60; i++) {
            long now = Db.count("select count(*) from hotlist_entry") + Db.count("select count(*) from alert");
            if (now == last) {
                return;
            }
            last = now;
            Thread.sleep(1000);
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within 30 s: " + what);
    }
}
