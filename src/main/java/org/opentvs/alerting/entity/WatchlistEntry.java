package org.opentvs.alerting.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One person on a watch list: a category (what the listing is for), names with their variant
 * spellings, date of birth, nationality and documents; faces are kept sealed beside it. Removal is
 * recorded, not deleted, so the hotlist keeps its origin.
 */
@Entity
@Table(name = "watchlist_entry")
public class WatchlistEntry {

    private static final String VARIANT_SEPARATOR = "|";

    @Id
    private UUID id;

    @Column(nullable = false)
    private String category;

    @Column(name = "family_name")
    private String familyName;

    @Column(name = "given_names")
    private String givenNames;

    @Column(name = "name_variants", nullable = false)
    private String nameVariants;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    private String nationality;

    @Column(name = "external_ref")
    private String externalRef;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_by")
    private String removedBy;

    @Column(nullable = false)
    private int version;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @ElementCollection
    @CollectionTable(name = "watchlist_document", joinColumns = @JoinColumn(name = "entry_id"))
    private List<WatchlistDocument> documents = new ArrayList<>();

    protected WatchlistEntry() {
    }

    /** Variants are whole names "FAMILY, GIVEN" or "FAMILY" as the list spells them. */
    public WatchlistEntry(String category, String familyName, String givenNames, List<String> variants, LocalDate dateOfBirth,
            String nationality, String externalRef, List<WatchlistDocument> documents, Instant at, String by) {
        if (variants.stream().anyMatch(v -> v.contains(VARIANT_SEPARATOR))) {
            throw new IllegalArgumentException("a name variant may not contain " + VARIANT_SEPARATOR);
        }
        this.id = UUID.randomUUID();
        this.category = category;
        this.familyName = familyName;
        this.givenNames = givenNames;
        this.nameVariants = String.join(VARIANT_SEPARATOR, variants);
        this.dateOfBirth = dateOfBirth;
        this.nationality = nationality;
        this.externalRef = externalRef;
        this.documents = new ArrayList<>(documents);
        this.createdAt = at;
        this.createdBy = by;
    }

    /** Replaces what the entry lists (the category too) and raises its version. */
    public void change(String category, String familyName, String givenNames, List<String> variants, LocalDate dateOfBirth,
            String nationality, String externalRef, List<WatchlistDocument> documents, Instant at, String by) {
        if (variants.stream().anyMatch(v -> v.contains(VARIANT_SEPARATOR))) {
            throw new IllegalArgumentException("a name variant may not contain " + VARIANT_SEPARATOR);
        }
        this.category = category;
        this.familyName = familyName;
        this.givenNames = givenNames;
        this.nameVariants = String.join(VARIANT_SEPARATOR, variants);
        this.dateOfBirth = dateOfBirth;
        this.nationality = nationality;
        this.externalRef = externalRef;
        this.documents.clear();
        this.documents.addAll(documents);
        this.version++;
        this.changedAt = at;
        this.changedBy = by;
    }

    public void remove(Instant at, String by) {
        if (removedAt == null) {
            this.removedAt = at;
            this.removedBy = by;
        }
    }

    public static List<String> variants(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\\" + VARIANT_SEPARATOR));
    }

    public UUID id() { return id; }
    public String category() { return category; }
    public String familyName() { return familyName; }
    public String givenNames() { return givenNames; }
    public List<String> nameVariants() { return variants(nameVariants); }
    public LocalDate dateOfBirth() { return dateOfBirth; }
    public String nationality() { return nationality; }
    public boolean removed() { return removedAt != null; }
    public int version() { return version; }
    public List<WatchlistDocument> documents() { return List.copyOf(documents); }
}
