package org.opentvs.alerting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An officer notification: what, where (port, terminal, gate or lane, plate), which flight or
 * sailing, when, whom it concerns and why (the biometric score and the biographic agreement, never
 * the face alone). {@code seq} orders the stream; the database assigns it.
 */
@Entity
@Table(name = "alert")
public class Alert {

    @Id
    private UUID id;

    @Column(insertable = false, updatable = false)
    private Long seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertStatus status;

    private String port;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    private String touchpoint;
    private String terminal;
    private String gate;
    private String lane;

    @Column(name = "vehicle_plate")
    private String vehiclePlate;

    private String carrier;

    @Column(name = "flight_number")
    private String flightNumber;

    @Column(name = "flight_date")
    private LocalDate flightDate;

    @Column(name = "device_id")
    private String deviceId;

    @Column(name = "verification_id")
    private UUID verificationId;

    @Column(name = "traveler_id")
    private UUID travelerId;

    @Column(name = "hotlist_entry_id")
    private UUID hotlistEntryId;

    private String category;

    @Column(name = "biometric_score")
    private Float biometricScore;

    @Column(name = "watchlist_score")
    private Float watchlistScore;

    @Column(name = "biographic_agreement")
    private String biographicAgreement;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    private String resolution;

    protected Alert() {
    }

    public Alert(AlertKind kind, AlertLocation where, Instant raisedAt) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.status = AlertStatus.OPEN;
        this.raisedAt = raisedAt;
        this.port = where.port();
        this.touchpoint = where.touchpoint();
        this.terminal = where.terminal();
        this.gate = where.gate();
        this.lane = where.lane();
        this.vehiclePlate = where.vehiclePlate();
        this.carrier = where.carrier();
        this.flightNumber = where.flightNumber();
        this.flightDate = where.flightDate();
        this.deviceId = where.deviceId();
        this.verificationId = where.verificationId();
    }

    /** Whom it concerns and why: the hotlist entry, the face score at the touchpoint, the listing's scores. */
    public void concerns(UUID travelerId, UUID hotlistEntryId, String category, Float biometricScore, Float watchlistScore,
            String biographicAgreement) {
        this.travelerId = travelerId;
        this.hotlistEntryId = hotlistEntryId;
        this.category = category;
        this.biometricScore = biometricScore;
        this.watchlistScore = watchlistScore;
        this.biographicAgreement = biographicAgreement;
    }

    public void acknowledge(String by, Instant at) {
        if (status != AlertStatus.OPEN) {
            throw new IllegalStateException("only an open alert can be acknowledged");
        }
        this.status = AlertStatus.ACKNOWLEDGED;
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
    }

    public void resolve(String by, Instant at, String resolution) {
        if (status == AlertStatus.RESOLVED) {
            throw new IllegalStateException("the alert is already resolved");
        }
        if (acknowledgedAt == null) {
            this.acknowledgedBy = by;
            this.acknowledgedAt = at;
        }
        this.status = AlertStatus.RESOLVED;
        this.resolvedBy = by;
        this.resolvedAt = at;
        this.resolution = resolution;
    }

    public UUID id() { return id; }
    public Long seq() { return seq; }
    public AlertKind kind() { return kind; }
    public AlertStatus status() { return status; }
    public String port() { return port; }
    public UUID travelerId() { return travelerId; }
}
