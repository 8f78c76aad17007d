package org.opentvs.stay.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentvs.stay.entity.BoardingAnswer;
import org.opentvs.stay.entity.StayAnswer;

/** The stay answer and the boarding check's answer are written exactly as the JSON-P builders wrote them. */
class StayRepliesTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aVisaWaiverStayInTheCountryShowsItsRule() {
        StayAnswer a = new StayAnswer("WT", LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 29), 53, null, StayAnswer.Status.IN_STAY, 0,
                new StayAnswer.Rule(90, 180, 37, 53));
        assertEquals("{\"asOf\":\"2026-12-07\",\"classOfAdmission\":\"WT\",\"admittedOn\":\"2026-11-01\",\"admittedUntil\":\"2027-01-29\","
                + "\"daysRemaining\":53,\"departedOn\":null,\"status\":\"IN_STAY\",\"overstay\":false,\"daysOver\":0,\"visaWaiver\":true,"
                + "\"rule\":{\"maxDays\":90,\"windowDays\":180,\"daysUsed\":37,\"daysLeft\":53}}", JSONB.toJson(StayReply.of(a, TODAY)));
    }

    @Test
    void aDurationOfStatusStayHasNullsWhereNothingApplies() {
        StayAnswer a = new StayAnswer("F1", LocalDate.of(2025, 8, 20), null, null, null, StayAnswer.Status.IN_STAY, 0, null);
        assertEquals("{\"asOf\":\"2026-12-07\",\"classOfAdmission\":\"F1\",\"admittedOn\":\"2025-08-20\",\"admittedUntil\":null,"
                + "\"daysRemaining\":null,\"departedOn\":null,\"status\":\"IN_STAY\",\"overstay\":false,\"daysOver\":0,\"visaWaiver\":false,"
                + "\"rule\":null}", JSONB.toJson(StayReply.of(a, TODAY)));
    }

    @Test
    void anOverstayThatDepartedSaysWhenAndByHowMuch() {
        StayAnswer a = new StayAnswer("B2", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 7, 9), null, LocalDate.of(2026, 7, 21),
                StayAnswer.Status.OVERSTAY_DEPARTED, 12, null);
        assertEquals("{\"asOf\":\"2026-12-07\",\"classOfAdmission\":\"B2\",\"admittedOn\":\"2026-01-10\",\"admittedUntil\":\"2026-07-09\","
                + "\"daysRemaining\":null,\"departedOn\":\"2026-07-21\",\"status\":\"OVERSTAY_DEPARTED\",\"overstay\":true,\"daysOver\":12,"
                + "\"visaWaiver\":false,\"rule\":null}", JSONB.toJson(StayReply.of(a, TODAY)));
    }

    @Test
    void aBoardingCheckLeavesOutAReferenceTheCarrierDidNotSendAndCountsEveryAnswer() {
        Map<BoardingAnswer, Integer> counts = new EnumMap<>(BoardingAnswer.class);
        counts.put(BoardingAnswer.UNKNOWN, 1);
        counts.put(BoardingAnswer.YES, 2);
        BoardingCheckReply reply = new BoardingCheckReply(new BoardingCheckReply.Flight("ZZ", "123A", TODAY),
                List.of(BoardingCheckReply.Result.of(0, "PAX-1", BoardingAnswer.YES),
                        BoardingCheckReply.Result.of(1, null, BoardingAnswer.YES),
                        BoardingCheckReply.Result.of(2, "PAX-3", BoardingAnswer.UNKNOWN)),
                BoardingCheckReply.Counts.of(counts));
        assertEquals("{\"flight\":{\"carrier\":\"ZZ\",\"number\":\"123A\",\"date\":\"2026-12-07\"},\"results\":["
                + "{\"index\":0,\"reference\":\"PAX-1\",\"answer\":\"YES\"},{\"index\":1,\"answer\":\"YES\"},"
                + "{\"index\":2,\"reference\":\"PAX-3\",\"answer\":\"UNKNOWN\"}],\"counts\":{\"YES\":2,\"NO\":0,\"UNKNOWN\":1}}",
                JSONB.toJson(reply));
    }
}
