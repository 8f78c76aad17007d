package org.opentvs.alerting.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.opentvs.alerting.control.HotlistRows;
import org.opentvs.alerting.control.HotlistView;
import org.opentvs.alerting.entity.HotlistChanged;
import org.opentvs.alerting.entity.HotlistEntry;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.control.Clock;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.control.ScopePolicy;
import org.opentvs.security.entity.Caller;

/** The PAU analyst's work: read the hotlist (audited), validate or dismiss a hit with a reason (audited). */
@Stateless
public class HotlistReview {

    private static final Logger LOG = Logger.getLogger(HotlistReview.class.getName());
    static final int MAX_REASON = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    HotlistRows rows;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<HotlistChanged> changed;

    public List<HotlistView> list(String status, int limit, Caller caller) {
        List<HotlistView> list = rows.list(status, limit, ScopePolicy.of(caller));
        audit.record(caller, "READ", "hotlist", null, "rows=" + list.size() + (status == null ? "" : " status=" + status));
        return list;
    }

    public HotlistView decide(UUID id, boolean validate, String reason, Caller caller) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("REASON_REQUIRED", "A validation or dismissal needs a reason");
        }
        if (reason.length() > MAX_REASON) {
            throw ApiException.invalid("REASON_TOO_LONG", "A reason may have at most " + MAX_REASON + " characters");
        }
        HotlistEntry entry = em.find(HotlistEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null || rows.one(id, ScopePolicy.of(caller)) == null) {
            throw ApiException.notFound("Hotlist entry " + id);
        }
        try {
            if (validate) {
                entry.validate(reason.trim(), caller.auditName(), clock.now());
            } else {
                entry.dismiss(reason.trim(), caller.auditName(), clock.now());
            }
        } catch (IllegalStateException e) {
            throw new ApiException(409, "WITHDRAWN", e.getMessage(), null);
        }
        em.flush();
        audit.record(caller, validate ? "VALIDATE" : "DISMISS", "hotlist-entry", id, reason.trim());
        changed.fire(new HotlistChanged(List.of(new HotlistChanged.Change(id, entry.subjectId(), entry.actionable()))));
        LOG.info(() -> "Hotlist entry " + id + " " + entry.status() + " by " + caller.auditName());
        return rows.one(id, ScopePolicy.of(caller));
    }
}
