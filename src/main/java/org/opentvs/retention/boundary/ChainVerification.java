package org.opentvs.retention.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.opentvs.retention.control.ReceiptChain;
import org.opentvs.retention.entity.DeletionReceipt;

/**
 * What {@code GET /admin/retention/receipts/verify} answers: whether the chain is unbroken, how many receipts it walked, whether
 * receipts are missing at the end, the head it reached, the head the audit trail anchored ({@code null}: none) and the first
 * receipt that breaks the chain ({@code null}: none).
 */
@JsonbPropertyOrder({"valid", "receipts", "truncated", "head", "anchoredHead", "firstBroken"})
public record ChainVerification(boolean valid, long receipts, boolean truncated, Head head, @JsonbNillable Head anchoredHead,
        @JsonbNillable Long firstBroken) {

    /**
     * A receipt at the head of the chain: its id and hash. Nillable as a type because Yasson (3.0) takes whether a null property
     * of a class type is written from that class, not from the component; neither of its own components is ever null.
     */
    @JsonbNillable
    @JsonbPropertyOrder({"id", "hash"})
    public record Head(long id, String hash) {
    }

    static ChainVerification of(ReceiptChain chain, DeletionReceipt.Anchor anchor) {
        return new ChainVerification(chain.valid(), chain.count(), chain.truncated(), new Head(chain.headId(), chain.headHash()),
                anchor == null ? null : new Head(anchor.id(), anchor.hash()), chain.firstBroken());
    }
}
