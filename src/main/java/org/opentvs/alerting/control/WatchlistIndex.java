package org.opentvs.alerting.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The watch list in memory: the biographic name index and the listed faces. Loaded from the
 * database on first use and kept current by {@link WatchlistChanged} the moment a change commits,
 * before any screening that follows it.
 */
@ApplicationScoped
public class WatchlistIndex {

    private static final Logger LOG = Logger.getLogger(WatchlistIndex.class.getName());

    @Inject
    WatchlistEntries entries;

    @Inject
    ScreeningPolicy policy;

    private volatile BiographicIndex biographic;
    private final Map<UUID, List<ListedFace>> faces = new ConcurrentHashMap<>();

    public BiographicIndex biographic() {
        ensureLoaded();
        return biographic;
    }

    public List<ListedFace> faces() {
        ensureLoaded();
        return faces.values().stream().flatMap(List::stream).toList();
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(1000) WatchlistChanged change) {
        BiographicIndex index = biographic;
        if (index == null) {
            return;  // not loaded yet: the first use reads the committed change from the database
        }
        synchronized (this) {
            index.remove(change.entryId());
            faces.remove(change.entryId());
            if (!change.removed()) {
                if (change.person() != null) {
                    index.add(change.person());
                }
                if (!change.faces().isEmpty()) {
                    faces.put(change.entryId(), change.faces());
                }
            }
        }
    }

    private void ensureLoaded() {
        if (biographic != null) {
            return;
        }
        synchronized (this) {
            if (biographic == null) {
                BiographicIndex index = new BiographicIndex(policy.comparison());
                entries.people().forEach(index::add);
                entries.faces().forEach(f -> faces.computeIfAbsent(f.entryId(), k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(f));
                biographic = index;
                LOG.info(() -> "Watch list loaded: " + index.size() + " biographic entries, " + faces.size() + " with faces");
            }
        }
    }
}
