package org.opentvs.reconciliation.boundary;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.opentvs.reconciliation.control.ExchangeTotals;

/**
 * The partner exchange report: the totals per partner and the last run of the job, null before the
 * first ({@link LastRun}, declared {@code Object}: Yasson 3.0.4 writes a null of a record type only when
 * that type is {@code @JsonbNillable}, which would write the absent {@code endedAt} of a running job as null).
 */
@JsonbPropertyOrder({"partners", "lastRun"})
public record PartnerExchangeReply(List<ExchangeTotals.Partner> partners, @JsonbNillable Object lastRun) {

    /**
     * The last {@code partner-exchange} run: {@code endedAt} left out while it runs; {@code thisRun}
     * as the job wrote it into its summary (an object per partner).
     */
    @JsonbPropertyOrder({"executionId", "batchStatus", "startedAt", "endedAt", "thisRun"})
    public record LastRun(long executionId, String batchStatus, String startedAt, String endedAt, JsonObject thisRun) {
    }

    static PartnerExchangeReply of(ExchangeTotals totals, LastRun lastRun) {
        return new PartnerExchangeReply(totals.partners(), lastRun);
    }
}
