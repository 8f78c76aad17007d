package org.opentvs.gallery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A targeted gallery: how many travelers are expected, how many have a reference, and how fast it was ready. */
@Entity
@Table(name = "gallery")
public class Gallery {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GalleryKind kind;

    @Column(name = "flight_id")
    private UUID flightId;

    private String port;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GalleryStatus status;

    private String algorithm;
    private Integer dimension;

    @Column(nullable = false)
    private int expected;

    @Column(name = "with_reference", nullable = false)
    private int withReference;

    @Column(name = "without_reference", nullable = false)
    private int withoutReference;

    @Column(name = "manifest_received_at")
    private Instant manifestReceivedAt;

    @Column(name = "ready_at")
    private Instant readyAt;

    @Column(name = "build_millis")
    private Integer buildMillis;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Gallery() {
    }

    public Gallery(GalleryKind kind, UUID flightId, String port, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.flightId = flightId;
        this.port = port;
        this.status = GalleryStatus.BUILDING;
        this.createdAt = createdAt;
    }

    /** Records a finished build: receipt of the manifest to ready is the figure operators watch. */
    public void built(String algorithm, Integer dimension, int expected, int withReference, Instant manifestReceivedAt, Instant readyAt) {
        this.algorithm = algorithm;
        this.dimension = dimension;
        this.expected = expected;
        this.withReference = withReference;
        this.withoutReference = expected - withReference;
        this.manifestReceivedAt = manifestReceivedAt;
        this.readyAt = readyAt;
        this.buildMillis = manifestReceivedAt == null ? null : (int) Duration.between(manifestReceivedAt, readyAt).toMillis();
        if (status != GalleryStatus.CLOSED) {
            this.status = GalleryStatus.READY;
        }
    }

    public void close(Instant at) {
        if (status != GalleryStatus.PURGED) {
            status = GalleryStatus.CLOSED;
            closedAt = closedAt == null ? at : closedAt;
        }
    }

    public UUID id() { return id; }
    public GalleryKind kind() { return kind; }
    public UUID flightId() { return flightId; }
    public String port() { return port; }
    public GalleryStatus status() { return status; }
    public String algorithm() { return algorithm; }
    public Integer dimension() { return dimension; }
    public int expected() { return expected; }
    public int withReference() { return withReference; }
    public int withoutReference() { return withoutReference; }
    public Instant manifestReceivedAt() { return manifestReceivedAt; }
    public Instant readyAt() { return readyAt; }
    public Integer buildMillis() { return buildMillis; }
    public Instant closedAt() { return closedAt; }
}
