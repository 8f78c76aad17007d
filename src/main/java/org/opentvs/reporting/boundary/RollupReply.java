package org.opentvs.reporting.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.opentvs.reporting.control.Rollups;

/** What {@code POST /admin/reports/rollup} answers: the period brought up to date, hour rows written and flights summarised. */
@JsonbPropertyOrder({"from", "to", "hourRows", "flights"})
public record RollupReply(Instant from, Instant to, int hourRows, int flights) {

    static RollupReply of(Rollups.Result result) {
        return new RollupReply(result.from(), result.to(), result.hourRows(), result.flights());
    }
}
