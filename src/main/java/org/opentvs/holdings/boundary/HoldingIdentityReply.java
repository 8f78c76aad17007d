package org.opentvs.holdings.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.opentvs.holdings.entity.HoldingIdentity;

/** What a holdings feed is told of an identity it enrolled: its id. */
@JsonbPropertyOrder({"id"})
public record HoldingIdentityReply(String id) {

    static HoldingIdentityReply of(HoldingIdentity identity) {
        return new HoldingIdentityReply(identity.id().toString());
    }
}
