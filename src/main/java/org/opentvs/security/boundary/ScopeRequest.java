package org.opentvs.security.boundary;

import java.util.List;
import org.opentvs.platform.boundary.Limit;
import org.opentvs.platform.control.FieldLimit;

/**
 * The scope requested for a new user or machine client: carrier codes, airports, ports and partner
 * countries, each code no longer than its column; every list is optional.
 */
public record ScopeRequest(List<@Limit(FieldLimit.CARRIER) String> carriers, List<@Limit(FieldLimit.LOCATION) String> airports,
        List<@Limit(FieldLimit.LOCATION) String> ports, List<@Limit(FieldLimit.COUNTRY) String> partners) {

    /** No scope: the lists are empty. */
    static final ScopeRequest NONE = new ScopeRequest(null, null, null, null);

    public ScopeRequest {
        carriers = carriers == null ? List.of() : carriers;
        airports = airports == null ? List.of() : airports;
        ports = ports == null ? List.of() : ports;
        partners = partners == null ? List.of() : partners;
    }
}
