package org.opentvs.security.control;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.opentvs.security.entity.Caller;
import org.opentvs.security.entity.Role;
import org.opentvs.security.entity.Scope;

/**
 * The one answer to "may this caller touch this row?" for every read and write of carrier- or
 * port-scoped data, at every boundary (REST, portal pages, event streams). A caller is limited by
 * each list of its scope (carriers; airports and ports, one namespace). An empty scope is unlimited
 * only for people and administrators; a machine client with an empty scope sees and changes nothing
 * that is scoped, and never national data (rows without a carrier or port).
 */
public final class ScopePolicy {

    private final Set<String> carriers;
    private final Set<String> ports;
    private final Set<String> partners;
    private final boolean unlimited;
    private final boolean nothing;

    private ScopePolicy(Caller caller) {
        Scope scope = caller.scope();
        this.carriers = scope.carriers();
        Set<String> codes = new HashSet<>(scope.ports());
        codes.addAll(scope.airports());
        this.ports = Set.copyOf(codes);
        this.partners = caller.hasRole(Role.PARTNER) ? scope.partners() : Set.of();
        boolean trusted = caller.kind() != Caller.Kind.CLIENT || caller.hasRole(Role.ADMIN);
        this.unlimited = trusted && scope.unlimited();
        this.nothing = !trusted && scope.unlimited();
    }

    public static ScopePolicy of(Caller caller) {
        return new ScopePolicy(Objects.requireNonNull(caller, "caller"));
    }

    /** People and administrators without a scope: all traffic, and national data. */
    public boolean national() {
        return unlimited;
    }

    /** The ports (and airports) this caller is limited to; empty when ports do not limit it. */
    public Set<String> ports() {
        return ports;
    }

    public boolean coversCarrier(String carrier) {
        return !nothing && (carriers.isEmpty() || carrier != null && carriers.contains(carrier.trim().toUpperCase()));
    }

    public boolean coversPort(String port) {
        return !nothing && (ports.isEmpty() || port != null && ports.contains(port.trim().toUpperCase()));
    }

    /** A row of one carrier touching some ports (a flight's departure and arrival, a crossing's port). */
    public boolean covers(String carrier, String... portsOfRow) {
        return coversCarrier(carrier) && (ports.isEmpty() || Arrays.stream(portsOfRow).anyMatch(this::coversPort));
    }

    /**
     * Whether this caller may query as the partner agency of {@code country}: only a caller with the
     * partner role whose scope lists that country. An empty partner list covers no partner, for
     * anyone: partner data is never reached by default, administrators included.
     */
    public boolean coversPartner(String country) {
        return country != null && partners.contains(country.trim().toUpperCase());
    }

    /** The partner countries this caller may query as (empty for every caller without the partner role). */
    public Set<String> partners() {
        return partners;
    }

    /**
     * Appends this caller's limits to a native query as {@code and ...} with positional parameters:
     * {@code carrierColumn} (null when the rows have no carrier) and the columns naming the ports a row touches.
     */
    public void restrict(StringBuilder sql, List<Object> params, String carrierColumn, String... portColumns) {
        if (nothing) {
            sql.append(" and false");
            return;
        }
        if (!carriers.isEmpty()) {
            if (carrierColumn == null) {
                sql.append(" and false");
                return;
            }
            sql.append(" and ").append(carrierColumn).append(" in (").append(marks(carriers.size())).append(')');
            params.addAll(carriers);
        }
        if (!ports.isEmpty()) {
            if (portColumns.length == 0) {
                sql.append(" and false");
                return;
            }
            sql.append(" and (");
            for (int i = 0; i < portColumns.length; i++) {
                sql.append(i == 0 ? "" : " or ").append(portColumns[i]).append(" in (").append(marks(ports.size())).append(')');
                params.addAll(ports);
            }
            sql.append(')');
        }
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
