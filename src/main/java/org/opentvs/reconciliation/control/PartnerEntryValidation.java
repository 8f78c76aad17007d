package org.opentvs.reconciliation.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;
import org.opentvs.reconciliation.entity.PartnerEntry;
import org.opentvs.reconciliation.entity.Person;

/** Field rules of one partner entry line; the first broken rule is the line's reject reason. */
final class PartnerEntryValidation {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final Pattern DOCUMENT = Pattern.compile("[A-Z0-9]{1,35}");
    private static final Pattern PORT = Pattern.compile("[A-Z0-9]{1,10}");

    private PartnerEntryValidation() {
    }

    static PartnerEntry entry(int lineNo, Map<String, String> v) {
        String family = text(v, "family_name", 100, true);
        String given = text(v, "given_names", 200, false);
        LocalDate dob = date(v, "date_of_birth");
        LocalDate entry = date(v, "entry_date");
        if (dob.isAfter(entry)) {
            throw new IllegalArgumentException("date_of_birth is after entry_date");
        }
        String nationality = code(v, "nationality", COUNTRY);
        String document = code(v, "document_number", DOCUMENT);
        String documentCountry = code(v, "document_country", COUNTRY);
        String port = code(v, "port", PORT);
        return new PartnerEntry(lineNo, new Person(family, given, dob, nationality, document, documentCountry), entry, port);
    }

    private static String text(Map<String, String> v, String field, int max, boolean required) {
        String s = v.get(field);
        if (s == null || s.isEmpty()) {
            if (required) {
                throw new IllegalArgumentException(field + " is required");
            }
            return null;
        }
        if (s.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        if (s.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " contains control characters");
        }
        return s;
    }

    private static LocalDate date(Map<String, String> v, String field) {
        String s = text(v, field, 10, true);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be a date YYYY-MM-DD");
        }
    }

    private static String code(Map<String, String> v, String field, Pattern pattern) {
        String s = v.get(field);
        if (s == null || s.isEmpty()) {
            return null;
        }
        String upper = s.toUpperCase();
        if (!pattern.matcher(upper).matches()) {
            throw new IllegalArgumentException(field + " must match " + pattern.pattern());
        }
        return upper;
    }
}
