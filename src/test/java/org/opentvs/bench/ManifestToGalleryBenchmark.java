package org.opentvs.bench;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opentvs.biometric.control.SyntheticIdentities;
import org.opentvs.it.Api;
import org.opentvs.it.Paxlst;
import org.opentvs.it.Templates;

/**
 * Receipt of a generated 500-traveler PAXLST to gallery READY, against a running OpenTVS, with a
 * reference face enrolled for every traveler. Not a test: a command (see README "Benchmarks").
 * Arguments: base URL, admin password, flights (default 30), travelers per flight (default 500).
 */
public final class ManifestToGalleryBenchmark {

    private ManifestToGalleryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Api api = new Api(new URL(args.length > 0 ? args[0] : "http://127.0.0.1:8080/"));
        Api.adminPassword(args.length > 1 ? args[1] : "opentvs-dev-admin");
        int flights = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int size = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        String run = Long.toString(System.currentTimeMillis() % 100_000, 36).toUpperCase();
        String carrier = "Z" + (char) ('A' + (int) (System.currentTimeMillis() % 26));
        String submitter = api.client("bench carrier " + run, List.of("manifest-submitter"), List.of(carrier), List.of());
        String feed = api.client("bench holdings " + run, List.of("holdings-feed"), List.of(), List.of());
        SyntheticIdentities synth = new SyntheticIdentities(run.hashCode());
        double[] server = new double[flights];
        double[] client = new double[flights];
        double[] parse = new double[flights];
        double[] record = new double[flights];
        double[] build = new double[flights];
        for (int f = 0; f < flights; f++) {
            String number = String.valueOf(1000 + f);
            Paxlst manifest = new Paxlst(carrier, number, LocalDate.now().plusDays(1 + f / 500));
            List<Paxlst.Person> people = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                people.add(new Paxlst.Person("B" + run + "F" + f + "N" + i, "KIM", "900101", "F", "KOR", "B" + run + "-" + f + "-" + i,
                        "K" + run + f + "X" + i, "KOR"));
            }
            for (Paxlst.Person p : people) {
                Api.Reply r = api.postJson("api/v1/holdings/identities", Api.bearer(feed),
                        Templates.identity(p, synth.randomUnit(512), false));
                if (r.status() != 201) {
                    throw new IllegalStateException("enrolment failed: " + r.body());
                }
            }
            manifest.addAll(people);
            byte[] body = manifest.bytes();
            long started = System.nanoTime();
            Api.Reply reply = api.post("api/v1/manifests", Api.bearer(submitter), "application/edifact", body);
            client[f] = (System.nanoTime() - started) / 1e6;
            if (reply.status() != 201) {
                throw new IllegalStateException("manifest refused: " + reply.body());
            }
            JsonObject gallery = reply.json().getJsonObject("gallery");
            if (!"READY".equals(gallery.getString("status")) || gallery.getInt("withReference") != size) {
                throw new IllegalStateException("gallery not ready with every reference: " + gallery);
            }
            server[f] = gallery.getInt("buildMillis");
            JsonObject timing = reply.json().getJsonObject("timing");
            parse[f] = timing.getJsonNumber("parseMillis").doubleValue();
            record[f] = timing.getJsonNumber("recordMillis").doubleValue();
            build[f] = timing.getJsonNumber("galleryMillis").doubleValue();
            System.out.printf("flight %s%s: receipt->READY %d ms (server), %.1f ms round trip%n", carrier, number,
                    gallery.getInt("buildMillis"), client[f]);
        }
        System.out.println("receipt -> gallery READY (server, ms):  " + Percentiles.of(server));
        System.out.println("POST /manifests round trip (client, ms): " + Percentiles.of(client));
        System.out.println("  parse PAXLST (ms):                     " + Percentiles.of(parse));
        System.out.println("  record flight/manifest/travelers (ms): " + Percentiles.of(record));
        System.out.println("  link holdings + build gallery (ms):    " + Percentiles.of(build));
    }
}
