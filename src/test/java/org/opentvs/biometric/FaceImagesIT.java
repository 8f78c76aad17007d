package org.opentvs.biometric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.opentvs.it.Paxlst;

/**
 * Real faces through the real WAR with the face-api engine: a camera's JPEG matches the traveler
 * enrolled from another rendering of the same face, an impostor does not, unusable captures say
 * why, a car photo gives one result per occupant, and reference images are enrolled into templates.
 * Skips when the models are not installed (server-config/ensure-face-models.sh).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FaceImagesIT {

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

    private JsonObject verify(String token, String body) {
        Api.Reply reply = api().postJson("api/v1/verifications", Api.bearer(token), body);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void boardingFromACameraJpegMatchesTheTravelerEnrolledFromAnotherRendering() {
        LocalDate date = LocalDate.now().plusDays(1);
        List<FaceFlights.Traveler> travelers = FaceFlights.prepare(api(), "FJ", "101", date, "AMS", "JFK",
                List.of(FacePhotos.SAMPLE6_A, FacePhotos.SAMPLE5_A, FacePhotos.SAMPLE3_A));
        assertEquals(3, Db.count("select count(*) from holding_face f join holding_document d on d.identity_id = f.identity_id"
                + " where d.number like 'FFJ101X%' and f.algorithm = 'face-api-dlib' and f.algorithm_version = '1.7.15-tiny160-416-ssd512'"
                + " and f.template is not null and f.image is not null"), "templates extracted at enrolment, images kept");
        String camera = api().client("camera FJ AMS", List.of("capture-device"), List.of("FJ"), List.of("AMS"));

        BufferedImage second = FacePhotos.otherRendering(FacePhotos.portrait(travelers.get(0).face()), 4, 0.8, 12);
        JsonObject match = verify(camera, FaceFlights.boarding("FJ", "101", date, "AMS", "jpeg", FacePhotos.jpeg(second, 0.6f)));
        assertEquals("MATCH", match.getString("decision"), match.toString());
        assertEquals("REF-FJ101-0", match.getJsonObject("traveler").getString("reference"));
        assertEquals("1.7.15-tiny160-416-ssd512",
                Db.string("select algorithm_version from verification where id = ?::uuid", match.getString("id")));
        assertTrue(Double.parseDouble(Db.string("select face_inter_eye from verification where id = ?::uuid", match.getString("id"))) > 30);

        byte[] impostor = FacePhotos.jpeg(FacePhotos.otherRendering(FacePhotos.portrait(FacePhotos.SAMPLE6_B), 0, 0.9, 0), 0.8f);
        JsonObject other = verify(camera, FaceFlights.boarding("FJ", "101", date, "AMS", "jpeg", impostor));
        assertEquals("NO_MATCH", other.getString("decision"), other.toString());
        assertTrue(other.isNull("traveler"));
    }

    @Test
    void unusableCapturesFailWithTheirReasonAndBrokenImagesAreRefused() {
        LocalDate date = LocalDate.now().plusDays(2);
        FaceFlights.prepare(api(), "FK", "202", date, "AMS", "BOS", List.of(FacePhotos.SAMPLE6_A));
        String camera = api().client("camera FK AMS", List.of("capture-device"), List.of("FK"), List.of("AMS"));

        JsonObject empty = verify(camera,
                FaceFlights.boarding("FK", "202", date, "AMS", "png", FacePhotos.png(FacePhotos.gradient(640, 480))));
        assertEquals("CAPTURE_FAILED", empty.getString("decision"), empty.toString());
        assertEquals("NO_FACE", empty.getString("reason"));
        assertEquals("RECAPTURE", empty.getString("instruction"));

        BufferedImage far = FacePhotos.sideBySide(FacePhotos.scaled(FacePhotos.portrait(FacePhotos.SAMPLE6_A), 100, 100),
                FacePhotos.gradient(560, 420));
        JsonObject tiny = verify(camera, FaceFlights.boarding("FK", "202", date, "AMS", "jpeg", FacePhotos.jpeg(far, 0.9f)));
        assertEquals("CAPTURE_FAILED", tiny.getString("decision"), tiny.toString());
        assertEquals("FACE_TOO_SMALL", tiny.getString("reason"));
        assertEquals("FACE_TOO_SMALL", Db.string("select capture_failure from verification where id = ?::uuid", tiny.getString("id")));

        BufferedImage both = FacePhotos.sideBySide(FacePhotos.portrait(FacePhotos.SAMPLE6_A), FacePhotos.portrait(FacePhotos.SAMPLE5_A));
        JsonObject two = verify(camera, FaceFlights.boarding("FK", "202", date, "AMS", "jpeg", FacePhotos.jpeg(both, 0.9f)));
        assertEquals("CAPTURE_FAILED", two.getString("decision"), two.toString());
        assertEquals("MULTIPLE_FACES", two.getString("reason"));

        long before = Db.count("select count(*) from verification where carrier = 'FK'");
        byte[] jpeg = FacePhotos.jpeg(FacePhotos.portrait(FacePhotos.SAMPLE6_A), 0.9f);
        Api.Reply truncated = api().postJson("api/v1/verifications", Api.bearer(camera),
                FaceFlights.boarding("FK", "202", date, "AMS", "jpeg", Arrays.copyOf(jpeg, jpeg.length / 2)));
        assertEquals(422, truncated.status(), truncated.body());
        assertEquals("IMAGE_TRUNCATED", truncated.json().getString("error"));
        assertEquals(before, Db.count("select count(*) from verification where carrier = 'FK'"), "nothing stored for a refused image");
    }

    @Test
    void aCarPhotoWithTwoOccupantsGivesOneResultEach() {
        String feed = api().client("frequent crossers FCV", List.of("holdings-feed"), List.of(), List.of());
        Paxlst.Person driver = new Paxlst.Person("DRIVER", "KAI", "800101", "M", "CAN", null, "CA1FCV", "CAN");
        Api.Reply enrolled = api().postJson("api/v1/holdings/identities", Api.bearer(feed), FaceFlights.identity(driver, "jpeg",
                FacePhotos.jpeg(FacePhotos.portrait(FacePhotos.SAMPLE6_A), 0.9f), List.of("FCV")));
        assertEquals(201, enrolled.status(), enrolled.body());
        Api.Reply rebuilt = api().post("api/v1/admin/ports/FCV/gallery", Api.admin(), null, new byte[0]);
        assertEquals(200, rebuilt.status(), rebuilt.body());
        assertEquals("READY", rebuilt.json().getString("status"));

        BufferedImage car = FacePhotos.sideBySide(FacePhotos.otherRendering(FacePhotos.portrait(FacePhotos.SAMPLE6_A), 3, 0.7, 5),
                FacePhotos.otherRendering(FacePhotos.portrait(FacePhotos.SAMPLE5_A), -3, 0.7, 0));
        String lane = api().client("FCV lanes", List.of("capture-device"), List.of(), List.of("FCV"));
        String vehicle = Json.createObjectBuilder().add("touchpoint", "LAND_VEHICLE").add("direction", "ENTRY")
                .add("location", Json.createObjectBuilder().add("port", "FCV").add("lane", "V2"))
                .add("device", Json.createObjectBuilder().add("id", "fcv-v2").add("type", "VEHICLE_CAMERA"))
                .add("vehicle", Json.createObjectBuilder().add("plate", "FACE123").add("region", "BC"))
                .add("captures", Json.createArrayBuilder().add(Json.createObjectBuilder().add("modality", "FACE")
                        .add("image", FaceFlights.image("jpeg", FacePhotos.jpeg(car, 0.8f)))))
                .build().toString();
        JsonObject answer = verify(lane, vehicle);
        List<JsonObject> occupants = answer.getJsonArray("occupants").getValuesAs(JsonObject.class);
        assertEquals(2, occupants.size(), answer.toString());
        assertEquals(1, occupants.stream().filter(o -> o.getString("decision").equals("MATCH")).count(), answer.toString());
        assertEquals(1, occupants.stream().filter(o -> o.getString("decision").equals("NO_MATCH")).count(), answer.toString());
        assertEquals(2, Db.count(
                "select count(*) from verification where vehicle_plate = 'FACE123' and algorithm_version = '1.7.15-tiny160-416-ssd512'"));
    }

    @Test
    void aReferenceImageWithoutAUsableFaceIsRefusedWithItsReason() {
        String feed = api().client("passport photos bad", List.of("holdings-feed"), List.of(), List.of());
        Paxlst.Person p = new Paxlst.Person("NOFACE", "ADA", "900101", "F", "NLD", null, "NF1REF", "NLD");
        Api.Reply refused = api().postJson("api/v1/holdings/identities", Api.bearer(feed),
                FaceFlights.identity(p, "png", FacePhotos.png(FacePhotos.gradient(300, 400)), List.of()));
        assertEquals(422, refused.status(), refused.body());
        assertEquals("REFERENCE_FACE_UNUSABLE", refused.json().getString("error"));
        assertEquals("NO_FACE", refused.json().getString("reason"), refused.body());
        assertEquals(0, Db.count("select count(*) from holding_document where number = 'NF1REF'"));
    }
}
