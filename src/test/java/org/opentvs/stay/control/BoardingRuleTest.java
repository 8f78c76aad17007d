package org.opentvs.stay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentvs.stay.entity.BoardingAnswer;
import org.opentvs.stay.entity.StayAnswer;

class BoardingRuleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    private static Optional<StayAnswer> stay(StayAnswer.Status status, LocalDate departed) {
        return Optional.of(new StayAnswer("WT", DAY.minusDays(10), DAY.plusDays(80), 80, departed, status, 0, null));
    }

    private static BoardingRule.Facts on(boolean citizen, boolean hit, Optional<StayAnswer> stay) {
        return new BoardingRule.Facts(true, citizen, hit, stay);
    }

    @Test
    void theOrderOfTheRule() {
        assertEquals(BoardingAnswer.UNKNOWN, BoardingRule.decide(true, new BoardingRule.Facts(false, true, true,
                stay(StayAnswer.Status.IN_STAY, null))), "not on the manifest: nothing is told");
        assertEquals(BoardingAnswer.NO, BoardingRule.decide(true, on(true, true, Optional.empty())), "a blocking hit");
        assertEquals(BoardingAnswer.YES, BoardingRule.decide(true, on(true, false, Optional.empty())), "a US citizen");
        assertEquals(BoardingAnswer.UNKNOWN, BoardingRule.decide(false, on(false, false, stay(StayAnswer.Status.IN_STAY, null))),
                "an inbound flight");
        assertEquals(BoardingAnswer.UNKNOWN, BoardingRule.decide(true, on(false, false, Optional.empty())), "no admission");
        assertEquals(BoardingAnswer.UNKNOWN, BoardingRule.decide(true, on(false, false,
                stay(StayAnswer.Status.DEPARTED_ON_TIME, DAY.minusDays(2)))), "departed already");
        assertEquals(BoardingAnswer.NO, BoardingRule.decide(true, on(false, false, stay(StayAnswer.Status.OVERSTAY_IN_COUNTRY, null))));
        assertEquals(BoardingAnswer.YES, BoardingRule.decide(true, on(false, false, stay(StayAnswer.Status.IN_STAY, null))));
    }
}
