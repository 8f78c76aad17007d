package org.opentvs.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opentvs.security.entity.Caller;
import org.opentvs.security.entity.Scope;

class ScopePolicyTest {

    private static Caller client(Set<String> roles, Scope scope) {
        return new Caller("c1", "client", Caller.Kind.CLIENT, roles, scope);
    }

    private static Caller person(Scope scope) {
        return new Caller("u1", "officer.jfk", Caller.Kind.PERSON, Set.of("officer"), scope);
    }

    @Test
    void eachListLimitsOnlyItsOwnDimension() {
        ScopePolicy camera = ScopePolicy.of(client(Set.of("capture-device"), new Scope(Set.of("zz"), Set.of(), Set.of("jfk"))));
        assertTrue(camera.coversCarrier("ZZ"));
        assertFalse(camera.coversCarrier("AA"));
        assertFalse(camera.coversCarrier(null));
        assertTrue(camera.coversPort("jfk"));
        assertFalse(camera.coversPort("LAX"));
        ScopePolicy carrierOnly = ScopePolicy.of(client(Set.of("manifest-submitter"), new Scope(Set.of("ZZ"), Set.of(), Set.of())));
        assertTrue(carrierOnly.coversPort("LAX"), "no port list: any port of the carrier");
        assertTrue(carrierOnly.covers("ZZ", "LAX", "JFK"));
        assertFalse(carrierOnly.covers("DL", "LAX"));
    }

    @Test
    void aPartnerQueriesAsItsOwnPartnerCountriesOnlyAndReachesNoTraffic() {
        ScopePolicy canada = ScopePolicy.of(client(Set.of("partner"), new Scope(Set.of(), Set.of(), Set.of(), Set.of("CAN"))));
        assertTrue(canada.coversPartner("can"));
        assertFalse(canada.coversPartner("MEX"), "asking as another partner");
        assertFalse(canada.coversPartner(null));
        assertFalse(canada.coversCarrier("UA"), "a partner list is no traffic scope");
        assertFalse(canada.national());
        ScopePolicy notPartner = ScopePolicy.of(client(Set.of("officer"), new Scope(Set.of(), Set.of("SEA"), Set.of(), Set.of("CAN"))));
        assertFalse(notPartner.coversPartner("CAN"), "the partner list counts only with the partner role");
        assertFalse(ScopePolicy.of(person(Scope.UNLIMITED)).coversPartner("CAN"), "unlimited people are no partner");
        assertFalse(ScopePolicy.of(client(Set.of("admin"), Scope.UNLIMITED)).coversPartner("CAN"));
    }

    @Test
    void airportsAndPortsAreOneNamespace() {
        ScopePolicy sea = ScopePolicy.of(client(Set.of("officer"), new Scope(Set.of(), Set.of("SEA"), Set.of())));
        assertTrue(sea.coversPort("SEA"));
        assertFalse(sea.coversPort("JFK"), "an airport scope limits ports: the crossings leak of issue 11");
        assertFalse(sea.coversPort(null));
        assertTrue(sea.covers("UA", "JFK", "SEA"), "a flight touching one of the caller's airports");
        assertFalse(sea.covers("UA", "JFK", "LAX"), "a manifest of another airport's flight: the manifest leak of issue 11");
        assertEquals(Set.of("SEA"), sea.ports());
    }

    @Test
    void anEmptyScopeIsUnlimitedOnlyForPeopleAndAdministrators() {
        ScopePolicy officer = ScopePolicy.of(person(Scope.UNLIMITED));
        assertTrue(officer.national());
        assertTrue(officer.covers("UA", "JFK"));
        assertTrue(officer.covers(null, "LRD"));
        ScopePolicy adminClient = ScopePolicy.of(client(Set.of("admin"), Scope.UNLIMITED));
        assertTrue(adminClient.national());
        ScopePolicy machine = ScopePolicy.of(client(Set.of("officer", "pau-analyst"), Scope.UNLIMITED));
        assertFalse(machine.national());
        assertFalse(machine.coversCarrier("UA"));
        assertFalse(machine.coversPort("JFK"));
        assertFalse(machine.covers("UA", "JFK"));
        ScopePolicy scopedPerson = ScopePolicy.of(person(new Scope(Set.of(), Set.of(), Set.of("JFK"))));
        assertFalse(scopedPerson.national(), "a person with ports is limited to them");
        assertFalse(scopedPerson.coversPort("SEA"));
        ScopePolicy inbox = ScopePolicy.of(new Caller("inbox", "inbox", Caller.Kind.SYSTEM, Set.of(), Scope.UNLIMITED));
        assertTrue(inbox.coversCarrier("UA"), "the server's own channels are not machine clients");
    }

    @Test
    void queriesAreRestrictedTheSameWay() {
        StringBuilder sql = new StringBuilder("select * from crossing where true");
        List<Object> params = new ArrayList<>();
        ScopePolicy.of(client(Set.of("officer"), new Scope(Set.of("UA"), Set.of("SEA"), Set.of()))).restrict(sql, params, "carrier",
                "port");
        assertEquals("select * from crossing where true and carrier in (?) and (port in (?))", sql.toString());
        assertEquals(List.of("UA", "SEA"), params);

        StringBuilder two = new StringBuilder("");
        List<Object> twoParams = new ArrayList<>();
        ScopePolicy.of(person(new Scope(Set.of(), Set.of(), Set.of("JFK")))).restrict(two, twoParams, "f.carrier", "f.dep", "f.arr");
        assertEquals(" and (f.dep in (?) or f.arr in (?))", two.toString());
        assertEquals(List.of("JFK", "JFK"), twoParams);

        StringBuilder none = new StringBuilder("");
        ScopePolicy.of(client(Set.of("officer"), Scope.UNLIMITED)).restrict(none, new ArrayList<>(), "carrier", "port");
        assertEquals(" and false", none.toString(), "a machine client without a scope reads nothing");

        StringBuilder noCarrierColumn = new StringBuilder("");
        ScopePolicy.of(client(Set.of("officer"), new Scope(Set.of("UA"), Set.of(), Set.of()))).restrict(noCarrierColumn, new ArrayList<>(),
                null, "port");
        assertEquals(" and false", noCarrierColumn.toString(), "rows without a carrier are outside a carrier scope");

        StringBuilder all = new StringBuilder("");
        ScopePolicy.of(person(Scope.UNLIMITED)).restrict(all, new ArrayList<>(), "carrier", "port");
        assertEquals("", all.toString());
    }
}
