package org.opentvs.departure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentvs.it.Api;
import org.opentvs.it.Db;
import org.opentvs.it.Deployments;
import org.opentvs.it.FaceFlights;
import org.opentvs.it.FacePhotos;
import org.opentvs.it.Templates;

/**
 * Self-reported departures through the real WAR with real faces (face-api engine; skips when the
 * models are not installed, server-config/ensure-face-models.sh): a matching selfie 2 km into
 * Canada is a biometric departure the reconciliation links to the admission; a selfie of someone
 * else, a position in Blaine, a replayed request or selfie, an unknown document and a port outside
 * the app's scope are refused and kept; analysts see the refusals of their ports only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelfReportIT {

    private static final String REFUSALS = "api/v1/departures/self-reports/refusals";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    private Api api() {
        return new Api(deployment);
    }

    @BeforeEach
    void engine() {
        assumeTrue(FacePhotos.available(), "face-api models and photos not installed");
        assumeTrue(FaceFlights.engineInstalled(api()), "the deployment has no face-api engine");
    }

    private String enrol(String family, String document, String faceJson) {
        String feed = api().client("passport photos " + family, List.of("holdings-feed"), List.of(), List.of());
        String body = Json.createObjectBuilder().add("source", "DOS_PASSPORT")
                .add("person", Json.createObjectBuilder().add("familyName", family).add("givenNames", "ROBIN")
                        .add("dateOfBirth", "1986-04-12").add("sex", "F").add("nationality", "NLD").add("usCitizen", false))
                .add("documents", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "P").add("number", document)
                        .add("issuingCountry", "NLD").add("expiry", "2032-01-01")))
                .add("faces", Json.createArrayBuilder().add(Json.createReader(new java.io.StringReader(faceJson)).readObject()))
                .build().toString();
        Api.Reply enrolled = api().postJson("api/v1/holdings/identities", Api.bearer(feed), body);
        assertEquals(201, enrolled.status(), enrolled.body());
        return enrolled.json().getString("id");
    }

    private static String imageFace(FacePhotos.Face face) {
        return Json.createObjectBuilder().add("image", FaceFlights.image("jpeg", FacePhotos.jpeg(FacePhotos.portrait(face), 0.9f))).build()
                .toString();
    }

    private static byte[] selfie(FacePhotos.Face face, int variant) {
        return FacePhotos.jpeg(FacePhotos.otherRendering(FacePhotos.portrait(face), 4, 0.8, 10 + variant), 0.7f);
    }

    private Api.Reply report(String app, String body) {
        return api().postJson("api/v1/departures/self-reports", Api.bearer(app), body);
    }

    @Test
    void aMatchingSelfieInCanadaIsADepartureTheReconciliationLinksToTheAdmission() throws Exception {
        String identity = enrol("SELFMATCH", "SR1MATCH", imageFace(FacePhotos.SAMPLE6_A));
        String feed = api().client("admissions SR1", List.of("holdings-feed"), List.of(), List.of());
        String admission = java.util.UUID.randomUUID().toString();
        Api.Reply admitted = api().postJson("api/v1/admissions", Api.bearer(feed), Json.createObjectBuilder().add("id", admission)
                .add("identityId", identity).add("familyName", "SELFMATCH").add("givenNames", "ROBIN").add("dateOfBirth", "1986-04-12")
                .add("nationality", "NLD").add("documentNumber", "SR1MATCH").add("documentCountry", "NLD").add("classOfAdmission", "WT")
                .add("port", "SEA").add("admittedAt", Instant.now().minus(20, ChronoUnit.DAYS).toString()).build().toString());
        assertEquals(201, admitted.status(), admitted.body());

        String app = api().client("kiosk blaine", List.of("traveler-app"), List.of(), List.of("3004"));
        Api.Reply reply = report(app, SelfReports.pedestrian("SR1MATCH", "NLD", selfie(FacePhotos.SAMPLE6_A, 0), SelfReports.DOUGLAS_BC,
                SelfReports.freshId()));
        assertEquals(201, reply.status(), reply.body());
        JsonObject receipt = reply.json();
        assertEquals("SELF_REPORTED_BIOMETRIC", receipt.getString("confirmation"), reply.body());
        assertTrue(receipt.getJsonNumber("confidence").doubleValue() >= 0.9, reply.body());
        assertEquals("3004", receipt.getString("port"));
        assertFalse(reply.body().contains("SELFMATCH"), "no personal data in the receipt");
        String id = receipt.getString("receipt");
        assertEquals("BLAINE-PA DEPARTED true face-api-dlib", Db.string("select port_location || ' ' || outcome || ' ' || liveness_passed"
                + " || ' ' || algorithm from self_report where id = ?::uuid and algorithm_version is not null", id));
        assertEquals(1, Db.count("select count(*) from self_report where id = ?::uuid and selfie is not null"
                + " and position('\\xffd8'::bytea in selfie) <> 1", id), "the selfie is sealed, not a JPEG at rest");
        assertEquals(1, Db.count("select count(*) from audit_event where object_type = 'holding_identity' and action = 'READ'"
                + " and object_id = ?", identity));

        String operator = api().client("recon operator SR", List.of("batch-operator"), List.of(), List.of());
        JsonObject run = runReconciliation(operator);
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
        assertEquals(id, Db.string("select cast(departure_id as varchar) from recon_link where admission_id = ?::uuid", admission));
        JsonObject latest = api().get("api/v1/reconciliation/runs/latest", Api.bearer(operator)).json();
        JsonObject selfReports = latest.getJsonObject("selfReports");
        assertTrue(selfReports.getInt("departures") >= 1 && selfReports.getInt("reconciled") >= 1, latest.toString());
        assertTrue(selfReports.getInt("biometric") >= 1, latest.toString());
    }

    @Test
    void refusalsAreAnsweredClearlyAndKeptForTheAnalystsOfThePort() {
        enrol("SELFREFUSE", "SR2REFUSE", imageFace(FacePhotos.SAMPLE5_A));
        String app = api().client("app blaine", List.of("traveler-app"), List.of(), List.of("3004"));

        Api.Reply stranger = report(app, SelfReports.pedestrian("SR2REFUSE", "NLD", selfie(FacePhotos.SAMPLE6_B, 1),
                SelfReports.DOUGLAS_BC, SelfReports.freshId()));
        assertEquals(422, stranger.status(), stranger.body());
        assertEquals("SELFIE_NO_MATCH", stranger.json().getString("error"));
        String strangerId = stranger.json().getString("receipt");

        Api.Reply blaine = report(app, SelfReports.pedestrian("SR2REFUSE", "NLD", selfie(FacePhotos.SAMPLE5_A, 2),
                SelfReports.BLAINE_WA, SelfReports.freshId()));
        assertEquals(422, blaine.status(), blaine.body());
        assertEquals("POSITION_INSIDE_US", blaine.json().getString("error"));

        String requestId = SelfReports.freshId();
        String body = SelfReports.pedestrian("SR2REFUSE", "NLD", selfie(FacePhotos.SAMPLE5_A, 3), SelfReports.DOUGLAS_BC, requestId);
        Api.Reply first = report(app, body);
        assertEquals(201, first.status(), first.body());
        Api.Reply replayed = report(app, body);
        assertEquals(409, replayed.status(), replayed.body());
        assertEquals("REPLAYED_REQUEST", replayed.json().getString("error"));
        Api.Reply sameSelfie = report(app, body.replace(requestId, SelfReports.freshId()));
        assertEquals(409, sameSelfie.status(), sameSelfie.body());
        assertEquals("REPLAYED_SELFIE", sameSelfie.json().getString("error"));
        assertEquals(1, Db.count("select count(*) from self_report where request_id = ? and outcome = 'DEPARTED'", requestId));

        Api.Reply unknown = report(app, SelfReports.pedestrian("SR2NOBODY", "NLD", selfie(FacePhotos.SAMPLE5_A, 4),
                SelfReports.DOUGLAS_BC, SelfReports.freshId()));
        assertEquals(422, unknown.status(), unknown.body());
        assertEquals("UNKNOWN_DOCUMENT", unknown.json().getString("error"));

        String analyst = api().person("pau.blaine", List.of("pau-analyst"), List.of("3004"));
        Api.Reply kept = api().get(REFUSALS + "?port=3004&limit=1000", analyst);
        assertEquals(200, kept.status(), kept.body());
        List<JsonObject> rows = kept.jsonStructure().asJsonArray().getValuesAs(JsonObject.class);
        JsonObject noMatch = rows.stream().filter(r -> r.getString("id").equals(strangerId)).findFirst().orElseThrow();
        assertEquals("SELFIE_NO_MATCH", noMatch.getString("refusal"));
        assertEquals("SR2REFUSE", noMatch.getString("documentNumber"));
        assertTrue(noMatch.getBoolean("selfieKept"));
        assertTrue(noMatch.getJsonNumber("faceScore").doubleValue() < 0.9);
        for (String reason : List.of("POSITION_INSIDE_US", "REPLAYED_REQUEST", "REPLAYED_SELFIE", "UNKNOWN_DOCUMENT")) {
            assertTrue(rows.stream().anyMatch(r -> r.getString("refusal").equals(reason)), reason + " kept: " + kept.body());
        }
        assertTrue(Db.count("select count(*) from audit_event where object_type = 'self_report' and action = 'READ'") >= 1);
        assertEquals(1, Db.count("select count(*) from audit_event where object_type = 'self_report' and action = 'REFUSE'"
                + " and object_id = ?", strangerId));
    }

    @Test
    void aForeignScopeSeesNothingAndReportsNothing() {
        enrol("SELFSCOPE", "SR3SCOPE", imageFace(FacePhotos.SAMPLE3_A));
        String sanYsidroApp = api().client("app san ysidro", List.of("traveler-app"), List.of(), List.of("2504"));
        Api.Reply outside = report(sanYsidroApp, SelfReports.pedestrian("SR3SCOPE", "NLD", selfie(FacePhotos.SAMPLE3_A, 5),
                SelfReports.DOUGLAS_BC, SelfReports.freshId()));
        assertEquals(403, outside.status(), outside.body());
        assertEquals("PORT_OUT_OF_SCOPE", outside.json().getString("error"));
        String unscopedApp = api().client("app without scope", List.of("traveler-app"), List.of(), List.of());
        Api.Reply none = report(unscopedApp, SelfReports.pedestrian("SR3SCOPE", "NLD", selfie(FacePhotos.SAMPLE3_A, 6),
                SelfReports.DOUGLAS_BC, SelfReports.freshId()));
        assertEquals(403, none.status(), "a traveler app without ports reports nowhere: " + none.body());

        String foreignAnalyst = api().person("pau.sanysidro", List.of("pau-analyst"), List.of("2504"));
        Api.Reply list = api().get(REFUSALS + "?limit=1000", foreignAnalyst);
        assertEquals(200, list.status(), list.body());
        assertFalse(list.body().contains("SR3SCOPE") || list.body().contains("SR2REFUSE"), list.body());
        assertEquals(403, api().get(REFUSALS + "?port=3004", foreignAnalyst).status());
        String analystClient = api().client("analyst tool", List.of("pau-analyst"), List.of(), List.of());
        assertEquals("[]", api().get(REFUSALS, Api.bearer(analystClient)).body(), "a machine client without a scope sees nothing");
        assertEquals(403, api().get(REFUSALS, Api.bearer(sanYsidroApp)).status(), "apps do not read refusals");
        assertTrue(api().get(REFUSALS + "?limit=1000", Api.admin()).body().contains("SR3SCOPE"), "the refusal was kept");
    }

    @Test
    void aHoldingWithoutAFaceOfThisEngineGivesABiographicConfirmationAndBadBodiesAreRefused() {
        String template = Json.createObjectBuilder().add("template", Templates.template(new float[]{1f, 0f, 0f, 0f})).build().toString();
        enrol("SELFBIO", "SR4BIO", template);
        String app = api().client("app blaine bio", List.of("traveler-app"), List.of(), List.of("3004"));
        Api.Reply reply = report(app, SelfReports.pedestrian("SR4BIO", "NLD", selfie(FacePhotos.SAMPLE6_A, 7),
                SelfReports.DOUGLAS_BC, SelfReports.freshId()));
        assertEquals(201, reply.status(), reply.body());
        assertEquals("SELF_REPORTED_BIOGRAPHIC", reply.json().getString("confirmation"));
        assertEquals(0.6, reply.json().getJsonNumber("confidence").doubleValue(), 1e-9);

        String vehicle = SelfReports.body("SR4BIO", "NLD", selfie(FacePhotos.SAMPLE6_A, 8), SelfReports.DOUGLAS_BC, SelfReports.freshId())
                .add("kind", "VEHICLE").add("bus", Json.createObjectBuilder().add("operator", "X").add("route", "Y")).build().toString();
        Api.Reply wrongKind = report(app, vehicle);
        assertEquals(422, wrongKind.status(), wrongKind.body());
        assertEquals("bus", wrongKind.json().getString("field"));
        Api.Reply unknownField = report(app, SelfReports.body("SR4BIO", "NLD", selfie(FacePhotos.SAMPLE6_A, 9), SelfReports.DOUGLAS_BC,
                SelfReports.freshId()).add("kind", "PEDESTRIAN").add("passportPhoto", "x").build().toString());
        assertEquals(400, unknownField.status(), unknownField.body());
        assertEquals("UNKNOWN_FIELD", unknownField.json().getString("error"));
        assertNotEquals(500, report(app, "{\"requestId\":\"short\"}").status());
    }

    private JsonObject runReconciliation(String operator) throws InterruptedException {
        String job = "api/v1/admin/jobs/adis-reconciliation";
        Api.Reply started = api().postJson(job, Api.bearer(operator), "{}");
        assertEquals(202, started.status(), started.body());
        long id = started.json().getJsonNumber("executionId").longValue();
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonObject execution = api().get(job + "/executions/" + id, Api.bearer(operator)).json();
            String status = execution.getString("batchStatus");
            if (List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status) || System.currentTimeMillis() > deadline) {
                return execution;
            }
            Thread.sleep(300);
        }
    }
}
