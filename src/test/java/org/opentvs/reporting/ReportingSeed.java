package org.opentvs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.opentvs.biometric.control.SyntheticIdentities;
import org.opentvs.it.Api;
import org.opentvs.it.Db;
import org.opentvs.it.Flights;

/**
 * The reporting ITs' data: two flights through the real API (manifests, holdings, captures at the
 * gate), bulk history at a third airport by SQL, alerts, a reconciliation run and ground truth.
 * Hand-counted: SFO RP100 has 6 travelers, 4 matched, 3 no-matches ending in one referral; JFK RP200
 * has 3 travelers, 1 matched; ORD has 200 historical captures (20 failures, 20 no-matches) from a
 * camera that went silent three days ago.
 */
final class ReportingSeed {

    final List<String> matchIds = new ArrayList<>();
    final List<String> noMatchIds = new ArrayList<>();
    Flights.Flight sfo;
    Flights.Flight jfk;

    void load(Api api) {
        SyntheticIdentities synth = new SyntheticIdentities(20261201);
        sfo = Flights.prepare(api, synth, "RP", "100", "SFO", "LHR", 6, "GBR", false);
        jfk = Flights.prepare(api, synth, "RP", "200", "JFK", "CDG", 3, "FRA", false);
        String sfoCam = api.client("camera RP SFO", List.of("capture-device"), List.of("RP"), List.of("SFO"));
        String jfkCam = api.client("camera RP JFK", List.of("capture-device"), List.of("RP"), List.of("JFK"));
        for (int i = 0; i < 4; i++) {
            matchIds.add(verify(api, sfoCam, Flights.request("AIR_BOARDING", sfo, "A5", "cam-a5",
                    synth.genuineCapture(sfo.travelers().get(i).face(), 0.75)), "MATCH"));
        }
        for (int i = 0; i < 3; i++) {
            noMatchIds.add(verify(api, sfoCam, Flights.request("AIR_BOARDING", sfo, "A5", "cam-a6", synth.randomUnit(128)), "NO_MATCH"));
        }
        matchIds.add(verify(api, jfkCam, Flights.request("AIR_BOARDING", jfk, "B2", "cam-b2",
                synth.genuineCapture(jfk.travelers().get(0).face(), 0.75)), "MATCH"));
        history();
    }

    private static String verify(Api api, String token, JsonObject request, String decision) {
        Api.Reply reply = api.postJson("api/v1/verifications", Api.bearer(token), request.toString());
        assertEquals(200, reply.status(), reply.body());
        assertEquals(decision, reply.json().getString("decision"));
        return reply.json().getString("id");
    }

    private void history() {
        Db.execute("insert into verification (id, at, touchpoint, port, terminal, gate, carrier, flight_number, flight_date,"
                + " device_id, device_type, device_make, device_model, decision, instruction, score, threshold, algorithm,"
                + " us_citizen, in_scope, capture_quality, attempt, elapsed_micros, caller)"
                + " select gen_random_uuid(), now() - interval '3 days' + i * interval '1 minute', 'AIR_BOARDING', 'ORD', '3', 'K7',"
                + " 'RQ', '900', current_date - 3, 'hist-cam-1', 'GATE_CAMERA', 'Acme', 'G2',"
                + " case when i % 10 = 0 then 'CAPTURE_FAILED' when i % 10 = 1 then 'NO_MATCH' else 'MATCH' end,"
                + " case when i % 10 in (0, 1) then 'RECAPTURE' else 'PROCEED' end, 0.8, 0.5, 'cosine-v1', false, true, 70, 1,"
                + " 1000 + i * 10, 'it-history' from generate_series(1, 200) i");
        Db.execute("insert into alert (id, kind, status, port, raised_at) values"
                + " (gen_random_uuid(), 'NO_MATCH', 'OPEN', 'SFO', now()), (gen_random_uuid(), 'NO_MATCH', 'RESOLVED', 'SFO', now()),"
                + " (gen_random_uuid(), 'WATCHLIST_HIT', 'ACKNOWLEDGED', 'JFK', now())");
        Db.execute("insert into job_run (execution_id, job, started_at, ended_at, batch_status, exit_status, summary)"
                + " values (990001, 'reconciliation', now() - interval '1 hour', now(), 'COMPLETED', 'COMPLETED',"
                + " '{\"matched\": 941, \"unmatched\": 59}'::jsonb)");
        for (String id : matchIds) {
            Db.execute("insert into report_ground_truth select id, true, traveler_id, 'it', now() from verification where id = ?::uuid",
                    id);
        }
        Db.execute("insert into report_ground_truth values (?::uuid, true, null, 'it', now())", noMatchIds.get(0));
        for (String id : noMatchIds.subList(1, 3)) {
            Db.execute("insert into report_ground_truth values (?::uuid, false, null, 'it', now())", id);
        }
    }
}
