package org.opentvs.holdings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A reference face: an algorithm-tagged template and/or the source image, both sealed by the data
 * cipher before they reach this entity. The image is kept so the gallery can be re-enrolled when
 * the algorithm changes.
 */
@Entity
@Table(name = "holding_face")
public class HoldingFace {

    @Id
    private UUID id;

    @Column(name = "identity_id", nullable = false)
    private UUID identityId;

    private String algorithm;

    private Integer dimension;

    @Column(name = "algorithm_version")
    private String algorithmVersion;

    @Column(name = "template")
    private byte[] sealedTemplate;

    @Column(name = "image_format")
    private String imageFormat;

    @Column(name = "image")
    private byte[] sealedImage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected HoldingFace() {
    }

    private HoldingFace(UUID identityId, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.identityId = identityId;
        this.createdAt = createdAt;
    }

    public static HoldingFace template(UUID identityId, String algorithm, int dimension, byte[] sealedTemplate, Instant at) {
        HoldingFace face = new HoldingFace(identityId, at);
        face.algorithm = algorithm;
        face.dimension = dimension;
        face.sealedTemplate = sealedTemplate;
        return face;
    }

    public static HoldingFace image(UUID identityId, String format, byte[] sealedImage, Instant at) {
        HoldingFace face = new HoldingFace(identityId, at);
        face.imageFormat = format;
        face.sealedImage = sealedImage;
        return face;
    }

    /** The template an engine extracted from this face's image. */
    public HoldingFace withTemplate(String algorithm, String version, int dimension, byte[] sealedTemplate) {
        this.algorithm = algorithm;
        this.algorithmVersion = version;
        this.dimension = dimension;
        this.sealedTemplate = sealedTemplate;
        return this;
    }

    public UUID id() {
        return id;
    }
}
