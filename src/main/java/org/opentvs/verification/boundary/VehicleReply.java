package org.opentvs.verification.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The answer for a vehicle: the first occupant's verification id, one answer per occupant and the time
 * taken (a {@link BigDecimal} of the double, written as JSON-P wrote it).
 */
@JsonbPropertyOrder({"id", "occupants", "elapsedMillis"})
public record VehicleReply(String id, List<CaptureReply> occupants, BigDecimal elapsedMillis) implements VerificationReply {

    static VehicleReply of(String id, List<CaptureReply> occupants, double elapsedMillis) {
        return new VehicleReply(id, occupants, BigDecimal.valueOf(elapsedMillis));
    }
}
