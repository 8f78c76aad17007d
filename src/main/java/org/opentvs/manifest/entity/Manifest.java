package org.opentvs.manifest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One PAXLST message (one part) received for a flight. */
@Entity
@Table(name = "manifest")
public class Manifest {

    @Id
    private UUID id;

    @Column(name = "flight_id", nullable = false)
    private UUID flightId;

    @Column(name = "raw_message_id", nullable = false)
    private UUID rawMessageId;

    @Column(name = "message_reference")
    private String messageReference;

    @Column(name = "common_access_reference")
    private String commonAccessReference;

    @Column(name = "message_type")
    private String messageType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ManifestKind kind;

    @Column(name = "document_code")
    private String documentCode;

    @Column(name = "document_qualifier")
    private String documentQualifier;

    @Column(name = "part_number", nullable = false)
    private int partNumber;

    @Column(name = "last_part", nullable = false)
    private boolean lastPart;

    @Column(name = "traveler_count", nullable = false)
    private int travelerCount;

    @Column(name = "declared_total")
    private Integer declaredTotal;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    private String warnings;

    protected Manifest() {
    }

    public Manifest(UUID flightId, UUID rawMessageId, MessageFacts facts, Instant receivedAt, String submittedBy) {
        this.id = UUID.randomUUID();
        this.flightId = flightId;
        this.rawMessageId = rawMessageId;
        this.messageReference = facts.messageReference();
        this.commonAccessReference = facts.commonAccessReference();
        this.messageType = facts.messageType();
        this.kind = facts.kind();
        this.documentCode = facts.documentCode();
        this.documentQualifier = facts.documentQualifier();
        this.partNumber = facts.partNumber();
        this.lastPart = facts.lastPart();
        this.travelerCount = facts.travelerCount();
        this.declaredTotal = facts.declaredTotal();
        this.warnings = facts.warnings().isEmpty() ? null : truncate(String.join("; ", facts.warnings()));
        this.receivedAt = receivedAt;
        this.submittedBy = submittedBy;
    }

    private static String truncate(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }

    public UUID id() {
        return id;
    }

    public UUID flightId() {
        return flightId;
    }

    public UUID rawMessageId() {
        return rawMessageId;
    }

    public ManifestKind kind() {
        return kind;
    }

    public int partNumber() {
        return partNumber;
    }

    public boolean lastPart() {
        return lastPart;
    }

    public int travelerCount() {
        return travelerCount;
    }

    public Integer declaredTotal() {
        return declaredTotal;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String documentCode() {
        return documentCode;
    }

    public String documentQualifier() {
        return documentQualifier;
    }

    public String warnings() {
        return warnings;
    }
}
