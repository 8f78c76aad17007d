package org.opentvs.departure.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentvs.departure.entity.Confirmation;
import org.opentvs.departure.entity.FaceResult;
import org.opentvs.departure.entity.GeoPoint;
import org.opentvs.departure.entity.PortLocation;
import org.opentvs.departure.entity.PositionVerdict;
import org.opentvs.departure.entity.SelfReportFacts;

/** The self-report replies as JSON-B writes them: field for field what the hand-built JSON was. */
class SelfReportRepliesTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static SelfReportFacts facts(FaceResult face) {
        SelfReportFacts facts = new SelfReportFacts(null, "app", Instant.parse("2026-12-01T10:00:00Z"));
        GeoPoint p = new GeoPoint(49.0, -122.75);
        facts.position = new PositionVerdict(new PortLocation("BLAINE", "3004", "Blaine", "LAND", "CAN", p, List.of(p, p)), 10, 20, null);
        facts.face = face;
        return facts;
    }

    @Test
    void aReceiptNamesTheAlgorithmOnlyWhenAFaceWasCompared() {
        SelfReportFacts compared = facts(new FaceResult("ArcFace", "1.2", 0.9, 0.5, true));
        assertEquals("{\"receipt\":\"" + compared.id + "\",\"confirmation\":\"SELF_REPORTED_BIOMETRIC\",\"confidence\":0.95,"
                + "\"port\":\"3004\",\"portName\":\"Blaine\",\"receivedAt\":\"2026-12-01T10:00:00Z\",\"algorithm\":\"ArcFace 1.2\"}",
                JSONB.toJson(SelfReportReceipt.of(compared, Confirmation.SELF_REPORTED_BIOMETRIC, 0.95)));
        SelfReportFacts biographic = facts(null);
        assertEquals("{\"receipt\":\"" + biographic.id + "\",\"confirmation\":\"SELF_REPORTED_BIOGRAPHIC\",\"confidence\":0.6,"
                + "\"port\":\"3004\",\"portName\":\"Blaine\",\"receivedAt\":\"2026-12-01T10:00:00Z\"}",
                JSONB.toJson(SelfReportReceipt.of(biographic, Confirmation.SELF_REPORTED_BIOGRAPHIC, 0.6)));
    }

    @Test
    void aRefusalHasEveryFieldNumbersAsTheirDoubleTimesAsInstants() {
        Object[] row = {"r1", "POSITION", (short) 422, "PEDESTRIAN", null, null, "app", "X1", "FRA", null, null, null, null, null, 49.0,
                -122.75, 12.5f, 1.5E7f, -20.0f, null, 0.0001f, null, null, null, null, null, false,
                Timestamp.from(Instant.parse("2026-12-01T09:59:00Z")), Timestamp.from(Instant.parse("2026-12-01T10:00:00.123Z"))};
        assertEquals(
                "{\"id\":\"r1\",\"refusal\":\"POSITION\",\"httpStatus\":422.0,\"kind\":\"PEDESTRIAN\",\"port\":null,\"portLocation\":null,"
                        + "\"client\":\"app\",\"documentNumber\":\"X1\",\"documentCountry\":\"FRA\",\"familyName\":null,\"givenNames\":null,"
                        + "\"dateOfBirth\":null,\"nationality\":null,\"faceScore\":null,\"latitude\":49.0,\"longitude\":-122.75,"
                        + "\"accuracyMeters\":12.5,\"portDistanceMeters\":1.5E+7,\"borderDistanceMeters\":-20.0,\"livenessPassed\":null,"
                        + "\"livenessScore\":0.00009999999747378752,\"livenessMethod\":null,\"vehiclePlate\":null,\"busOperator\":null,"
                        + "\"busRoute\":null,\"tailNumber\":null,\"selfieKept\":false,\"reportedAt\":\"2026-12-01T09:59:00Z\","
                        + "\"receivedAt\":\"2026-12-01T10:00:00.123Z\"}",
                JSONB.toJson(SelfReportRefusal.of(row)));
    }
}
