package org.opentvs.reconciliation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opentvs.reconciliation.entity.StayStatus;

class StayRulesTest {

    private static final LocalDate ENTRY = LocalDate.of(2026, 6, 1);
    private final StayCalculator calculator = StayCalculator.schengenLike();

    @Test
    void firstVisitGetsNinetyDays() {
        assertEquals(ENTRY.plusDays(89), calculator.lastPermittedDay(ENTRY, List.of()));
    }

    @Test
    void earlierStaysInTheWindowReduceTheAllowance() {
        // 30 days present (Mar 1..30) within the 180 days before: 60 left, until the March days leave the window
        var earlier = List.of(new StayCalculator.Stay(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 30)));
        LocalDate last = calculator.lastPermittedDay(ENTRY, earlier);
        assertEquals(LocalDate.of(2026, 7, 30), last);
        assertEquals(90, calculator.daysPresent(last, ENTRY, earlier));
    }

    @Test
    void anExhaustedAllowanceLeavesNoDay() {
        var earlier = List.of(new StayCalculator.Stay(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 5, 20)));
        assertEquals(ENTRY.minusDays(1), calculator.lastPermittedDay(ENTRY, earlier));
    }

    @Test
    void staysLongAgoDoNotCount() {
        var earlier = List.of(new StayCalculator.Stay(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
        assertEquals(ENTRY.plusDays(89), calculator.lastPermittedDay(ENTRY, earlier));
    }

    @Test
    void admitUntilFromRecordClassAndRule() {
        AdmitUntilPolicy policy = new AdmitUntilPolicy(Set.of("WT", "WB"));
        assertEquals(LocalDate.of(2026, 7, 15), policy.admitUntil("B2", ENTRY, LocalDate.of(2026, 7, 15), List.of()));
        assertEquals(ENTRY.plusMonths(6), policy.admitUntil("B2", ENTRY, null, List.of()));
        assertEquals(null, policy.admitUntil("F1", ENTRY, null, List.of()));
        assertEquals(ENTRY.plusDays(89), policy.admitUntil("WT", ENTRY, ENTRY.plusDays(120), List.of()), "the rule caps the record");
        assertEquals(ENTRY.plusDays(10), policy.admitUntil("WT", ENTRY, ENTRY.plusDays(10), List.of()));
    }

    @Test
    void classification() {
        LocalDate until = LocalDate.of(2026, 8, 1);
        LocalDate asOf = LocalDate.of(2026, 9, 1);
        assertEquals(StayStatus.ON_TIME, OverstayClassifier.classify(until, until, asOf).status());
        var late = OverstayClassifier.classify(until, until.plusDays(5), asOf);
        assertEquals(StayStatus.OUT_OF_COUNTRY_OVERSTAY, late.status());
        assertEquals(5, late.daysOver());
        var inCountry = OverstayClassifier.classify(until, null, asOf);
        assertEquals(StayStatus.SUSPECTED_IN_COUNTRY_OVERSTAY, inCountry.status());
        assertEquals(31, inCountry.daysOver());
        assertEquals(StayStatus.PENDING, OverstayClassifier.classify(until, null, until).status());
        assertEquals(StayStatus.PENDING, OverstayClassifier.classify(null, null, asOf).status());
        assertEquals(StayStatus.ON_TIME, OverstayClassifier.classify(null, asOf, asOf).status());
    }
}
