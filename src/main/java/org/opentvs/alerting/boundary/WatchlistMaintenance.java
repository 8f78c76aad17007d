package org.opentvs.alerting.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.opentvs.alerting.control.DocumentKey;
import org.opentvs.alerting.control.HotlistRecords;
import org.opentvs.alerting.control.ListedFace;
import org.opentvs.alerting.control.ListedPerson;
import org.opentvs.alerting.control.WatchlistChanged;
import org.opentvs.alerting.entity.HotlistChanged;
import org.opentvs.alerting.entity.WatchlistEntry;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.control.Clock;
import org.opentvs.platform.control.DataCipher;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.entity.Caller;

/**
 * Adds and removes watch-list entries from a watch-list feed; screening reruns after each change
 * commits. Every kind of entry the feed may send is screened: names, documents only, faces only, or
 * any mix.
 */
@Stateless
public class WatchlistMaintenance {

    private static final Logger LOG = Logger.getLogger(WatchlistMaintenance.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    HotlistRecords hotlist;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<WatchlistChanged> changed;

    @Inject
    Event<HotlistChanged> hotlistChanged;

    public WatchlistEntry add(WatchlistRequest body, Caller caller) {
        Instant now = clock.now();
        WatchlistRequests.Parsed parsed = WatchlistRequests.parse(body);
        WatchlistEntry entry = parsed.entry(now, caller.auditName());
        em.persist(entry);
        em.flush();
        insertFaces(entry, parsed);
        audit.record(caller, "CREATE", "watchlist-entry", entry.id(), describe(entry, parsed));
        fireChanged(entry, parsed);
        LOG.info(() -> "Watch-list entry " + entry.id() + " listed (" + entry.category() + ")");
        return entry;
    }

    /**
     * Replaces what an entry lists (names, documents, faces, category) and raises its version; after
     * commit the open flights and loaded galleries are screened again against the new content, the
     * hits it still produces stay (decisions kept) and those it no longer produces are withdrawn.
     */
    public WatchlistEntry change(UUID id, WatchlistRequest body, Caller caller) {
        WatchlistRequests.Parsed parsed = WatchlistRequests.parse(body);
        WatchlistEntry entry = em.find(WatchlistEntry.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            throw ApiException.notFound("Watch-list entry " + id);
        }
        if (entry.removed()) {
            throw new ApiException(409, "ENTRY_REMOVED", "Watch-list entry " + id + " was removed; list a new one", null);
        }
        parsed.applyTo(entry, clock.now(), caller.auditName());
        em.flush();
        em.createNativeQuery("delete from watchlist_face where entry_id = ?").setParameter(1, id).executeUpdate();
        insertFaces(entry, parsed);
        audit.record(caller, "UPDATE", "watchlist-entry", id, "version=" + entry.version() + " " + describe(entry, parsed));
        fireChanged(entry, parsed);
        LOG.info(() -> "Watch-list entry " + id + " changed (version " + entry.version() + ")");
        return entry;
    }

    private void insertFaces(WatchlistEntry entry, WatchlistRequests.Parsed parsed) {
        for (WatchlistRequests.Face face : parsed.faces()) {
            em.createNativeQuery("insert into watchlist_face (id, entry_id, algorithm, dimension, template) values (?, ?, ?, ?, ?)")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, entry.id()).setParameter(3, face.algorithm())
                    .setParameter(4, face.dimension()).setParameter(5, cipher.encrypt(face.encoded())).executeUpdate();
        }
    }

    private static String describe(WatchlistEntry entry, WatchlistRequests.Parsed parsed) {
        return "category=" + entry.category() + " variants=" + entry.nameVariants().size() + " documents=" + entry.documents().size()
                + " faces=" + parsed.faces().size();
    }

    private void fireChanged(WatchlistEntry entry, WatchlistRequests.Parsed parsed) {
        ListedPerson biographic = ListedPerson.of(entry.id(), entry.category(), entry.familyName(), entry.givenNames(),
                entry.nameVariants(), entry.dateOfBirth(), entry.nationality(),
                entry.documents().stream().map(d -> new DocumentKey(d.number(), d.issuingCountry())).toList(), entry.version());
        ListedPerson person = biographic.screenable() ? biographic : null;
        List<ListedFace> listed = parsed.faces().stream().map(f -> new ListedFace(entry.id(), entry.category(), f.algorithm(),
                org.opentvs.biometric.control.CosineTemplate.decode(f.encoded()).vector(), entry.version())).toList();
        changed.fire(new WatchlistChanged(entry.id(), false, person, listed, entry.version()));
    }

    public void remove(UUID id, Caller caller) {
        // the entry's row is locked before its hits are withdrawn: a screening that records a hit on it waits (HotlistRecords)
        WatchlistEntry entry = em.find(WatchlistEntry.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            throw ApiException.notFound("Watch-list entry " + id);
        }
        if (entry.removed()) {
            return;
        }
        entry.remove(clock.now(), caller.auditName());
        List<HotlistChanged.Change> withdrawn = new ArrayList<>();
        for (Object[] r : hotlist.withdraw(id)) {
            withdrawn.add(new HotlistChanged.Change(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]), false));
        }
        audit.record(caller, "DELETE", "watchlist-entry", id, "hotlist entries withdrawn=" + withdrawn.size());
        changed.fire(new WatchlistChanged(id, true, null, List.of(), entry.version()));
        hotlistChanged.fire(new HotlistChanged(withdrawn));
        LOG.info(() -> "Watch-list entry " + id + " removed, " + withdrawn.size() + " hotlist entries withdrawn");
    }
}
