package org.opentvs.retention.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.opentvs.retention.entity.DeletionReceipt;
import org.opentvs.security.control.AuditTrail;

/**
 * The deletion receipts in {@code retention_receipt}, in the caller's transaction. Appending holds a
 * transaction-scoped advisory lock from {@link #lockChain()} to commit, so chunks are chained one
 * after the other even when partitions or nodes write at the same time. Each append also anchors the
 * new head (id and hash) in security's append-only audit trail, in the same transaction.
 */
@Dependent
public class Receipts {

    private static final long CHAIN_LOCK = 0x0_7E7E_5CE1L;
    private static final String COLUMNS = "id, run_id, category, deleted, first_key, last_key, cutoff, deleted_at, prev_hash, hash";
    private static final int PAGE = 1000;
    static final String ANCHOR_ACTOR = "retention-purge";
    static final String ANCHOR_ACTION = "RECEIPT_HEAD";
    static final String ANCHOR_TYPE = "retention_receipt";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail trail;

    public void lockChain() {
        em.createNativeQuery("select cast(pg_advisory_xact_lock(?) as varchar)").setParameter(1, CHAIN_LOCK).getSingleResult();
    }

    public DeletionReceipt append(long runId, String category, int deleted, String firstKey, String lastKey, Instant cutoff, Instant at) {
        List<DeletionReceipt> last = page("select " + COLUMNS + " from retention_receipt order by id desc limit 1", null);
        DeletionReceipt receipt = ReceiptChain.next(last.isEmpty() ? null : last.get(0), runId, category, deleted, firstKey,
                lastKey, cutoff, at);
        em.createNativeQuery("insert into retention_receipt (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, receipt.id()).setParameter(2, receipt.runId()).setParameter(3, receipt.category())
                .setParameter(4, receipt.deleted()).setParameter(5, receipt.firstKey()).setParameter(6, receipt.lastKey())
                .setParameter(7, Timestamp.from(receipt.cutoff())).setParameter(8, Timestamp.from(receipt.deletedAt()))
                .setParameter(9, receipt.prevHash()).setParameter(10, receipt.hash()).executeUpdate();
        trail.record(ANCHOR_ACTOR, ANCHOR_ACTION, ANCHOR_TYPE, receipt.id(), receipt.hash());
        return receipt;
    }

    /** The newest head of the chain the audit trail recorded (receipt id and hash), or null before the first receipt. */
    public DeletionReceipt.Anchor anchor() {
        return trail.newest(ANCHOR_ACTOR, ANCHOR_ACTION, ANCHOR_TYPE)
                .map(a -> new DeletionReceipt.Anchor(Long.parseLong(a.objectId()), a.detail().trim())).orElse(null);
    }

    /** Every receipt in id order, a page at a time. */
    public void each(Consumer<DeletionReceipt> visitor) {
        long after = Long.MIN_VALUE;
        while (true) {
            List<DeletionReceipt> page = page("select " + COLUMNS + " from retention_receipt where id > ? order by id limit " + PAGE,
                    after);
            page.forEach(visitor);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    public List<DeletionReceipt> recent(Long runId, int limit) {
        String where = runId == null ? "" : " where run_id = ?";
        return page("select " + COLUMNS + " from retention_receipt" + where + " order by id desc limit " + limit, runId);
    }

    private List<DeletionReceipt> page(String sql, Object parameter) {
        var query = em.createNativeQuery(sql);
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new DeletionReceipt(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                ((Number) r[3]).intValue(), (String) r[4], (String) r[5], instant(r[6]), instant(r[7]), ((String) r[8]).trim(),
                ((String) r[9]).trim())).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
