package org.opentvs.departure.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import org.opentvs.departure.entity.Confirmation;
import org.opentvs.departure.entity.SelfReportFacts;

/**
 * The receipt of an accepted self-report; {@code algorithm} (name and version) only when a face was
 * compared. The confidence is a BigDecimal of the double, written as JSON-P wrote it.
 */
@JsonbPropertyOrder({"receipt", "confirmation", "confidence", "port", "portName", "receivedAt", "algorithm"})
public record SelfReportReceipt(String receipt, String confirmation, BigDecimal confidence, String port, String portName,
        String receivedAt, String algorithm) {

    static SelfReportReceipt of(SelfReportFacts facts, Confirmation confirmation, double confidence) {
        String algorithm = facts.face != null && facts.face.algorithm() != null
                ? facts.face.algorithm() + " " + facts.face.version()
                : null;
        return new SelfReportReceipt(facts.id.toString(), confirmation.name(), BigDecimal.valueOf(confidence), facts.port(),
                facts.position.port().name(), facts.receivedAt.toString(), algorithm);
    }
}
