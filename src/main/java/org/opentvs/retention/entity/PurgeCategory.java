package org.opentvs.retention.entity;

import java.util.List;

/**
 * What the purge deletes, per category: the expired keys after a key (native SQL, {@code ?1} the last
 * key of the previous chunk, {@code ?2} the cutoff, {@code ?3} the chunk size; rows locked by others
 * are skipped, never waited for) and the statements that delete them ({@code ?1} the keys as an array).
 * Conditions on other tables are scalar subqueries, evaluated per candidate row by index: as joins or
 * EXISTS the planner may scan the other table from its start on every chunk (quadratic over a purge).
 */
public enum PurgeCategory {

    US_CITIZEN_FACE("uuid", 1, false,
            "select cast(f.id as varchar) from holding_face f join holding_identity i on i.id = f.identity_id"
                    + " where f.id > cast(?1 as uuid) and i.us_citizen"
                    + " and coalesce((select true from gallery_member m join gallery g on g.id = m.gallery_id where m.face_id = f.id"
                    + "   and g.status in ('CLOSED', 'PURGED') and g.closed_at < ?2 limit 1), false)"
                    + " and not coalesce((select true from gallery_member m join gallery g on g.id = m.gallery_id where m.face_id = f.id"
                    + "   and g.status not in ('CLOSED', 'PURGED', 'FAILED') limit 1), false)"
                    + " order by f.id limit ?3 for update of f skip locked",
            "delete from holding_face where id = any(cast(?1 as uuid[]))"),

    GALLERY_MEMBER("uuid", 500, false,
            "select cast(g.id as varchar) from gallery g where g.id > cast(?1 as uuid) and g.status = 'CLOSED' and g.closed_at < ?2"
                    + " order by g.id limit ?3 for update skip locked",
            "delete from gallery_member where gallery_id = any(cast(?1 as uuid[]))",
            "update gallery set status = 'PURGED' where id = any(cast(?1 as uuid[]))"),

    /** Keyed by capture time, then id ({@code 2026-11-17T02:30:00.000000Z/<uuid>}): captures lie in the table in time order. */
    LIVE_CAPTURE("time/uuid", 1, false,
            "select to_char(lc.captured_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') || '/' || cast(lc.verification_id as varchar)"
                    + " from live_capture lc"
                    + " where lc.captured_at >= cast(split_part(?1, '/', 1) as timestamptz)"
                    + " and (lc.captured_at, lc.verification_id) > (cast(split_part(?1, '/', 1) as timestamptz), cast(split_part(?1, '/', 2) as uuid))"
                    + " and lc.captured_at < ?2"
                    + " and not coalesce((select g.kind <> 'LAND_PORT' and (g.closed_at is null or g.closed_at >= ?2)"
                    + "   from verification v join gallery g on g.id = v.gallery_id where v.id = lc.verification_id), false)"
                    + " order by lc.captured_at, lc.verification_id limit ?3 for update of lc skip locked",
            "delete from live_capture where verification_id = any(cast(?1 as uuid[]))"),

    QUARANTINED_MESSAGE("uuid", 1, false,
            "select cast(r.id as varchar) from raw_message r where r.id > cast(?1 as uuid) and r.status = 'QUARANTINED'"
                    + " and r.received_at < ?2 and not coalesce((select true from manifest m where m.raw_message_id = r.id limit 1), false)"
                    + " order by r.id limit ?3 for update skip locked",
            "delete from raw_message where id = any(cast(?1 as uuid[]))"),

    AUDIT_EVENT("bigint", 1, true,
            "select cast(a.id as varchar) from audit_event a where a.id > cast(?1 as bigint) and a.at < ?2"
                    + " order by a.id limit ?3 for update skip locked",
            "delete from audit_event where id = any(cast(?1 as bigint[]))"),

    CROSSING("uuid", 1, false,
            "select cast(c.id as varchar) from crossing c where c.id > cast(?1 as uuid) and c.occurred_at < ?2"
                    + " order by c.id limit ?3 for update skip locked",
            "delete from crossing where id = any(cast(?1 as uuid[]))");

    private static final String NO_UUID = "00000000-0000-0000-0000-000000000000";

    private final String keyType;
    private final int rowsPerKey;
    private final boolean auditTrail;
    private final String select;
    private final List<String> deletes;

    PurgeCategory(String keyType, int rowsPerKey, boolean auditTrail, String select, String... deletes) {
        this.keyType = keyType;
        this.rowsPerKey = rowsPerKey;
        this.auditTrail = auditTrail;
        this.select = select;
        this.deletes = List.of(deletes);
    }

    /** The key before every key: the first chunk starts after it. */
    public String beforeFirstKey() {
        return switch (keyType) {
            case "uuid" -> NO_UUID;
            case "time/uuid" -> "-infinity/" + NO_UUID;
            default -> "-9223372036854775808";
        };
    }

    /** The row key the delete statements take (the id part of a composite key). */
    public String rowKey(String key) {
        return keyType.equals("time/uuid") ? key.substring(key.lastIndexOf('/') + 1) : key;
    }

    /** Keys per chunk for a chunk of about {@code rows} rows (a gallery key stands for its members). */
    public int keysPerChunk(int rows) {
        return Math.max(1, rows / rowsPerKey);
    }

    /** Deleting audit events needs the session switch of V0001's append-only trigger. */
    public boolean auditTrail() {
        return auditTrail;
    }

    public String select() {
        return select;
    }

    /** The statements of one chunk, in order; the first one's row count is the chunk's count. */
    public List<String> deletes() {
        return deletes;
    }
}
