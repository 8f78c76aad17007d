package org.opentvs.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * A year of traffic in set-based SQL (generate_series): flights over 365 days at 10 airports and 8
 * carriers, a manifest and a gallery each, 200 travelers per flight, and one boarding capture per
 * traveler (92% match, 5% no-match, 3% capture failure; every 40th flight also at check-in).
 * No crossings: the dashboard reads the same summary columns either way.
 */
final class DashboardSeed {

    private DashboardSeed() {
    }

    static void seed(Connection c, int flights, int perFlight, LocalDate first) throws SQLException {
        String day0 = "date '" + first + "'";
        try (Statement s = c.createStatement()) {
            s.execute("insert into raw_message (id, received_at, channel, submitted_by, size_bytes, content_sha256, body, status)"
                    + " values ('00000000-0000-0000-0000-000000000001', now(), 'REST', 'bench', 0, repeat('0', 64), ''::bytea, 'ACCEPTED')");
            s.execute("insert into flight (id, carrier, number, departure_date, departure_airport, scheduled_departure, arrival_airport,"
                    + " direction, status, closed_at, created_at) select md5('f' || i)::uuid,"
                    + " (array['UA','AA','DL','BA','LH','AF','JL','EK'])[1 + i % 8], (1000 + i)::text, " + day0 + " + (i % 365),"
                    + " (array['JFK','LAX','SFO','ORD','ATL','IAD','MIA','SEA','BOS','IAH'])[1 + (i / 8) % 10],"
                    + " (" + day0 + " + (i % 365)) + time '08:00' + (i % 14) * interval '1 hour', 'LHR', 'OUTBOUND', 'CLOSED',"
                    + " (" + day0 + " + (i % 365)) + time '09:00' + (i % 14) * interval '1 hour', " + day0 + " + (i % 365) - 1"
                    + " from generate_series(1, " + flights + ") i");
            s.execute(
                    "insert into manifest (id, flight_id, raw_message_id, kind, part_number, last_part, traveler_count, received_at, submitted_by)"
                            + " select md5('m' || f.id)::uuid, f.id, '00000000-0000-0000-0000-000000000001', 'PASSENGER', 1, true, "
                            + perFlight + ","
                            + " f.scheduled_departure - interval '3 hours', 'bench' from flight f");
            s.execute("insert into gallery (id, kind, flight_id, port, status, algorithm, dimension, expected, with_reference,"
                    + " manifest_received_at, ready_at, build_millis, closed_at, created_at) select md5('g' || f.id)::uuid, 'FLIGHT', f.id,"
                    + " f.departure_airport, 'CLOSED', 'cosine-v1', 512, " + perFlight + ", " + perFlight + ","
                    + " f.scheduled_departure - interval '3 hours', f.scheduled_departure - interval '3 hours' + (40 + abs(hashtext(f.number)) % 400)"
                    + " * interval '1 millisecond', 40 + abs(hashtext(f.number)) % 400, f.closed_at, f.scheduled_departure - interval '3 hours'"
                    + " from flight f");
            s.execute("insert into traveler (id, flight_id, manifest_id, dedup_key, role, in_transit, family_name, date_of_birth, sex,"
                    + " nationality, reference, us_citizen, in_scope, status, updated_at) select gen_random_uuid(), f.id, md5('m' || f.id)::uuid,"
                    + " 'k' || j, 'PASSENGER', false, 'BENCH', date '1940-01-01' + (j * 7919 % 25000), (array['M','F'])[1 + j % 2],"
                    + " (array['GBR','DEU','FRA','IND','CHN','BRA','MEX','JPN','NGA','USA'])[1 + (j * 31) % 10], 'R' || j,"
                    + " (j * 31) % 10 = 9, (j * 31) % 10 <> 9, 'BOARDED', now() from flight f cross join generate_series(1, " + perFlight
                    + ") j");
            s.execute("insert into verification (id, at, touchpoint, port, terminal, gate, carrier, flight_number, flight_date, gallery_id,"
                    + " device_id, device_type, device_make, device_model, decision, instruction, score, threshold, algorithm, traveler_id,"
                    + " us_citizen, in_scope, capture_quality, attempt, elapsed_micros, caller)"
                    + " select gen_random_uuid(), f.scheduled_departure - interval '40 minutes' + (abs(hashtext(t.dedup_key)) % 1800) * interval '1 second',"
                    + " case when abs(hashtext(f.number)) % 40 = 0 then 'AIR_CHECK_IN' else 'AIR_BOARDING' end, f.departure_airport,"
                    + " (1 + abs(hashtext(f.number)) % 4)::text, 'G' || (1 + abs(hashtext(f.number)) % 30), f.carrier, f.number, f.departure_date,"
                    + " md5('g' || f.id)::uuid, f.departure_airport || '-cam-' || (1 + abs(hashtext(f.number)) % 30), 'GATE_CAMERA', 'Acme', 'G2',"
                    + " d.decision, case d.decision when 'MATCH' then 'PROCEED' else 'RECAPTURE' end, 0.7, 0.5, 'cosine-v1',"
                    + " case when d.decision = 'MATCH' and not t.us_citizen then t.id end, t.us_citizen, t.in_scope, 60 + abs(hashtext(t.reference)) % 40,"
                    + " 1, 20000 + abs(hashtext(t.id::text)) % 180000, 'bench' from traveler t join flight f on f.id = t.flight_id"
                    + " cross join lateral (select case when abs(hashtext(t.id::text)) % 100 < 92 then 'MATCH'"
                    + "   when abs(hashtext(t.id::text)) % 100 < 97 then 'NO_MATCH' else 'CAPTURE_FAILED' end decision) d");
            s.execute("analyze");
        }
    }
}
