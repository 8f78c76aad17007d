package org.opentvs.verification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A non-US-citizen's live capture, sealed by the data cipher; kept for the retention period only. */
@Entity
@Table(name = "live_capture")
public class LiveCapture {

    @Id
    @Column(name = "verification_id")
    private UUID verificationId;

    @Column(name = "captured_at", nullable = false)
    private Instant capturedAt;

    private String algorithm;

    @Column(nullable = false)
    private byte[] sealed;

    protected LiveCapture() {
    }

    public LiveCapture(UUID verificationId, Instant capturedAt, String algorithm, byte[] sealed) {
        this.verificationId = verificationId;
        this.capturedAt = capturedAt;
        this.algorithm = algorithm;
        this.sealed = sealed;
    }
}
