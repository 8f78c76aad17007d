package org.opentvs.stay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opentvs.stay.entity.StayAnswer;
import org.opentvs.stay.entity.StayRecord;

class StayRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private final StayRule rule = new StayRule(Set.of("WT", "WB"));

    private static StayRecord admitted(LocalDate on, String cls, LocalDate until, LocalDate departed) {
        return new StayRecord(UUID.randomUUID(), cls, noon(on), until, "JFK",
                departed == null ? null : new StayRecord.Departure(noon(departed), "JFK", "CROSSING"));
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @Test
    void aVisaWaiverTravelerAtDay85Of180HasFiveDaysLeft() {
        StayAnswer a = rule.answer(List.of(admitted(TODAY.minusDays(84), "WT", null, null)), TODAY).orElseThrow();
        assertEquals(StayAnswer.Status.IN_STAY, a.status());
        assertEquals(TODAY.plusDays(5), a.admittedUntil());
        assertEquals(5, a.daysRemaining());
        assertEquals(new StayAnswer.Rule(90, 180, 85, 5), a.rule());
        assertEquals(0, a.daysOver());
    }

    @Test
    void earlierStaysInTheWindowShortenTheStay() {
        List<StayRecord> stays = List.of(admitted(TODAY.minusDays(150), "WT", null, TODAY.minusDays(121)),
                admitted(TODAY.minusDays(9), "WT", null, null));
        StayAnswer a = rule.answer(stays, TODAY).orElseThrow();
        assertEquals(40, a.rule().daysUsed(), "30 days of the first stay and 10 of this one");
        assertEquals(50, a.rule().daysLeft());
        assertTrue(a.daysRemaining() >= 50, "days age out of the window while the traveler stays: " + a.daysRemaining());
    }

    @Test
    void anOverstayInTheCountryAndAfterDeparture() {
        StayAnswer in = rule.answer(List.of(admitted(TODAY.minusDays(100), "WT", null, null)), TODAY).orElseThrow();
        assertEquals(StayAnswer.Status.OVERSTAY_IN_COUNTRY, in.status());
        assertEquals(11, in.daysOver(), "day 101 of a stay of 90 days");
        assertEquals(0, in.daysRemaining());
        StayAnswer out = rule.answer(List.of(admitted(TODAY.minusDays(30), "B2", TODAY.minusDays(20), TODAY.minusDays(15))), TODAY)
                .orElseThrow();
        assertEquals(StayAnswer.Status.OVERSTAY_DEPARTED, out.status());
        assertEquals(5, out.daysOver());
        assertNull(out.daysRemaining());
        assertNull(out.rule(), "no 90/180 rule for B2");
    }

    @Test
    void durationOfStatusHasNoEnd() {
        StayAnswer a = rule.answer(List.of(admitted(TODAY.minusDays(400), "F1", null, null)), TODAY).orElseThrow();
        assertEquals(StayAnswer.Status.IN_STAY, a.status());
        assertNull(a.admittedUntil());
        assertNull(a.daysRemaining());
    }

    @Test
    void nothingOnRecordIsNoAnswer() {
        assertTrue(rule.answer(List.of(), TODAY).isEmpty());
    }

    @Test
    void departuresArePairedWithTheAdmissionTheyFollow() {
        StayRecord first = admitted(TODAY.minusDays(60), "WT", null, null);
        StayRecord second = admitted(TODAY.minusDays(20), "WT", null, null);
        StayRecord.Departure exit1 = new StayRecord.Departure(noon(TODAY.minusDays(50)), "JFK", "CROSSING");
        StayRecord.Departure stray = new StayRecord.Departure(noon(TODAY.minusDays(90)), "SEA", "CROSSING");
        StayRecords.Found found = StayRecords.pair(List.of(first, second), List.of(stray, exit1));
        assertEquals(exit1, found.stays().get(0).departure());
        assertNull(found.stays().get(1).departure(), "the second admission is still open");
        assertEquals(List.of(stray), found.otherDepartures());
    }
}
