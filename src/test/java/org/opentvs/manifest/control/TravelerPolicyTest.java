package org.opentvs.manifest.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentvs.manifest.control.paxlst.ParsedDocument;
import org.opentvs.manifest.control.paxlst.ParsedTraveler;
import org.opentvs.manifest.entity.TravelerFacts;
import org.opentvs.manifest.entity.TravelerRole;

class TravelerPolicyTest {

    private final TravelerPolicy policy = policy(14, 79);

    private static TravelerPolicy policy(int min, int max) {
        TravelerPolicy p = new TravelerPolicy();
        p.ages = org.opentvs.biometric.control.InScopeAge.of(min, max);
        return p;
    }

    private static ParsedTraveler traveler(String nationality, LocalDate born, ParsedDocument... documents) {
        return new ParsedTraveler(TravelerRole.PASSENGER, false, "DOE", "JO", born, "F", nationality, null, null, null, null,
                "R1", null, null, List.of(documents), List.of(), null, List.of());
    }

    @Test
    void usNationalityOrAUsPassportMakesACitizen() {
        LocalDate born = LocalDate.of(1980, 1, 1);
        LocalDate travel = LocalDate.of(2026, 11, 24);
        assertTrue(policy.facts(traveler("USA", born), travel).usCitizen());
        TravelerFacts dual = policy.facts(traveler("GBR", born, new ParsedDocument("P", "123", "USA", null, null)), travel);
        assertTrue(dual.usCitizen(), "only citizens hold US passports");
        assertFalse(dual.inScope(), "citizens are out of biometric-exit scope");
        TravelerFacts resident = policy.facts(traveler("MEX", born, new ParsedDocument("C", "A1", "USA", null, null)), travel);
        assertFalse(resident.usCitizen(), "a permanent-resident card is not citizenship");
        assertTrue(resident.inScope());
    }

    @Test
    void scopeFollowsTheConfiguredAgeRangeOnTheDayOfTravel() {
        LocalDate travel = LocalDate.of(2026, 11, 24);
        assertFalse(policy.facts(traveler("FRA", LocalDate.of(2012, 11, 25)), travel).inScope(), "13 the day before the 14th birthday");
        assertTrue(policy.facts(traveler("FRA", LocalDate.of(2012, 11, 24)), travel).inScope(), "14 on the day");
        assertTrue(policy.facts(traveler("FRA", LocalDate.of(1947, 11, 25)), travel).inScope(), "79");
        assertFalse(policy.facts(traveler("FRA", LocalDate.of(1946, 11, 24)), travel).inScope(), "80");
        assertTrue(policy.facts(traveler("FRA", null), travel).inScope(), "unknown age counts as in scope");
        assertTrue(policy(0, 120).facts(traveler("FRA", LocalDate.of(2020, 1, 1)), travel).inScope(), "the 2025 rule: no age limits");
    }
}
