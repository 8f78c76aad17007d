package org.opentvs.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.opentvs.it.Api;
import org.opentvs.it.MicroProcess;
import org.opentvs.it.Paxlst;
import org.opentvs.it.TcpProxy;
import org.opentvs.it.TestBroker;
import org.opentvs.it.TestDatabase;
import org.opentvs.platform.control.Sha256;

/**
 * The JMS channel (the message-driven bean on OpenMQ's resource adapter) on the real WAR in a
 * Payara Micro process of this test's own, on a queue and a database of its own, reaching
 * PostgreSQL through a {@link TcpProxy} the test cuts. Messages are sent with OpenMQ's client to the
 * build's broker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JmsChannelIT {

    private final String host = System.getProperty("it.db.host", "127.0.0.1");
    private final int pgPort = Integer.parseInt(System.getProperty("it.db.port", "5432"));
    private final String dbName = System.getProperty("it.db.name", "opentvs_test") + "_jms";
    private final String queueName = "OPENTVS_IT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final LocalDate date = LocalDate.now().plusDays(2);
    private TcpProxy proxy;
    private MicroProcess server;
    private Api api;
    private JMSContext jms;
    private Queue queue;

    @BeforeAll
    void start() throws Exception {
        TestDatabase.fresh(dbName);
        TestBroker.ensure();
        proxy = new TcpProxy(host, pgPort);
        server = new MicroProcess("it-jms", "127.0.0.1", proxy.port(), dbName, List.of("opentvs.jms.queue=" + queueName));
        server.start();
        server.awaitReady(Duration.ofSeconds(420));
        api = new Api(new URL(server.root().toString()));
        // ready can answer a moment before the API's filters are in place (500): wait for the API itself
        await(() -> api.get("api/v1/admin/quarantine", Api.admin()).status() == 200, "the API answering the administrator");
        jms = TestBroker.connectionFactory().createContext();
        queue = jms.createQueue(queueName);
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (proxy != null) {
                proxy.restore();
            }
            if (jms != null) {
                jms.close();
            }
        } finally {
            if (server != null) {
                server.stop();
            }
            if (proxy != null) {
                proxy.close();
            }
        }
    }

    @Test
    @Order(1)
    void textAndBytesMessagesBecomeManifests() throws Exception {
        byte[] asText = manifest("701");
        byte[] asBytes = manifest("702");
        jms.createProducer().send(queue, new String(asText, StandardCharsets.ISO_8859_1));
        BytesMessage bytes = jms.createBytesMessage();
        bytes.writeBytes(asBytes);
        jms.createProducer().send(queue, bytes);
        for (String number : List.of("701", "702")) {
            await(() -> flights(number) == 1, "flight QJ" + number + " from the queue");
            String manifest = string(
                    "select m.id from manifest m join flight f on f.id = m.flight_id where f.carrier = 'QJ' and f.number = ?",
                    number);
            Api.Reply read = api.get("api/v1/manifests/" + manifest, Api.admin());
            assertEquals(200, read.status(), read.body());
            assertEquals(2, read.json().getJsonArray("travelers").size(), read.body());
        }
        assertEquals(1, count("select count(*) from raw_message where channel = 'JMS' and status = 'ACCEPTED' and content_sha256 = ?",
                Sha256.hex(new String(asText, StandardCharsets.ISO_8859_1))));
        assertEquals(1, count("select count(*) from raw_message where channel = 'JMS' and status = 'ACCEPTED' and content_sha256 = ?",
                Sha256.hex(new String(asBytes, StandardCharsets.ISO_8859_1))));
        awaitQueueEmpty();
    }

    @Test
    @Order(2)
    void badAndEmptyMessagesAreQuarantinedWithTheirErrorAndTakenOffTheQueue() throws Exception {
        String junk = "not a manifest " + UUID.randomUUID();
        jms.createProducer().send(queue, junk);
        jms.createProducer().send(queue, jms.createBytesMessage());
        await(() -> count("select count(*) from raw_message where channel = 'JMS' and status = 'QUARANTINED' and content_sha256 = ?",
                Sha256.hex(junk)) == 1, "the bad message in quarantine");
        await(() -> count(
                "select count(*) from raw_message where channel = 'JMS' and status = 'QUARANTINED' and error_code = 'EMPTY'") == 1,
                "the empty message in quarantine");
        String junkId = string("select id from raw_message where content_sha256 = ?", Sha256.hex(junk));
        Api.Reply quarantined = api.get("api/v1/admin/quarantine/" + junkId, Api.admin());
        assertEquals(200, quarantined.status(), quarantined.body());
        assertEquals("JMS", quarantined.json().getString("channel"));
        assertEquals("MANIFEST_INVALID", quarantined.json().getString("error"), quarantined.body());
        awaitQueueEmpty();
    }

    @Test
    @Order(3)
    void aMessageThatFailsInEveryDeliveryEndsInQuarantineWithItsError() throws Exception {
        String poison = new String(manifest("703"), StandardCharsets.ISO_8859_1);
        // the fault: storing this very message fails while the database answers everything else
        execute("create function it_poison() returns trigger language plpgsql as $$ begin raise exception 'it: poison'; end $$");
        execute("create trigger it_poison before insert on raw_message for each row when (new.content_sha256 = '" + Sha256.hex(poison)
                + "' and new.status = 'RECEIVED') execute function it_poison()");
        try {
            jms.createProducer().send(queue, poison);
            await(() -> count(
                    "select count(*) from raw_message where status = 'QUARANTINED' and error_code = 'DELIVERY_FAILED' and content_sha256 = ?",
                    Sha256.hex(poison)) == 1, "the poison message in quarantine");
        } finally {
            execute("drop trigger if exists it_poison on raw_message");
            execute("drop function if exists it_poison()");
        }
        String id = string("select id from raw_message where content_sha256 = ?", Sha256.hex(poison));
        Api.Reply quarantined = api.get("api/v1/admin/quarantine/" + id, Api.admin());
        assertEquals(200, quarantined.status(), quarantined.body());
        assertTrue(quarantined.json().getString("message").contains("Failed in 5 deliveries"), quarantined.body());
        assertEquals(0, flights("703"), "quarantined, not ingested");
        awaitQueueEmpty();
    }

    @Test
    @Order(4)
    void messagesSentWhileTheDatabaseIsDownAreStoredOnceEachWhenItIsBack() throws Exception {
        List<String> numbers = List.of("711", "712", "713", "714", "715");
        proxy.cut();
        try {
            for (String number : numbers) {
                jms.createProducer().send(queue, new String(manifest(number), StandardCharsets.ISO_8859_1));
            }
            // several deliveries fail meanwhile (each waits for the pool, then rolls back)
            Thread.sleep(15_000);
            for (String number : numbers) {
                assertEquals(0, flights(number), "nothing can be stored while the database is cut");
            }
        } finally {
            proxy.restore();
        }
        for (String number : numbers) {
            await(() -> flights(number) == 1, "flight QJ" + number + " after the outage");
        }
        awaitQueueEmpty();
        Thread.sleep(3_000);
        for (String number : numbers) {
            assertEquals(1, flights(number), "exactly once: QJ" + number);
            assertEquals(1, count("select count(*) from raw_message where channel = 'JMS' and status = 'ACCEPTED' and content_sha256 = ?",
                    Sha256.hex(new String(manifest(number), StandardCharsets.ISO_8859_1))), "one accepted message: QJ" + number);
        }
    }

    private byte[] manifest(String number) {
        return new Paxlst("QJ", number, date).route("SFO", "NRT")
                .add(new Paxlst.Person("JMSQJ" + number + "A", "ALEX", "850601", "F", "JPN", "RQJ" + number + "-1", "DQJ" + number + "A",
                        "JPN"))
                .add(new Paxlst.Person("JMSQJ" + number + "B", "SAM", "900101", "M", "GBR", "RQJ" + number + "-2", "DQJ" + number + "B",
                        "GBR"))
                .bytes();
    }

    private long flights(String number) throws SQLException {
        return count("select count(*) from flight where carrier = 'QJ' and number = ?", number);
    }

    private void awaitQueueEmpty() throws Exception {
        await(() -> {
            try (QueueBrowser browser = jms.createBrowser(queue)) {
                return Collections.list(browser.getEnumeration()).isEmpty();
            }
        }, "the queue " + queueName + " empty");
    }

    private interface Condition {

        boolean holds() throws Exception;
    }

    private static void await(Condition condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 90 s: " + what);
            }
            Thread.sleep(250);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + pgPort + "/" + dbName,
                System.getProperty("it.db.user", "opentvs"),
                System.getProperty("it.db.password", "opentvs"));
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long count(String sql, Object... params) throws SQLException {
        List<String> values = strings(sql, params);
        return Long.parseLong(values.get(0));
    }

    private String string(String sql, Object... params) throws SQLException {
        List<String> values = strings(sql, params);
        assertEquals(1, values.size(), sql);
        return values.get(0);
    }

    private List<String> strings(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }
}
