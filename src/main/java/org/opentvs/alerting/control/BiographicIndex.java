package org.opentvs.alerting.control;

import java.time.LocalDate;
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

    private static final String NO_YEAR = "*";

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
            for (String bucket : buckets(entry)) {
                byKeyYear.computeIfAbsent(bucket, b -> new ArrayList<>()).add(entry);
            }
            for (String bucket : dateBuckets(entry)) {
                byKeyDate.computeIfAbsent(bucket, b -> new ArrayList<>()).add(entry);
            }
            for (String key : keys(entry)) {
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
                for (String bucket : probeBuckets(key, person.dateOfBirth())) {
                    byKeyYear.getOrDefault(bucket, List.of()).forEach(e -> candidates.putIfAbsent(e.id(), e));
                }
                for (String bucket : probeDates(key, person.dateOfBirth())) {
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

    private List<String> probeBuckets(String key, LocalDate dob) {
        int tolerance = comparison.dobToleranceDays();
        List<String> buckets = new ArrayList<>();
        for (int y = dob.minusDays(tolerance).getYear(); y <= dob.plusDays(tolerance).getYear(); y++) {
            buckets.add(key + "|" + y);
        }
        buckets.add(key + "|" + NO_YEAR);
        return buckets;
    }

    private static List<String> probeDates(String key, LocalDate dob) {
        List<String> buckets = new ArrayList<>(List.of(key + "|" + dob));
        if (dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue()) {
            buckets.add(key + "|" + LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()));
        }
        return buckets;
    }

    private static List<String> keys(ListedPerson entry) {
        return entry.names().stream().flatMap(n -> n.allKeys().stream()).distinct().toList();
    }

    /** Family-name keys by birth year; given-name keys of entries without a birth date join the "*" year bucket. */
    private static List<String> buckets(ListedPerson entry) {
        String year = entry.dateOfBirth() == null ? NO_YEAR : String.valueOf(entry.dateOfBirth().getYear());
        List<String> keys = entry.dateOfBirth() == null ? keys(entry)
                : entry.names().stream().flatMap(n -> n.familyKeys().stream()).distinct().toList();
        return keys.stream().map(k -> k + "|" + year).toList();
    }

    private static List<String> dateBuckets(ListedPerson entry) {
        if (entry.dateOfBirth() == null) {
            return List.of();
        }
        return entry.names().stream().flatMap(n -> n.givenKeys().stream()).distinct().map(k -> k + "|" + entry.dateOfBirth()).toList();
    }

    private void removeLocked(UUID id) {
        ListedPerson old = entries.remove(id);
        if (old == null) {
            return;
        }
        buckets(old).forEach(b -> drop(byKeyYear, b, id));
        dateBuckets(old).forEach(b -> drop(byKeyDate, b, id));
        keys(old).forEach(k -> drop(byKey, k, id));
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
