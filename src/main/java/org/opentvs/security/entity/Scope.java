package org.opentvs.security.entity;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What part of the traffic a machine client may touch: carrier codes, airports, ports. An empty
 * scope (people, administrators) is not limited.
 */
public record Scope(Set<String> carriers, Set<String> airports, Set<String> ports) {

    public static final Scope UNLIMITED = new Scope(Set.of(), Set.of(), Set.of());

    public Scope {
        carriers = normalise(carriers);
        airports = normalise(airports);
        ports = normalise(ports);
    }

    public boolean unlimited() {
        return carriers.isEmpty() && airports.isEmpty() && ports.isEmpty();
    }

    /** An empty carrier list does not limit carriers (clients that submit manifests always have one). */
    public boolean coversCarrier(String carrier) {
        return carriers.isEmpty() || (carrier != null && carriers.contains(carrier.toUpperCase()));
    }

    /**
     * A port or airport code is covered by either list (land ports and airports share one
     * namespace); empty lists do not limit ports.
     */
    public boolean coversPort(String port) {
        if (ports.isEmpty() && airports.isEmpty()) {
            return true;
        }
        String code = port == null ? "" : port.toUpperCase();
        return ports.contains(code) || airports.contains(code);
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
        return codes == null ? Set.of()
                : codes.stream().map(c -> c.trim().toUpperCase()).filter(c -> !c.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
