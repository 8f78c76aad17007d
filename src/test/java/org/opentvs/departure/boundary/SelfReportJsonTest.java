package org.opentvs.departure.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opentvs.departure.entity.SelfReportRequest;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonRequestReader;
import org.opentvs.platform.boundary.Refusals;

class SelfReportJsonTest {

    private static final String BASE = "\"requestId\":\"a1b2c3d4-req\",\"reportedAt\":\"2026-11-22T09:30:00Z\","
            + "\"document\":{\"number\":\"nl123\",\"country\":\"nld\"},\"selfie\":{\"format\":\"JPEG\",\"data\":\"AAAA\"},"
            + "\"position\":{\"latitude\":49.02,\"longitude\":-122.756,\"accuracyMeters\":15}";

    private static SelfReportRequest read(String body) {
        return SelfReportJson.read(JsonRequestReader.readOrRefuse(SelfReportInput.class, body));
    }

    private static ApiException refused(String body) {
        return Refusals.refusal(() -> read(body));
    }

    private static String body(String more) {
        return "{" + BASE + more + "}";
    }

    private static void assertField(String field, String body) {
        ApiException e = refused(body);
        assertEquals(422, e.status(), e.getMessage());
        assertEquals("INVALID_FIELD", e.code(), e.getMessage());
        assertEquals(field, e.details().get("field"), e.getMessage());
    }

    @Test
    void aPedestrianReportIsReadWithNormalisedCodes() {
        SelfReportRequest r = read(body(",\"kind\":\"pedestrian\",\"liveness\":{\"passed\":true,\"score\":0.97,\"method\":\"passive\"}"));
        assertEquals("a1b2c3d4-req", r.requestId());
        assertEquals(Instant.parse("2026-11-22T09:30:00Z"), r.reportedAt());
        assertEquals(SelfReportRequest.Kind.PEDESTRIAN, r.kind());
        assertEquals("NL123", r.documentNumber());
        assertEquals("NLD", r.documentCountry());
        assertEquals("jpeg", r.selfieFormat());
        assertEquals("AAAA", r.selfieBase64());
        assertEquals(49.02, r.position().latitude(), 1e-9);
        assertEquals(15.0, r.accuracyMeters(), 1e-9);
        assertEquals(new SelfReportRequest.Liveness(true, 0.97, "passive"), r.liveness());
        assertEquals(SelfReportRequest.Conveyance.NONE, r.conveyance());
    }

    @Test
    void eachKindCarriesItsOwnConveyance() {
        SelfReportRequest vehicle = read(body(",\"kind\":\"VEHICLE\",\"vehicle\":{\"plate\":\"abc 123\",\"region\":\"bc\"}"));
        assertEquals(new SelfReportRequest.Conveyance("ABC 123", "BC", null, null, null), vehicle.conveyance());
        SelfReportRequest bus = read(body(",\"kind\":\"BUS\",\"bus\":{\"operator\":\"Quick\",\"route\":\"7\"}"));
        assertEquals(new SelfReportRequest.Conveyance(null, null, "Quick", "7", null), bus.conveyance());
        SelfReportRequest plane = read(body(",\"kind\":\"general_aviation\",\"aircraft\":{\"tailNumber\":\"c-gabc\"}"));
        assertEquals("C-GABC", plane.conveyance().tailNumber());
        assertNull(plane.liveness());
        assertEquals("Field 'bus' does not belong to this kind of departure",
                refused(body(",\"kind\":\"VEHICLE\",\"bus\":{\"operator\":\"X\",\"route\":\"Y\"}")).getMessage());
        assertEquals("Field 'vehicle' is required", refused(body(",\"kind\":\"VEHICLE\"")).getMessage());
        assertField("aircraft", body(",\"kind\":\"PEDESTRIAN\",\"aircraft\":{\"tailNumber\":\"N1\"}"));
        assertField("bus.route", body(",\"kind\":\"BUS\",\"bus\":{\"operator\":\"Quick\"}"));
        assertField("vehicle.plate", body(",\"kind\":\"VEHICLE\",\"vehicle\":{\"plate\":\"AB_1\"}"));
        assertField("aircraft.tailNumber", body(",\"kind\":\"GENERAL_AVIATION\",\"aircraft\":{\"tailNumber\":\"N\"}"));
    }

    @Test
    void everyFieldRuleIsA422NamingTheField() {
        assertEquals("Field 'kind' must be PEDESTRIAN, VEHICLE, BUS or GENERAL_AVIATION",
                refused(body(",\"kind\":\"SWIMMING\"")).getMessage());
        assertField("kind", body(""));
        assertEquals("Field 'requestId' must be 8 to 64 letters, digits or . _ : - (a fresh nonce per report, e.g. a UUID)",
                refused(body(",\"kind\":\"PEDESTRIAN\"").replace("a1b2c3d4-req", "short")).getMessage());
        assertEquals("Field 'position.latitude' must be a number from -90.0 to 90.0",
                refused(body(",\"kind\":\"PEDESTRIAN\"").replace("49.02", "91")).getMessage());
        assertEquals("Field 'position.accuracyMeters' must be a number from 0.0 to 100000.0",
                refused(body(",\"kind\":\"PEDESTRIAN\"").replace(":15}", ":-1}")).getMessage());
        assertField("position.longitude", body(",\"kind\":\"PEDESTRIAN\"").replace("-122.756", "\"west\""));
        assertField("position.longitude", body(",\"kind\":\"PEDESTRIAN\"").replace(",\"longitude\":-122.756", ""));
        assertEquals("Field 'selfie.format' must be jpeg or png",
                refused(body(",\"kind\":\"PEDESTRIAN\"").replace("JPEG", "gif")).getMessage());
        assertField("selfie.data", body(",\"kind\":\"PEDESTRIAN\"").replace(",\"data\":\"AAAA\"", ""));
        assertEquals("Field 'document.number' has characters or a length it may not have",
                refused(body(",\"kind\":\"PEDESTRIAN\"").replace("nl123", "nl-123")).getMessage());
        assertField("document.country", body(",\"kind\":\"PEDESTRIAN\"").replace("nld", "nl"));
        assertField("liveness.score", body(",\"kind\":\"PEDESTRIAN\",\"liveness\":{\"score\":1.5}"));
        assertField("liveness.passed", body(",\"kind\":\"PEDESTRIAN\",\"liveness\":{\"passed\":\"yes\"}"));
        assertField("reportedAt", body(",\"kind\":\"PEDESTRIAN\"").replace("2026-11-22T09:30:00Z", "today"));
        ApiException unknown = refused(body(",\"kind\":\"PEDESTRIAN\",\"passportPhoto\":\"x\""));
        assertEquals(400, unknown.status());
        assertEquals("UNKNOWN_FIELD", unknown.code());
        assertEquals("passportPhoto", unknown.details().get("field"));
    }
}
