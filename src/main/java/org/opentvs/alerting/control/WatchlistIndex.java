package org.opentvs.alerting.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The watch list in memory: the biographic index (names and documents) and the listed faces. Loaded
 * from the database on first use and kept current by {@link WatchlistChanged} the moment a change
 * commits, before any screening that follows it; {@link #refresh} re-reads one entry from the
 * database, so a rescreening never depends on the order in which commit callbacks run. A change
 * that commits while the list is being loaded waits for the load and is applied after it (it is
 * never lost between the load's read and its publication); an older version of an entry never
 * replaces a newer one, and a removed entry never comes back (removal is final), whatever order a
 * late refresh and a change arrive in.
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
    private final Map<UUID, Integer> versions = new ConcurrentHashMap<>();
    private final Set<UUID> removed = ConcurrentHashMap.newKeySet();

    public BiographicIndex biographic() {
        ensureLoaded();
        return biographic;
    }

    public List<ListedFace> faces() {
        ensureLoaded();
        return faces.values().stream().flatMap(List::stream).toList();
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(1000) WatchlistChanged change) {
        synchronized (this) {
            if (change.removed()) {
                removed.add(change.entryId());
            }
            if (biographic == null) {
                return; // not loaded yet: the first use reads the committed change from the database
            }
            apply(change.entryId(), change.version(), Optional.ofNullable(change.person()), change.faces());
        }
    }

    /** Brings one entry in memory to what the database holds now (call inside a transaction that can see the change). */
    public void refresh(UUID entryId) {
        ensureLoaded();
        WatchlistEntries.Listed listed = entries.listed(entryId);
        synchronized (this) {
            if (listed.version() == null) {
                removed.add(entryId);
                apply(entryId, Integer.MAX_VALUE, Optional.empty(), List.of());
            } else {
                apply(entryId, listed.version(), listed.person(), listed.faces());
            }
        }
    }

    private void apply(UUID entryId, int version, Optional<ListedPerson> person, List<ListedFace> listed) {
        Integer known = versions.get(entryId);
        if (known != null && known > version && !removed.contains(entryId)) {
            return; // a newer version is in place already
        }
        versions.put(entryId, version);
        biographic.remove(entryId);
        faces.remove(entryId);
        if (removed.contains(entryId)) {
            return;
        }
        person.filter(ListedPerson::screenable).ifPresent(biographic::add);
        if (!listed.isEmpty()) {
            faces.put(entryId, List.copyOf(listed));
        }
    }

    private void ensureLoaded() {
        if (biographic != null) {
            return;
        }
        synchronized (this) {
            if (biographic == null) {
                BiographicIndex index = new BiographicIndex(policy.comparison());
                entries.people().stream().filter(p -> !removed.contains(p.id())).forEach(p -> {
                    index.add(p);
                    versions.merge(p.id(), p.version(), Math::max);
                });
                entries.faces().stream().filter(f -> !removed.contains(f.entryId())).forEach(f -> {
                    faces.computeIfAbsent(f.entryId(), k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(f);
                    versions.merge(f.entryId(), f.version(), Math::max);
                });
                biographic = index;
                LOG.info(() -> "Watch list loaded: " + index.size() + " biographic entries, " + faces.size() + " with faces");
            }
        }
    }
}
