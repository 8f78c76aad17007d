package org.opentvs.alerting.control;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A biographic watch-list entry as the name index holds it: every spelling, birth date, nationality, documents. */
public record ListedPerson(UUID id, String category, List<PersonName> names, LocalDate dateOfBirth, String nationality,
        List<DocumentKey> documents, int version) {

    public ListedPerson(UUID id, String category, List<PersonName> names, LocalDate dateOfBirth, String nationality,
            List<DocumentKey> documents) {
        this(id, category, names, dateOfBirth, nationality, documents, 0);
    }

    public ListedPerson {
        names = List.copyOf(names);
        documents = List.copyOf(documents);
    }

    /**
     * Variants are "FAMILY,GIVEN" or "FAMILY" as stored with the entry. An entry without a family name
     * (a lost or stolen document, say) has no names and is screened on its documents alone.
     */
    public static ListedPerson of(UUID id, String category, String family, String given, List<String> variants, LocalDate dob,
            String nationality, List<DocumentKey> documents) {
        return of(id, category, family, given, variants, dob, nationality, documents, 0);
    }

    /** The entry as listed at {@code version} (raised by every change of the entry). */
    public static ListedPerson of(UUID id, String category, String family, String given, List<String> variants, LocalDate dob,
            String nationality, List<DocumentKey> documents, int version) {
        List<PersonName> names = new java.util.ArrayList<>();
        if (family != null && !family.isBlank()) {
            names.add(PersonName.of(family, given));
        }
        for (String variant : variants) {
            int comma = variant.indexOf(',');
            names.add(comma < 0 ? PersonName.of(variant, null) : PersonName.of(variant.substring(0, comma), variant.substring(comma + 1)));
        }
        return new ListedPerson(id, category, names, dob, nationality, documents, version);
    }

    /** Whether biographic screening can find this entry at all: a name or a document. */
    public boolean screenable() {
        return !names.isEmpty() || documents.stream().anyMatch(d -> !d.number().isEmpty());
    }
}
