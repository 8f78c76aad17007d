package org.opentvs.security;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.opentvs.it.Api;
import org.opentvs.it.Db;
import org.opentvs.it.Paxlst;

/**
 * Personal data in one scope: a flight of a carrier from an airport with its manifest, gallery, a
 * crossing, an officer alert, a hotlist entry and a refused self-report, all marked with {@code marker} (names, documents)
 * so a test can tell whether any of it came back.
 */
record ScopeSeed(String carrier, String airport, String marker, String number, LocalDate date, byte[] manifestBytes,
        String manifest, String gallery, String traveler, String crossing, String alert, String hotlist) {

    static ScopeSeed plant(Api api, String carrier, String number, String airport, String to, String marker) {
        LocalDate date = LocalDate.now().plusDays(1);
        Paxlst paxlst = new Paxlst(carrier, number, date).route(airport, to)
                .add(new Paxlst.Person(marker, "ANNA", "810304", "F", "DEU", "REF-" + marker, marker + "D1", "DEU"));
        String submitter = api.client("walk carrier " + carrier, List.of("manifest-submitter"), List.of(carrier), List.of());
        Api.Reply sent = api.post("api/v1/manifests", Api.bearer(submitter), "application/edifact", paxlst.bytes());
        if (sent.status() != 201 && sent.status() != 200) {
            throw new IllegalStateException("manifest refused: " + sent.body());
        }
        String manifest = sent.json().getString("id");
        String flight = Db.string("select cast(flight_id as varchar) from manifest where id = cast(? as uuid)", manifest);
        String traveler = Db.string("select cast(id as varchar) from traveler where flight_id = cast(? as uuid) and family_name = ?",
                flight, marker);
        String gallery = galleryOf(flight);
        String crossing = UUID.randomUUID().toString();
        Db.execute("insert into crossing (id, traveler_id, direction, confirmation, touchpoint, port, carrier, flight_number, flight_date,"
                + " family_name, given_names, date_of_birth, nationality, document_number, document_country, occurred_at, recorded_at)"
                + " values (cast(? as uuid), cast(? as uuid), 'EXIT', 'BIOMETRIC', 'AIR_BOARDING', ?, ?, ?, ?, ?, 'ANNA', date '1981-03-04',"
                + " 'DEU', ?, 'DEU', now(), now())", crossing, traveler, airport, carrier, number, date, marker, marker + "D1");
        String hotlist = UUID.randomUUID().toString();
        Db.execute("insert into hotlist_entry (id, kind, subject_id, subject_kind, flight_id, category, basis, high_priority, created_at)"
                + " values (cast(? as uuid), 'WATCHLIST', cast(? as uuid), 'TRAVELER', cast(? as uuid), 'WANTED', 'DOCUMENT', false, now())",
                hotlist, traveler, flight);
        String alert = UUID.randomUUID().toString();
        Db.execute("insert into alert (id, kind, status, port, raised_at, touchpoint, terminal, gate, carrier, flight_number, flight_date,"
                + " device_id, traveler_id, category) values (cast(? as uuid), 'NO_MATCH', 'OPEN', ?, now(), 'AIR_BOARDING', '1', ?, ?, ?, ?,"
                + " ?, cast(? as uuid), null)", alert, airport, "G" + airport, carrier, number, date, "cam-" + marker, traveler);
        Db.execute("insert into self_report (id, outcome, refusal, http_status, client_id, request_id, kind, port, document_number,"
                + " document_country, family_name, latitude, longitude, accuracy_m, reported_at, received_at) values (gen_random_uuid(),"
                + " 'REFUSED', 'SELFIE_NO_MATCH', 422, 'walk', ?, 'PEDESTRIAN', ?, ?, 'DEU', ?, 49.02, -122.75, 10, now(), now())",
                "walk-" + marker, airport, marker + "D1", marker);
        return new ScopeSeed(carrier, airport, marker, number, date, paxlst.bytes(), manifest, gallery, traveler, crossing, alert, hotlist);
    }

    private static String galleryOf(String flight) {
        for (int i = 0; i < 100; i++) {
            String id = Db.string("select cast(id as varchar) from gallery where flight_id = cast(? as uuid)", flight);
            if (id != null) {
                return id;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("no gallery for flight " + flight);
    }

    /** Whether a response body carries any of this scope's personal data or record ids. */
    boolean foundIn(String body) {
        return body.contains(marker) || body.contains(manifest) || body.contains(traveler) || body.contains(crossing)
                || body.contains(alert) || body.contains(hotlist) || body.contains(gallery);
    }
}
