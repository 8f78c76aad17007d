package org.opentvs.security.entity;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What part of the traffic a caller may touch: carrier codes, airports, ports; and, for partner
 * agencies, the partner countries it may query as ({@code partners}, ISO 3166 alpha-3). The partner
 * list grants partner queries only and never limits or widens traffic. What the lists allow is
 * decided in one place, {@code org.opentvs.security.control.ScopePolicy}.
 */
public record Scope(Set<String> carriers, Set<String> airports, Set<String> ports, Set<String> partners) {

    public static final Scope UNLIMITED = new Scope(Set.of(), Set.of(), Set.of());

    public Scope {
        carriers = normalise(carriers);
        airports = normalise(airports);
        ports = normalise(ports);
        partners = normalise(partners);
    }

    /** A traffic scope without partners (every caller before partner queries). */
    public Scope(Set<String> carriers, Set<String> airports, Set<String> ports) {
        this(carriers, airports, ports, Set.of());
    }

    /** No carrier, airport or port limits the traffic this scope reaches (partners do not count: they are no traffic). */
    public boolean unlimited() {
        return carriers.isEmpty() && airports.isEmpty() && ports.isEmpty();
    }

    public static Set<String> parse(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    public static String format(Set<String> codes) {
        return String.join(",", new TreeSet<>(codes));
    }

    private static Set<String> normalise(Set<String> codes) {
        return codes == null
                ? Set.of()
                : codes.stream().map(c -> c.trim().toUpperCase()).filter(c -> !c.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
