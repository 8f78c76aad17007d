package org.opentvs.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
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
import org.opentvs.it.Paxlst;

/**
 * PAXLST fields are checked against their columns before anything is written, a refused or failed
 * message is always in the quarantine, travelers per message are capped, and the largest allowed
 * message is applied in bounded time, also when parts of one flight arrive together.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManifestLimitsIT {

    private static final String EDIFACT = "application/edifact";
    private static final int MAX_TRAVELERS = 10_000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    private Api.Reply send(byte[] message) {
        return new Api(deployment).post("api/v1/manifests", Api.admin(), EDIFACT, message);
    }

    private static Paxlst.Person person(String flight, int i) {
        return new Paxlst.Person("QXTRAVELER" + letters(i), "ALEX", "850601", "F", "DEU", "R" + flight + "-" + i, "D" + flight + "N" + i,
                "DEU");
    }

    private static String letters(int i) {
        StringBuilder s = new StringBuilder();
        for (int n = i; n > 0 || s.isEmpty(); n /= 26) {
            s.append((char) ('A' + n % 26));
        }
        return s.toString();
    }

    private static List<Paxlst.Person> people(String flight, int from, int count, UnaryOperator<Paxlst.Person> change) {
        List<Paxlst.Person> people = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            people.add(change.apply(person(flight, i)));
        }
        return people;
    }

    private static void quarantined(Api.Reply reply, String reason, String words) {
        assertEquals(422, reply.status(), reply.body());
        JsonObject body = reply.json();
        assertEquals("MANIFEST_INVALID", body.getString("error"));
        assertEquals(reason, body.getString("reason"), reply.body());
        assertTrue(body.getString("message").contains(words), reply.body());
        assertEquals(reason, Db.string("select error_code from raw_message where id = ?::uuid and status = 'QUARANTINED'",
                body.getString("quarantineId")), "kept in quarantine with its reason");
    }

    @Test
    void fieldsLongerThanTheirColumnAreQuarantinedNamingTheField() {
        LocalDate date = LocalDate.now().plusDays(5);
        Paxlst.Person ok = person("XL1", 1);
        quarantined(send(new Paxlst("XL", "1", date).route("SFOAIRPORT", "YVR").add(ok).bytes()), "MANIFEST_INVALID", "departure airport");
        quarantined(send(new Paxlst("XL", "2", date).add(new Paxlst.Person(ok.family(), ok.given(), ok.dob(), ok.sex(), "GERMANY",
                ok.reference(), ok.document(), ok.issuer())).bytes()), "MANIFEST_INVALID", "traveler 1 nationality");
        quarantined(send(new Paxlst("XL", "3", date).add(new Paxlst.Person(ok.family(), ok.given(), ok.dob(), ok.sex(), ok.nationality(),
                ok.reference(), "N".repeat(36), ok.issuer())).bytes()), "MANIFEST_INVALID", "traveler 1 document number");
        quarantined(send(new Paxlst("XL", "4", date).add(person("XL4", 0)).add(new Paxlst.Person("F".repeat(101), ok.given(), ok.dob(),
                ok.sex(), ok.nationality(), ok.reference(), ok.document(), ok.issuer())).bytes()), "MANIFEST_INVALID",
                "traveler 2 family name");
        assertEquals(0, Db.count("select count(*) from flight where carrier = 'XL' and number in ('1', '2', '3', '4')"), "nothing written");
    }

    @Test
    void moreTravelersThanAllowedAreRefusedAndQuarantined() {
        byte[] message = new Paxlst("XC", "1", LocalDate.now().plusDays(5)).addAll(people("XC1", 0, MAX_TRAVELERS + 1, p -> p)).bytes();
        quarantined(send(message), "TOO_MANY_TRAVELERS", "at most " + MAX_TRAVELERS);
        assertEquals(0, Db.count("select count(*) from flight where carrier = 'XC'"));
    }

    @Test
    void aMessageFailingUnexpectedlyIsQuarantinedWithItsError() {
        Db.execute("create or replace function qx_fail() returns trigger language plpgsql as $$ begin"
                + " if new.family_name = 'QXFAILME' then raise exception 'simulated fault'; end if; return new; end $$");
        Db.execute("create trigger qx_fail before insert on traveler for each row execute function qx_fail()");
        try {
            Api.Reply reply = send(new Paxlst("XF", "1", LocalDate.now().plusDays(5)).add(new Paxlst.Person("QXFAILME", "A", "850601", "F",
                    "DEU", "RXF1", "DXF1", "DEU")).bytes());
            assertEquals(500, reply.status(), reply.body());
            assertTrue(!reply.body().contains("simulated") && !reply.body().contains("Exception"), reply.body());
            assertEquals("PROCESSING_FAILED", Db.string("select error_code from raw_message where id = ?::uuid and status = 'QUARANTINED'",
                    reply.json().getString("quarantineId")));
        } finally {
            Db.execute("drop trigger qx_fail on traveler");
        }
    }

    @Test
    void aDeadlockReportedByTheDatabaseIsRetried() {
        Db.execute("create sequence if not exists qx_deadlock_once");
        Db.execute("create or replace function qx_deadlock() returns trigger language plpgsql as $$ begin"
                + " if new.family_name = 'QXDEADLOCK' and nextval('qx_deadlock_once') = 1 then"
                + " raise exception 'simulated deadlock' using errcode = '40P01'; end if; return new; end $$");
        Db.execute("create trigger qx_deadlock before insert on traveler for each row execute function qx_deadlock()");
        try {
            Api.Reply reply = send(
                    new Paxlst("XD", "1", LocalDate.now().plusDays(5)).add(new Paxlst.Person("QXDEADLOCK", "A", "850601", "F",
                            "DEU", "RXD1", "DXD1", "DEU")).bytes());
            assertEquals(201, reply.status(), reply.body());
            assertEquals(1, Db.count("select count(*) from traveler where family_name = 'QXDEADLOCK'"));
        } finally {
            Db.execute("drop trigger qx_deadlock on traveler");
        }
    }

    @Test
    void theLargestAllowedMessageIsAppliedInBoundedTimeAndItsRetransmissionToo() {
        LocalDate date = LocalDate.now().plusDays(6);
        byte[] first = new Paxlst("XB", "1", date).addAll(people("XB1", 0, MAX_TRAVELERS, p -> p)).bytes();
        Timed sent = timed(() -> send(first));
        assertEquals(201, sent.reply().status(), sent.reply().body());
        byte[] renewed = new Paxlst("XB", "1", date).addAll(people("XB1", 0, MAX_TRAVELERS, p -> new Paxlst.Person(p.family(), p.given(),
                p.dob(), p.sex(), p.nationality(), p.reference(), "NEW" + p.document(), p.issuer()))).bytes();
        Timed again = timed(() -> send(renewed));
        assertEquals(201, again.reply().status(), again.reply().body());
        System.out.printf("Largest allowed manifest (%d travelers, %d bytes): first %d ms (record %s ms), re-transmission with every"
                + " document changed %d ms (record %s ms)%n", MAX_TRAVELERS, first.length, sent.millis(), recordMillis(sent),
                again.millis(), recordMillis(again));
        assertEquals(MAX_TRAVELERS, Db.count("select count(*) from traveler t join flight f on f.id = t.flight_id where f.carrier = 'XB'"));
        assertEquals(MAX_TRAVELERS, Db.count("select count(*) from traveler_document d join traveler t on t.id = d.traveler_id"
                + " join flight f on f.id = t.flight_id where f.carrier = 'XB' and d.number like 'NEW%'"),
                "the old documents are replaced");
        assertEquals(MAX_TRAVELERS, Db.count("select count(*) from traveler_document d join traveler t on t.id = d.traveler_id"
                + " join flight f on f.id = t.flight_id where f.carrier = 'XB'"));
        assertTrue(sent.millis() < 60_000 && again.millis() < 60_000, "bounded: " + sent.millis() + " / " + again.millis() + " ms");
    }

    @Test
    void partsOfOneFlightAndInterchangesNamingTheSameFlightsArriveTogetherWithoutDeadlock() throws Exception {
        LocalDate date = LocalDate.now().plusDays(7);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int part = 0; part < 4; part++) {
                byte[] message = new Paxlst("XP", "1", date).part("0" + (part + 1) + (part == 3 ? ":F" : ":C"))
                        .addAll(people("XP1", part * 500, 500, p -> p)).bytes();
                replies.add(pool.submit(() -> send(message)));
            }
            for (int round = 0; round < 6; round++) {
                Paxlst a = new Paxlst("XP", "2", date).part("01:C").addAll(people("XP2", round * 10, 10, p -> p));
                Paxlst b = new Paxlst("XP", "3", date).part("01:C").addAll(people("XP3", round * 10, 10, p -> p));
                replies.add(pool.submit(() -> send(Interchanges.of(a, b))));
                replies.add(pool.submit(() -> send(Interchanges.of(b, a))));
            }
            for (Future<Api.Reply> reply : replies) {
                Api.Reply r = reply.get();
                assertTrue(r.status() == 201 || r.status() == 200, r.status() + " " + r.body());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2000,
                Db.count("select count(*) from traveler t join flight f on f.id = t.flight_id where f.carrier = 'XP' and f.number = '1'"));
        assertEquals(60,
                Db.count("select count(*) from traveler t join flight f on f.id = t.flight_id where f.carrier = 'XP' and f.number = '2'"));
    }

    private record Timed(Api.Reply reply, long millis) {
    }

    private static Timed timed(java.util.function.Supplier<Api.Reply> call) {
        long started = System.nanoTime();
        Api.Reply reply = call.get();
        return new Timed(reply, (System.nanoTime() - started) / 1_000_000);
    }

    private static String recordMillis(Timed timed) {
        return String.valueOf(Math.round(timed.reply().json().getJsonObject("timing").getJsonNumber("recordMillis").doubleValue()));
    }
}
