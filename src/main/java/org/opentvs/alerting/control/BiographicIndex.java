package org.opentvs.alerting.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The biographic watch list in memory, indexed so a person is compared with a few candidates rather
 * than every entry: by document number; by the skeleton of each family-name token (every spelling)
 * with the birth year; and by the skeleton of each given-name token with the exact birth date
 * (entries without a date of birth in "*" buckets). A probe looks up all its tokens' keys in the
 * years its date-of-birth tolerance spans and on its birth date (and day/month swapped), so a
 * spelling that changes the family name's first letter (GADHAFI, QADDAFI) still meets the given
 * name and date, and swapped family and given names still meet.
 * Safe for many readers and occasional writers.
 */
public final class BiographicIndex {

    private final BiographicComparison comparison;
    private final Map<UUID, ListedPerson> entries = new HashMap<>();
    private final Map<String, List<ListedPerson>> byDocument = new HashMap<>();
    private final Map<String, List<ListedPerson>> byKeyYear = new HashMap<>();
    private final Map<String, List<ListedPerson>> byKeyDate = new HashMap<>();
    private final Map<String, List<ListedPerson>> byKey = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public BiographicIndex(BiographicComparison comparison) {
        this.comparison = comparison;
    }

    public void add(ListedPerson entry) {
        lock.writeLock().lock();
        try {
            removeLocked(entry.id());
            entries.put(entry.id(), entry);
            for (String bucket : IndexKeys.years(entry)) {
                byKeyYear.computeIfAbsent(bucket, b -> new ArrayList<>()).add(entry);
            }
            for (String bucket : IndexKeys.dates(entry)) {
                byKeyDate.computeIfAbsent(bucket, b -> new ArrayList<>()).add(entry);
            }
            for (String key : IndexKeys.all(entry)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            }
            entry.documents().stream().map(DocumentKey::number).filter(n -> !n.isEmpty()).distinct()
                    .forEach(n -> byDocument.computeIfAbsent(n, k -> new ArrayList<>()).add(entry));
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void remove(UUID id) {
        lock.writeLock().lock();
        try {
            removeLocked(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public java.util.Optional<ListedPerson> get(UUID id) {
        lock.readLock().lock();
        try {
            return java.util.Optional.ofNullable(entries.get(id));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** An index of just this entry (empty when it is not listed), to screen a new listing against many people. */
    public BiographicIndex only(UUID id) {
        BiographicIndex one = new BiographicIndex(comparison);
        get(id).ifPresent(one::add);
        return one;
    }

    public BiographicComparison comparison() {
        return comparison;
    }

    public int size() {
        lock.readLock().lock();
        try {
            return entries.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The entries this person is a hit on, each with its agreement. */
    public List<BiographicHit> screen(ScreenedPerson person) {
        Map<UUID, ListedPerson> candidates = new LinkedHashMap<>();
        lock.readLock().lock();
        try {
            for (DocumentKey d : person.documents()) {
                byDocument.getOrDefault(d.number(), List.of()).forEach(e -> candidates.putIfAbsent(e.id(), e));
            }
            for (String key : person.name().allKeys()) {
                if (person.dateOfBirth() == null) {
                    byKey.getOrDefault(key, List.of()).forEach(e -> candidates.putIfAbsent(e.id(), e));
                    continue;
                }
                for (String bucket : IndexKeys.probeYears(key, person.dateOfBirth(), comparison.dobToleranceDays())) {
                    byKeyYear.getOrDefault(bucket, List.of()).forEach(e -> candidates.putIfAbsent(e.id(), e));
                }
                for (String bucket : IndexKeys.probeDates(key, person.dateOfBirth())) {
                    byKeyDate.getOrDefault(bucket, List.of()).forEach(e -> candidates.putIfAbsent(e.id(), e));
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        List<BiographicHit> hits = new ArrayList<>();
        for (ListedPerson entry : candidates.values()) {
            BiographicHit hit = comparison.screen(person, entry);
            if (hit != null) {
                hits.add(hit);
            }
        }
        return hits;
    }

    private void removeLocked(UUID id) {
        ListedPerson old = entries.remove(id);
        if (old == null) {
            return;
        }
        IndexKeys.years(old).forEach(b -> drop(byKeyYear, b, id));
        IndexKeys.dates(old).forEach(b -> drop(byKeyDate, b, id));
        IndexKeys.all(old).forEach(k -> drop(byKey, k, id));
        old.documents().forEach(d -> drop(byDocument, d.number(), id));
    }

    private static void drop(Map<String, List<ListedPerson>> map, String key, UUID id) {
        List<ListedPerson> list = map.get(key);
        if (list != null) {
            list.removeIf(e -> e.id().equals(id));
            if (list.isEmpty()) {
                map.remove(key);
            }
        }
    }
}
