package org.opentvs.alerting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.opentvs.alerting.entity.HotlistChanged;

/**
 * The subjects (travelers, identities) with a hotlist entry that notifies officers, in memory, so
 * that the verification of everybody else costs a map lookup. Loaded on first use; kept current by
 * {@link HotlistChanged} after each commit.
 */
@ApplicationScoped
public class ActionableSubjects {

    @Inject
    HotlistRecords records;

    private final Map<UUID, Set<UUID>> hotlistIdsBySubject = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    public boolean contains(UUID subjectId) {
        ensureLoaded();
        Set<UUID> ids = subjectId == null ? null : hotlistIdsBySubject.get(subjectId);
        return ids != null && !ids.isEmpty();
    }

    /** True only when the set is loaded and the subject is not in it: a check that never touches the database. */
    public boolean surelyNot(UUID subjectId) {
        return loaded && (subjectId == null || !hotlistIdsBySubject.containsKey(subjectId));
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) HotlistChanged changed) {
        if (loaded) {
            changed.changes().forEach(this::apply);
        }
    }

    /** A change committed on another node of the data grid (nothing to do until this node has loaded the set). */
    public void changedElsewhere(HotlistChanged.Change c) {
        if (loaded) {
            apply(c);
        }
    }

    private void apply(HotlistChanged.Change c) {
        if (c.actionable()) {
            hotlistIdsBySubject.computeIfAbsent(c.subjectId(), k -> ConcurrentHashMap.newKeySet()).add(c.hotlistId());
        } else {
            hotlistIdsBySubject.computeIfPresent(c.subjectId(), (k, ids) -> {
                ids.remove(c.hotlistId());
                return ids.isEmpty() ? null : ids;
            });
        }
    }

    private void ensureLoaded() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (!loaded) {
                for (Object[] r : records.actionable()) {
                    apply(new HotlistChanged.Change(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]), true));
                }
                loaded = true;
            }
        }
    }
}
