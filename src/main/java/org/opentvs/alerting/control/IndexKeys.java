package org.opentvs.alerting.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The bucket keys of the name index: family-name token skeletons with the birth year, given-name
 * token skeletons with the birth date, "*" in place of an unknown birth year; and the buckets a
 * probe looks in.
 */
final class IndexKeys {

    private static final String NO_YEAR = "*";

    private IndexKeys() {
    }

    static List<String> all(ListedPerson entry) {
        return entry.names().stream().flatMap(n -> n.allKeys().stream()).distinct().toList();
    }

    /** Family-name keys by birth year; given-name keys of entries without a birth date join the "*" year bucket. */
    static List<String> years(ListedPerson entry) {
        String year = entry.dateOfBirth() == null ? NO_YEAR : String.valueOf(entry.dateOfBirth().getYear());
        List<String> keys = entry.dateOfBirth() == null
                ? all(entry)
                : entry.names().stream().flatMap(n -> n.familyKeys().stream()).distinct().toList();
        return keys.stream().map(k -> k + "|" + year).toList();
    }

    static List<String> dates(ListedPerson entry) {
        if (entry.dateOfBirth() == null) {
            return List.of();
        }
        return entry.names().stream().flatMap(n -> n.givenKeys().stream()).distinct().map(k -> k + "|" + entry.dateOfBirth()).toList();
    }

    /** The year buckets a probe's date of birth and tolerance span, and the unknown-year bucket. */
    static List<String> probeYears(String key, LocalDate dob, int toleranceDays) {
        List<String> buckets = new ArrayList<>();
        for (int y = dob.minusDays(toleranceDays).getYear(); y <= dob.plusDays(toleranceDays).getYear(); y++) {
            buckets.add(key + "|" + y);
        }
        buckets.add(key + "|" + NO_YEAR);
        return buckets;
    }

    /** The probe's birth date, and day and month swapped where that is a date. */
    static List<String> probeDates(String key, LocalDate dob) {
        List<String> buckets = new ArrayList<>(List.of(key + "|" + dob));
        if (dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue()) {
            buckets.add(key + "|" + LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()));
        }
        return buckets;
    }
}
