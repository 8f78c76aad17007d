package org.opentvs.alerting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opentvs.alerting.control.SubjectRecord;

/** The alert as JSON-B writes it (the REST list and the SSE event data): field for field what AlertRow.toJson() built. */
class AlertReplyTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final UUID U1 = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID U2 = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID U3 = UUID.fromString("00000000-0000-0000-0000-000000000003");

    @Test
    void aFullAlertHasItsFlightTravelerAndWhy() {
        AlertRow row = new AlertRow(U1, 42, "WATCHLIST", "ACKNOWLEDGED", "JFK", "DEPARTURE_GATE", "4", "B22", null, null, "DL", "404", null,
                Instant.parse("2026-12-01T10:00:00Z"), "dev-1", U2, U3, "WANTED", 0.87654f, 0.00012f,
                "{\"name\":0.9,\"dateOfBirth\":\"EXACT\"}", "officer1", Instant.parse("2026-12-01T10:05:00.5Z"), null, null);
        String json = "{\"id\":\"" + U1
                + "\",\"seq\":42,\"kind\":\"WATCHLIST\",\"status\":\"ACKNOWLEDGED\",\"raisedAt\":\"2026-12-01T10:00:00Z\","
                + "\"location\":{\"port\":\"JFK\",\"touchpoint\":\"DEPARTURE_GATE\",\"terminal\":\"4\",\"gate\":\"B22\",\"lane\":null,"
                + "\"vehiclePlate\":null,\"deviceId\":\"dev-1\"},\"flight\":{\"carrier\":\"DL\",\"number\":\"404\",\"date\":\"\"},"
                + "\"traveler\":{\"id\":\"" + U2 + "\",\"href\":\"/api/v1/alerts/" + U1 + "/traveler\"},\"hotlistEntryId\":\"" + U3 + "\","
                + "\"category\":\"WANTED\",\"why\":{\"biometricScore\":0.8765,\"watchlistFaceScore\":0.00010,"
                + "\"biographic\":{\"name\":0.9,\"dateOfBirth\":\"EXACT\"}},\"acknowledgedBy\":\"officer1\","
                + "\"acknowledgedAt\":\"2026-12-01T10:05:00.500Z\",\"resolvedBy\":null,\"resolvedAt\":null}";
        assertEquals(json, JSONB.toJson(AlertReply.of(row)));
        assertEquals(json, AlertReply.json(row), "the SSE event data is the REST item");
    }

    @Test
    void aBareAlertHasEveryFieldNull() {
        AlertRow row = new AlertRow(U1, 7, "OVERSTAY", "OPEN", null, null, null, null, null, "ABC123", "AA", "1",
                java.time.LocalDate.parse("2026-12-01"), Instant.parse("2026-12-01T10:00:00Z"), null, null, null, null, null, null, null,
                null, null, "officer2", Instant.parse("2026-12-02T10:00:00Z"));
        assertEquals("{\"id\":\"" + U1 + "\",\"seq\":7,\"kind\":\"OVERSTAY\",\"status\":\"OPEN\",\"raisedAt\":\"2026-12-01T10:00:00Z\","
                + "\"location\":{\"port\":null,\"touchpoint\":null,\"terminal\":null,\"gate\":null,\"lane\":null,\"vehiclePlate\":\"ABC123\","
                + "\"deviceId\":null},\"flight\":{\"carrier\":\"AA\",\"number\":\"1\",\"date\":\"2026-12-01\"},\"traveler\":null,"
                + "\"hotlistEntryId\":null,\"category\":null,\"why\":{\"biometricScore\":null,\"watchlistFaceScore\":null,\"biographic\":null},"
                + "\"acknowledgedBy\":null,\"acknowledgedAt\":null,\"resolvedBy\":\"officer2\",\"resolvedAt\":\"2026-12-02T10:00:00Z\"}",
                AlertReply.json(row));
        AlertRow landed = new AlertRow(U1, 8, "OVERSTAY", "OPEN", "BLA", null, null, null, "3", null, null, null, null,
                Instant.parse("2026-12-01T10:00:00Z"), null, null, null, null, 0.5f, null, null, null, null, null, null);
        assertEquals("{\"id\":\"" + U1 + "\",\"seq\":8,\"kind\":\"OVERSTAY\",\"status\":\"OPEN\",\"raisedAt\":\"2026-12-01T10:00:00Z\","
                + "\"location\":{\"port\":\"BLA\",\"touchpoint\":null,\"terminal\":null,\"gate\":null,\"lane\":\"3\",\"vehiclePlate\":null,"
                + "\"deviceId\":null},\"flight\":null,\"traveler\":null,\"hotlistEntryId\":null,\"category\":null,"
                + "\"why\":{\"biometricScore\":0.5,\"watchlistFaceScore\":null,\"biographic\":null},\"acknowledgedBy\":null,"
                + "\"acknowledgedAt\":null,\"resolvedBy\":null,\"resolvedAt\":null}", AlertReply.json(landed));
    }

    @Test
    void theSubjectRecordOfATravelerHasItsFlightAnIdentityHasNone() {
        SubjectRecord traveler = new SubjectRecord(U2.toString(), "TRAVELER", "DOE", "JANE", "1980-01-02", "F", "FRA", "ABC", "12A",
                "CHECKED_IN",
                new SubjectRecord.Flight("DL", "404", "2026-12-01", "JFK", "CDG"), List.of(new SubjectRecord.Document("P", "X1", "FRA")));
        assertEquals("{\"id\":\"" + U2
                + "\",\"kind\":\"TRAVELER\",\"familyName\":\"DOE\",\"givenNames\":\"JANE\",\"dateOfBirth\":\"1980-01-02\","
                + "\"sex\":\"F\",\"nationality\":\"FRA\",\"reference\":\"ABC\",\"seat\":\"12A\",\"status\":\"CHECKED_IN\","
                + "\"flight\":{\"carrier\":\"DL\",\"number\":\"404\",\"date\":\"2026-12-01\",\"from\":\"JFK\",\"to\":\"CDG\"},"
                + "\"documents\":[{\"type\":\"P\",\"number\":\"X1\",\"issuingCountry\":\"FRA\"}]}", JSONB.toJson(traveler));
        SubjectRecord identity = new SubjectRecord(U3.toString(), "IDENTITY", "DOE", "", "", "", "FRA", null, null, null, null, List.of());
        assertEquals(
                "{\"id\":\"" + U3 + "\",\"kind\":\"IDENTITY\",\"familyName\":\"DOE\",\"givenNames\":\"\",\"dateOfBirth\":\"\",\"sex\":\"\","
                        + "\"nationality\":\"FRA\",\"documents\":[]}",
                JSONB.toJson(identity));
    }
}
