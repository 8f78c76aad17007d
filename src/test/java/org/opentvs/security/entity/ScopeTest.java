package org.opentvs.security.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void eachListLimitsOnlyItsOwnDimension() {
        Scope camera = new Scope(Set.of("zz"), Set.of(), Set.of("jfk"));
        assertTrue(camera.coversCarrier("ZZ"));
        assertFalse(camera.coversCarrier("AA"));
        assertTrue(camera.coversPort("JFK"));
        assertFalse(camera.coversPort("LAX"));
        Scope carrierOnly = new Scope(Set.of("ZZ"), Set.of(), Set.of());
        assertTrue(carrierOnly.coversPort("LAX"), "no port list: any port of the carrier");
        Scope airports = new Scope(Set.of(), Set.of("SFO"), Set.of());
        assertTrue(airports.coversPort("sfo"), "airports and ports share one namespace");
        assertFalse(airports.coversPort(null));
        assertTrue(Scope.UNLIMITED.unlimited());
        assertFalse(camera.unlimited());
    }

    @Test
    void csvRoundTrip() {
        assertTrue(Scope.parse(" a, b ,,c").containsAll(Set.of("a", "b", "c")));
        assertTrue(Scope.parse(null).isEmpty());
        assertTrue(Scope.format(Set.of("B", "A")).equals("A,B"));
    }
}
