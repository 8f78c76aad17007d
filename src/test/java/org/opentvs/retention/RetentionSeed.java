package org.opentvs.retention;

import java.util.List;
import java.util.UUID;
import org.opentvs.it.Db;

/** Rows to purge and rows to keep, written with set-based SQL straight into the test database. */
public final class RetentionSeed {

    private RetentionSeed() {
    }

    /** A gallery of the given status, closed {@code closedAgo} ago (an SQL interval) or not at all. */
    public static UUID gallery(String status, String closedAgo) {
        UUID id = UUID.randomUUID();
        Db.execute("insert into gallery (id, kind, status, closed_at, created_at) values (?, 'FLIGHT', ?,"
                + " now() - cast(cast(? as text) as interval), now() - interval '30 days')",
                id, status, closedAgo);
        return id;
    }

    /** A holdings identity with one face, member of the given galleries; returns the face id. */
    public static UUID face(boolean usCitizen, UUID... galleries) {
        UUID identity = UUID.randomUUID();
        UUID face = UUID.randomUUID();
        Db.execute("insert into holding_identity (id, source, family_name, us_citizen, name_key, created_at, created_by)"
                + " values (?, 'TEST', 'RETENTION', ?, 'retention', now(), 'it')", identity, usCitizen);
        Db.execute("insert into holding_face (id, identity_id, algorithm, dimension, template, created_at)"
                + " values (?, ?, 'cosine-v1', 4, '\\x00'::bytea, now())", face, identity);
        for (UUID gallery : galleries) {
            Db.execute("insert into gallery_member (gallery_id, member_id, face_id, us_citizen, in_scope) values (?, ?, ?, ?, true)",
                    gallery, identity, face, usCitizen);
        }
        return face;
    }

    /** {@code count} verifications with a live capture taken {@code ago} ago in gallery {@code gallery} (or none). */
    public static List<String> captures(int count, String ago, UUID gallery) {
        String tag = "it-" + UUID.randomUUID();
        Db.execute("insert into verification (id, at, touchpoint, port, gallery_id, device_id, decision, instruction, attempt,"
                + " elapsed_micros, caller) select gen_random_uuid(), now() - cast(? as interval), 'BOARDING', 'JFK', cast(? as uuid), ?,"
                + " 'MATCH', 'PROCEED', 1, 100, 'it' from generate_series(1, ?)", ago, gallery, tag, count);
        Db.execute("insert into live_capture (verification_id, captured_at, algorithm, sealed) select id, at, 'cosine-v1',"
                + " '\\x0102'::bytea from verification where device_id = ?", tag);
        return Db.strings("select cast(id as varchar) from verification where device_id = ?", tag);
    }

    public static long capturesLeft(List<String> ids) {
        return Db.count("select count(*) from live_capture where verification_id = any(cast(? as uuid[]))",
                "{" + String.join(",", ids) + "}");
    }

    public static UUID rawMessage(String status, String ago) {
        UUID id = UUID.randomUUID();
        Db.execute("insert into raw_message (id, received_at, channel, submitted_by, size_bytes, content_sha256, body, status)"
                + " values (?, now() - cast(? as interval), 'REST', 'it', 1, repeat('0', 64), '\\x00'::bytea, ?)", id, ago, status);
        return id;
    }

    public static long audit(String ago) {
        return Long.parseLong(Db.string("insert into audit_event (at, actor, action, object_type, detail)"
                + " values (now() - cast(? as interval), 'it', 'READ', 'retention-it', 'seed') returning id", ago));
    }

    public static UUID crossing(String ago) {
        UUID id = UUID.randomUUID();
        Db.execute("insert into crossing (id, direction, confirmation, port, occurred_at, recorded_at)"
                + " values (?, 'EXIT', 'BIOGRAPHIC', 'JFK', now() - cast(? as interval), now())", id, ago);
        return id;
    }

    public static boolean exists(String table, String column, Object id) {
        return Db.count("select count(*) from " + table + " where " + column + " = ?", id) > 0;
    }

    /** Changes receipts the way someone with the table owner's rights could: trigger off, change, trigger on. */
    public static int tamper(String sql) {
        Db.execute("alter table retention_receipt disable trigger retention_receipt_no_change");
        try {
            return Db.execute(sql);
        } finally {
            Db.execute("alter table retention_receipt enable trigger retention_receipt_no_change");
        }
    }
}
