package org.opentvs.manifest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A received message exactly as it arrived (sealed by the data cipher), archived before parsing.
 * A message that fails stays here, quarantined with its error, until an administrator re-processes it.
 */
@Entity
@Table(name = "raw_message")
public class RawMessage {

    public enum Status { RECEIVED, ACCEPTED, DUPLICATE, QUARANTINED, REFUSED, REPROCESSED }

    @Id
    private UUID id;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private String channel;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "content_sha256", nullable = false)
    private String contentSha256;

    @Column(name = "normalized_sha256")
    private String normalizedSha256;

    @Column(name = "body", nullable = false)
    private byte[] sealedBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "error_code")
    private String errorCode;

    @Column(name = "error_message")
    private String errorMessage;

    @Column(name = "error_segment")
    private String errorSegment;

    @Column(name = "error_segment_number")
    private Integer errorSegmentNumber;

    @Column(name = "duplicate_of")
    private UUID duplicateOf;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected RawMessage() {
    }

    public RawMessage(String channel, String submittedBy, int sizeBytes, String contentSha256, byte[] sealedBody, Instant receivedAt) {
        this.id = UUID.randomUUID();
        this.channel = channel;
        this.submittedBy = submittedBy;
        this.sizeBytes = sizeBytes;
        this.contentSha256 = contentSha256;
        this.sealedBody = sealedBody;
        this.receivedAt = receivedAt;
        this.status = Status.RECEIVED;
    }

    public void accept(String normalizedSha256, Instant at) {
        this.normalizedSha256 = normalizedSha256;
        this.status = Status.ACCEPTED;
        this.processedAt = at;
        clearError();
    }

    public void duplicateOf(UUID original, String normalizedSha256, Instant at) {
        this.duplicateOf = original;
        this.normalizedSha256 = normalizedSha256;
        this.status = Status.DUPLICATE;
        this.processedAt = at;
    }

    public void quarantine(String code, String message, String segment, Integer segmentNumber, Instant at) {
        this.status = Status.QUARANTINED;
        this.errorCode = code;
        this.errorMessage = message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
        this.errorSegment = segment == null || segment.length() <= 10 ? segment : segment.substring(0, 10);
        this.errorSegmentNumber = segmentNumber;
        this.processedAt = at;
    }

    public void refuse(String code, String message, Instant at) {
        this.status = Status.REFUSED;
        this.errorCode = code;
        this.errorMessage = message;
        this.processedAt = at;
    }

    /** A quarantined message that a later attempt accepted keeps its history: its error stays readable. */
    public void reprocessedAs(UUID newMessage, Instant at) {
        this.status = Status.REPROCESSED;
        this.duplicateOf = newMessage;
        this.processedAt = at;
    }

    private void clearError() {
        errorCode = null;
        errorMessage = null;
        errorSegment = null;
        errorSegmentNumber = null;
    }

    public UUID id() {
        return id;
    }

    public Status status() {
        return status;
    }

    public byte[] sealedBody() {
        return sealedBody;
    }

    public String channel() {
        return channel;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String errorCode() {
        return errorCode;
    }

    public String errorMessage() {
        return errorMessage;
    }

    public String errorSegment() {
        return errorSegment;
    }

    public Integer errorSegmentNumber() {
        return errorSegmentNumber;
    }

    public int sizeBytes() {
        return sizeBytes;
    }
}
