package org.opentvs.holdings.entity;

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
import java.util.List;
import java.util.UUID;
import org.opentvs.person.NameKeys;

/** A person known to a reference source (passport, visa, prior encounter), with documents. */
@Entity
@Table(name = "holding_identity")
public class HoldingIdentity {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String source;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "given_names")
    private String givenNames;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    private String sex;

    private String nationality;

    @Column(name = "us_citizen", nullable = false)
    private boolean usCitizen;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "holding_document", joinColumns = @JoinColumn(name = "identity_id"))
    private List<IdentityDocument> documents = new ArrayList<>();

    protected HoldingIdentity() {
    }

    public HoldingIdentity(String source, PersonData person, List<IdentityDocument> documents, Instant createdAt, String createdBy) {
        this.id = UUID.randomUUID();
        this.source = source;
        this.familyName = person.familyName().toUpperCase();
        this.givenNames = person.givenNames() == null ? null : person.givenNames().toUpperCase();
        this.dateOfBirth = person.dateOfBirth();
        this.sex = person.sex();
        this.nationality = person.nationality();
        this.usCitizen = person.usCitizen();
        this.nameKey = NameKeys.link(familyName, givenNames, dateOfBirth, nationality);
        this.documents = new ArrayList<>(documents);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public UUID id() {
        return id;
    }

    public String source() {
        return source;
    }

    public boolean usCitizen() {
        return usCitizen;
    }

    public List<IdentityDocument> documents() {
        return List.copyOf(documents);
    }
}
