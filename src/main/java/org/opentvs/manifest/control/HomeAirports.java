package org.opentvs.manifest.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.manifest.entity.Direction;

/** Tells whether a flight leaves or enters the United States from its airports. */
@ApplicationScoped
public class HomeAirports {

    @Inject
    @ConfigProperty(name = "opentvs.home-airports")
    Optional<String> extra;

    private final Set<String> codes = new HashSet<>();

    @PostConstruct
    void load() {
        try (InputStream in = HomeAirports.class.getResourceAsStream("us-airports.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            reader.lines().filter(line -> !line.startsWith("#"))
                    .forEach(line -> codes.addAll(Set.of(line.trim().split("\\s+"))));
        } catch (IOException e) {
            throw new IllegalStateException("us-airports.txt is missing from the build", e);
        }
        extra.ifPresent(list -> codes.addAll(Set.of(list.toUpperCase().split("\\s*,\\s*"))));
    }

    public boolean home(String airport) {
        return airport != null && codes.contains(airport.toUpperCase());
    }

    public Direction direction(String departureAirport, String arrivalAirport) {
        if (home(departureAirport)) {
            return Direction.OUTBOUND;
        }
        return home(arrivalAirport) ? Direction.INBOUND : Direction.TRANSIT;
    }
}
