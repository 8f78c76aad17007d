package org.opentvs.verification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opentvs.biometric.entity.CaptureFailure;
import org.opentvs.verification.control.Probe;
import org.opentvs.verification.entity.Decision;
import org.opentvs.verification.entity.Instruction;
import org.opentvs.verification.entity.Outcome;
import org.opentvs.verification.entity.Touchpoint;
import org.opentvs.verification.entity.Verification;
import org.opentvs.verification.entity.VerificationRequest;

/** The touchpoint's answer is written exactly as the JSON-P builder (VerificationAnswers) wrote it. */
class VerificationReplyTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final Probe SEARCHED = new Probe("ALG", "1", new float[]{1f}, null, null, null, null);

    @Test
    void aMatchNamesTheTravelerByTheCarriersReference() {
        Verification v = verification();
        CaptureReply reply = CaptureReply.of(v, outcome(Decision.MATCH, Instruction.PROCEED, 0.91234567f, "PNR-1"), SEARCHED, 3.14159,
                null);
        assertEquals("{\"id\":\"" + v.id() + "\",\"decision\":\"MATCH\",\"instruction\":\"PROCEED\","
                + "\"traveler\":{\"confirmed\":true,\"reference\":\"PNR-1\"},\"score\":0.9123,\"elapsedMillis\":3.142}",
                JSONB.toJson(reply));
    }

    @Test
    void aMatchWithoutAReferenceSaysSoAsNull() {
        Verification v = verification();
        CaptureReply reply = CaptureReply.of(v, outcome(Decision.MATCH, Instruction.PROCEED, 1f, null), SEARCHED, 12, null);
        assertEquals("{\"id\":\"" + v.id() + "\",\"decision\":\"MATCH\",\"instruction\":\"PROCEED\","
                + "\"traveler\":{\"confirmed\":true,\"reference\":null},\"score\":1.0,\"elapsedMillis\":12.0}", JSONB.toJson(reply));
    }

    @Test
    void aNoMatchHasANullTravelerAndASmallScoreWrittenAsJsonPWroteIt() {
        Verification v = verification();
        CaptureReply reply = CaptureReply.of(v, outcome(Decision.NO_MATCH, Instruction.SEE_OFFICER, 0.00031f, null), SEARCHED, 0.0504,
                null);
        assertEquals("{\"id\":\"" + v.id() + "\",\"decision\":\"NO_MATCH\",\"instruction\":\"SEE_OFFICER\",\"traveler\":null,"
                + "\"score\":0.00030,\"elapsedMillis\":0.05}", JSONB.toJson(reply));
        CaptureReply negative = CaptureReply.of(v, outcome(Decision.NO_MATCH, Instruction.SEE_OFFICER, -0.2f, null), SEARCHED, 1, null);
        assertEquals("{\"id\":\"" + v.id() + "\",\"decision\":\"NO_MATCH\",\"instruction\":\"SEE_OFFICER\",\"traveler\":null,"
                + "\"score\":-0.2,\"elapsedMillis\":1.0}", JSONB.toJson(negative));
    }

    @Test
    void aFailedCaptureHasNoScoreAndSaysWhy() {
        Verification v = verification();
        Probe failed = new Probe(null, "1", null, null, null, null, CaptureFailure.FACE_TOO_SMALL);
        CaptureReply reply = CaptureReply.of(v, outcome(Decision.CAPTURE_FAILED, Instruction.RECAPTURE, null, null), failed, 7.0006,
                null);
        assertEquals("{\"id\":\"" + v.id() + "\",\"decision\":\"CAPTURE_FAILED\",\"instruction\":\"RECAPTURE\",\"traveler\":null,"
                + "\"score\":null,\"elapsedMillis\":7.001,\"reason\":\"FACE_TOO_SMALL\"}", JSONB.toJson(reply));
    }

    @Test
    void aVehicleAnswersPerOccupantWithItsPosition() {
        Verification first = verification();
        Verification second = verification();
        Probe failed = new Probe(null, "1", null, null, null, null, CaptureFailure.NO_FACE);
        VehicleReply reply = VehicleReply.of(first.id().toString(), List.of(
                CaptureReply.of(first, outcome(Decision.MATCH, Instruction.PROCEED, 0.8f, "R1"), SEARCHED, 12.3456789, 1),
                CaptureReply.of(second, outcome(Decision.CAPTURE_FAILED, Instruction.RECAPTURE, null, null), failed, 12.3456789, 2)),
                12.3456789);
        assertEquals("{\"id\":\"" + first.id() + "\",\"occupants\":["
                + "{\"id\":\"" + first.id() + "\",\"decision\":\"MATCH\",\"instruction\":\"PROCEED\","
                + "\"traveler\":{\"confirmed\":true,\"reference\":\"R1\"},\"score\":0.8,\"elapsedMillis\":12.346,\"occupant\":1},"
                + "{\"id\":\"" + second.id() + "\",\"decision\":\"CAPTURE_FAILED\",\"instruction\":\"RECAPTURE\",\"traveler\":null,"
                + "\"score\":null,\"elapsedMillis\":12.346,\"reason\":\"NO_FACE\",\"occupant\":2}],\"elapsedMillis\":12.3456789}",
                JSONB.toJson(reply));
    }

    private static Outcome outcome(Decision decision, Instruction instruction, Float score, String reference) {
        return new Outcome(decision, instruction, score, 0.6f, "ALG", decision == Decision.MATCH ? UUID.randomUUID() : null, reference,
                false, true);
    }

    private static Verification verification() {
        VerificationRequest request = new VerificationRequest(Touchpoint.AIR_BOARDING,
                new VerificationRequest.Location("IAD", null, "A5", null),
                new VerificationRequest.FlightRef("ZZ", "123", LocalDate.of(2026, 12, 7)),
                new VerificationRequest.Device("cam-1", null, null, null), List.of(), null, null);
        return new Verification(request, null, UUID.randomUUID(), Instant.parse("2026-12-07T15:00:00Z"), "test");
    }
}
