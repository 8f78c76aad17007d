package org.opentvs.manifest.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.opentvs.manifest.entity.RawMessage;

/** A quarantined message as administrators see it: the error, message, segment and segment number only when known. */
@JsonbPropertyOrder({"id", "status", "receivedAt", "channel", "submittedBy", "sizeBytes", "error", "message", "segment", "segmentNumber"})
public record QuarantinedMessage(String id, String status, String receivedAt, String channel, String submittedBy, int sizeBytes,
        String error, String message, String segment, Integer segmentNumber) {

    static QuarantinedMessage of(RawMessage r) {
        return new QuarantinedMessage(r.id().toString(), r.status().name(), r.receivedAt().toString(), r.channel(), r.submittedBy(),
                r.sizeBytes(), r.errorCode(), r.errorCode() == null ? null : r.errorMessage(), r.errorSegment(), r.errorSegmentNumber());
    }
}
