package org.opentvs.security.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void codesAreNormalisedAndEmptyMeansNoLists() {
        Scope camera = new Scope(Set.of(" zz"), Set.of(), Set.of("jfk", ""));
        assertTrue(camera.carriers().equals(Set.of("ZZ")) && camera.ports().equals(Set.of("JFK")));
        assertTrue(Scope.UNLIMITED.unlimited());
        assertFalse(camera.unlimited());
    }

    @Test
    void partnersAreAFourthListThatLimitsNoTraffic() {
        Scope partner = new Scope(Set.of(), Set.of(), Set.of(), Set.of(" can"));
        assertTrue(partner.partners().equals(Set.of("CAN")));
        assertTrue(partner.unlimited(), "partners are no traffic scope");
        assertTrue(new Scope(Set.of("UA"), Set.of(), Set.of()).partners().isEmpty(), "the three-list scope has no partners");
    }

    @Test
    void csvRoundTrip() {
        assertTrue(Scope.parse(" a, b ,,c").containsAll(Set.of("a", "b", "c")));
        assertTrue(Scope.parse(null).isEmpty());
        assertTrue(Scope.format(Set.of("B", "A")).equals("A,B"));
    }
}
