package org.opentvs.verification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonRequestReader;
import org.opentvs.platform.control.Refusal;
import org.opentvs.verification.entity.Touchpoint;
import org.opentvs.verification.entity.VerificationRequest;

class VerificationRequestsTest {

    private static final String TEMPLATE = "{\"algorithm\":\"cosine-v1\",\"data\":\"AACAPwAAAAA=\"}";
    private static final String CALL = "{\"touchpoint\":\"air_boarding\",\"location\":{\"port\":\"jfk\",\"gate\":\"B2\"},"
            + "\"flight\":{\"carrier\":\"zz\",\"number\":\"0042\",\"date\":\"2026-12-01\"},\"device\":{\"id\":\"cam-1\",\"make\":\"m\"},"
            + "\"captures\":[{\"modality\":\"face\",\"quality\":80,\"template\":" + TEMPLATE + "}]}";

    private static VerificationRequest parse(String json) {
        return VerificationRequests.parse(JsonRequestReader.readOrRefuse(TouchpointRequest.class, json));
    }

    private static void assertRefused(int status, String code, String field, String json) {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> parse(json));
        if (refused instanceof ApiException e) {
            assertEquals(status, e.status(), e.getMessage());
            assertEquals(code, e.code(), e.getMessage());
            if (field != null) {
                assertEquals(field, e.details().get("field"), e.getMessage());
            }
        } else {
            assertEquals(code, ((Refusal) refused).code(), refused.getMessage());
        }
    }

    private static String message(String json) {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> parse(json));
        return refused.getMessage();
    }

    @Test
    void aCallIsReadWithCodesInUpperCaseAndTheFlightNumberWithoutLeadingZeros() {
        VerificationRequest r = parse(CALL);
        assertEquals(Touchpoint.AIR_BOARDING, r.touchpoint());
        assertEquals("JFK", r.location().port());
        assertEquals("B2", r.location().gate());
        assertEquals(new VerificationRequest.FlightRef("ZZ", "42", LocalDate.of(2026, 12, 1)), r.flight());
        assertEquals("cam-1", r.device().id());
        assertEquals(1, r.captures().size());
        assertEquals("cosine-v1", r.captures().get(0).algorithm());
        assertEquals(80f, r.captures().get(0).quality());
        assertNull(r.vehicle());
        assertEquals(VerificationRequest.LaneDirection.ENTRY, r.laneDirection());
    }

    @Test
    void aLandLaneNeedsNoFlightAndTakesAVehicleWithItsOccupants() {
        String capture = "{\"template\":" + TEMPLATE + "}";
        VerificationRequest r = parse("{\"touchpoint\":\"LAND_VEHICLE\",\"location\":{\"port\":\"QXL\",\"lane\":\"3\"},"
                + "\"device\":{\"id\":\"lane-3\"},\"captures\":[" + capture + "," + capture + "],"
                + "\"vehicle\":{\"plate\":\"ab 123\",\"region\":\"NY\"},\"direction\":\"exit\"}");
        assertNull(r.flight());
        assertEquals(2, r.captures().size());
        assertEquals("AB 123", r.vehicle().plate());
        assertEquals(VerificationRequest.LaneDirection.EXIT, r.laneDirection());
    }

    @Test
    void eachFieldRuleIsA422NamingTheField() {
        assertRefused(422, "INVALID_FIELD", "touchpoint", CALL.replace("\"touchpoint\":\"air_boarding\",", ""));
        assertRefused(422, "INVALID_FIELD", "touchpoint", CALL.replace("air_boarding", "AIR_BALLOON"));
        assertRefused(422, "INVALID_FIELD", "location", CALL.replace("\"location\":{\"port\":\"jfk\",\"gate\":\"B2\"},", ""));
        assertRefused(422, "INVALID_FIELD", "location.port", CALL.replace("\"port\":\"jfk\",", ""));
        assertRefused(422, "INVALID_FIELD", "location.port", CALL.replace("jfk", "J-K"));
        assertRefused(422, "INVALID_FIELD", "location.port", CALL.replace("jfk", "ABCDEF"));
        assertRefused(422, "INVALID_FIELD", "location.gate", CALL.replace("B2", "G".repeat(11)));
        assertRefused(422, "INVALID_FIELD", "device", CALL.replace("\"device\":{\"id\":\"cam-1\",\"make\":\"m\"},", ""));
        assertRefused(422, "INVALID_FIELD", "device.id", CALL.replace("\"id\":\"cam-1\",", ""));
        assertRefused(422, "INVALID_FIELD", "device.id", CALL.replace("cam-1", "c".repeat(65)));
        assertRefused(422, "INVALID_FIELD", "device.make", CALL.replace("\"make\":\"m\"", "\"make\":\"" + "M".repeat(61) + "\""));
        assertRefused(422, "INVALID_FIELD", "direction", CALL.replace("\"captures\"", "\"direction\":\"sideways\",\"captures\""));
        assertRefused(422, "INVALID_FIELD", "flight.date", CALL.replace("2026-12-01", "+999999999-12-31"));
        assertRefused(422, "INVALID_FIELD", "captures[0].quality", CALL.replace("80", "\"80\""));
        assertRefused(400, "UNKNOWN_FIELD", "device.modell", CALL.replace("\"make\"", "\"modell\""));
        assertRefused(400, "UNKNOWN_FIELD", "captures[0].template.dimension", CALL.replace("\"data\"", "\"dimension\":2,\"data\""));
        assertEquals("Field 'location.port' must be an airport, seaport or land-port code", message(CALL.replace("jfk", "J-K")));
    }

    @Test
    void theRulesOfTheTouchpointAndOfEachCaptureKeepTheirFieldsAndCodes() {
        assertRefused(422, "INVALID_FIELD", "flight",
                CALL.replace("\"flight\":{\"carrier\":\"zz\",\"number\":\"0042\",\"date\":\"2026-12-01\"},", ""));
        assertRefused(422, "INVALID_FIELD", "flight.carrier", CALL.replace("\"carrier\":\"zz\",", ""));
        assertRefused(422, "INVALID_FIELD", "flight.number", CALL.replace("\"number\":\"0042\",", ""));
        assertRefused(422, "INVALID_FIELD", "flight.date", CALL.replace(",\"date\":\"2026-12-01\"", ""));
        assertRefused(422, "INVALID_FIELD", "captures",
                CALL.replace("[{\"modality\":\"face\",\"quality\":80,\"template\":" + TEMPLATE + "}]", "[]"));
        assertEquals("Field 'captures' must hold at least one capture",
                message(CALL.replaceFirst(",\"captures\":\\[.*\\]", "")));
        String two = CALL.replace("\"captures\":[", "\"captures\":[{\"template\":" + TEMPLATE + "},");
        assertEquals("Field 'captures' must hold exactly one face capture at this touchpoint", message(two));
        assertRefused(422, "INVALID_FIELD", "captures[0].modality", CALL.replace("\"face\"", "\"FINGER\""));
        assertRefused(422, "INVALID_FIELD", "captures[0].quality", CALL.replace("80", "101"));
        assertRefused(422, "INVALID_FIELD", "captures[0].quality", CALL.replace("80", "-0.5"));
        assertRefused(422, "INVALID_FIELD", "captures[0].quality", CALL.replace("80", "1e999"));
        assertRefused(422, "INVALID_FIELD", "captures[0].template", CALL.replace(",\"template\":" + TEMPLATE, ""));
        assertRefused(422, "INVALID_FIELD", "captures[0].template.algorithm", CALL.replace("\"algorithm\":\"cosine-v1\",", ""));
        assertRefused(422, "INVALID_FIELD", "captures[0].template.data", CALL.replace(",\"data\":\"AACAPwAAAAA=\"", ""));
        assertRefused(422, "ALGORITHM_MISMATCH", null, CALL.replace("cosine-v1", "vendor-x9"));
        assertRefused(422, "TEMPLATE_MALFORMED", null, CALL.replace("AACAPwAAAAA=", "AAAA!!"));
        String image = CALL.replace("\"template\":" + TEMPLATE, "\"image\":{\"format\":\"gif\",\"data\":\"R0lG\"}");
        assertRefused(422, "IMAGE_FORMAT_UNSUPPORTED", null, image);
        assertRefused(422, "INVALID_FIELD", "captures[0].image.format", image.replace("\"format\":\"gif\",", ""));
        assertRefused(422, "INVALID_FIELD", "captures[0].image.data", image.replace("gif", "jpeg").replace(",\"data\":\"R0lG\"", ""));
        assertTrue(parse(image.replace("gif", "jpeg")).captures().get(0).image());
    }

    @Test
    void aVehicleLaneTakesAtMostNineOccupants() {
        StringBuilder captures = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            captures.append(i == 0 ? "" : ",").append("{\"template\":").append(TEMPLATE).append('}');
        }
        assertEquals("Field 'captures' may hold at most 9 occupants", message("{\"touchpoint\":\"LAND_VEHICLE\",\"location\":"
                + "{\"port\":\"QXL\"},\"device\":{\"id\":\"lane-3\"},\"captures\":[" + captures + "]}"));
    }
}
