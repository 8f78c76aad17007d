package org.opentvs.manifest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person expected on a flight, as the latest transmission described them (the last transmission
 * wins per traveler). US citizenship and scope are derived, never sent.
 */
@Entity
@Table(name = "traveler")
public class Traveler {

    @Id
    private UUID id;

    @Column(name = "flight_id", nullable = false)
    private UUID flightId;

    @Column(name = "manifest_id", nullable = false)
    private UUID manifestId;

    @Column(name = "dedup_key", nullable = false)
    private String dedupKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TravelerRole role;

    @Column(name = "in_transit", nullable = false)
    private boolean inTransit;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "given_names")
    private String givenNames;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    private String sex;
    private String nationality;

    @Column(name = "residence_country")
    private String residenceCountry;

    @Column(name = "birth_place")
    private String birthPlace;

    private String embarkation;
    private String debarkation;
    private String reference;
    private String reservation;
    private String seat;

    @Column(name = "us_citizen", nullable = false)
    private boolean usCitizen;

    @Column(name = "in_scope", nullable = false)
    private boolean inScope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TravelerStatus status;

    @Column(name = "holding_id")
    private UUID holdingId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Transient
    private List<TravelerDocument> documents = List.of();

    @Transient
    private boolean documentsChanged;

    protected Traveler() {
    }

    public Traveler(UUID flightId, String dedupKey) {
        this.id = UUID.randomUUID();
        this.flightId = flightId;
        this.dedupKey = dedupKey;
        this.status = TravelerStatus.EXPECTED;
    }

    /** Replaces what the carrier said about this traveler with the latest transmission. */
    public void describe(TravelerFacts facts, UUID manifestId, Instant at) {
        this.manifestId = manifestId;
        this.role = facts.role();
        this.inTransit = facts.inTransit();
        this.familyName = facts.familyName();
        this.givenNames = facts.givenNames();
        this.dateOfBirth = facts.dateOfBirth();
        this.sex = facts.sex();
        this.nationality = facts.nationality();
        this.residenceCountry = facts.residenceCountry();
        this.birthPlace = facts.birthPlace();
        this.embarkation = facts.embarkation();
        this.debarkation = facts.debarkation();
        this.reference = facts.reference();
        this.reservation = facts.reservation();
        this.seat = facts.seat();
        List<TravelerDocument> next = List.copyOf(facts.documents());
        this.documentsChanged |= !next.equals(documents);
        this.documents = next;
        this.usCitizen = facts.usCitizen();
        this.inScope = facts.inScope();
        this.updatedAt = at;
        if (status == TravelerStatus.REMOVED) {
            status = TravelerStatus.EXPECTED;
        }
    }

    public void remove(UUID manifestId, Instant at) {
        this.status = TravelerStatus.REMOVED;
        this.manifestId = manifestId;
        this.updatedAt = at;
    }

    public void settleAtCloseOut(boolean boarded, Instant at) {
        if (status != TravelerStatus.REMOVED) {
            this.status = boarded ? TravelerStatus.BOARDED : TravelerStatus.NOT_BOARDED;
            this.updatedAt = at;
        }
    }

    /** The documents as stored, read with the traveler. */
    public void documentsAsStored(List<TravelerDocument> stored) {
        this.documents = List.copyOf(stored);
        this.documentsChanged = false;
    }

    /** Whether the documents differ from what is stored, so they are to be written. */
    public boolean documentsChanged() {
        return documentsChanged;
    }

    public void linkHolding(UUID holdingId) {
        this.holdingId = holdingId;
    }

    public UUID id() { return id; }
    public UUID flightId() { return flightId; }
    public UUID manifestId() { return manifestId; }
    public String dedupKey() { return dedupKey; }
    public TravelerRole role() { return role; }
    public boolean inTransit() { return inTransit; }
    public String familyName() { return familyName; }
    public String givenNames() { return givenNames; }
    public LocalDate dateOfBirth() { return dateOfBirth; }
    public String sex() { return sex; }
    public String nationality() { return nationality; }
    public String reference() { return reference; }
    public String reservation() { return reservation; }
    public String seat() { return seat; }
    public boolean usCitizen() { return usCitizen; }
    public boolean inScope() { return inScope; }
    public TravelerStatus status() { return status; }
    public UUID holdingId() { return holdingId; }
    public List<TravelerDocument> documents() { return documents; }
}
