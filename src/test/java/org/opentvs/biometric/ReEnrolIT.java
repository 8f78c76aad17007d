package org.opentvs.biometric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentvs.it.Api;
import org.opentvs.it.Db;
import org.opentvs.it.Deployments;
import org.opentvs.it.FaceFlights;
import org.opentvs.it.FacePhotos;
import org.opentvs.operations.TestJobs;

/**
 * The re-enrol job on the real WAR: refused cleanly when there is no engine to re-enrol with; with
 * the face-api engine, every reference image re-extracted and switched while a gallery built from
 * those templates keeps matching a camera's images throughout.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReEnrolIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void withoutAnEngineForImagesReEnrolFailsAndChangesNothing() throws Exception {
        Api api = new Api(deployment);
        JsonObject engines = faceEngines(api);
        assumeTrue("none".equals(engines.getJsonObject("data").getString("images")), "an engine for images is installed");
        assertEquals("UP", engines.getString("status"));
        String feed = api.client("re-enrol photos " + UUID.randomUUID(), List.of("holdings-feed"), List.of(), List.of());
        Api.Reply enrolled = api.postJson("api/v1/holdings/identities", Api.bearer(feed), identity("RE" + (System.nanoTime() % 1_000_000)));
        assertEquals(201, enrolled.status(), enrolled.body());
        String identity = enrolled.json().getString("id");

        TestJobs jobs = new TestJobs(api);
        long run = jobs.start("re-enrol", "{\"chunkSize\": \"5\"}");
        JsonObject execution = jobs.awaitEnd("re-enrol", run);
        assertEquals("FAILED", execution.getString("batchStatus"), execution.toString());
        assertNull(Db.string("select coalesce(encode(template, 'hex'), encode(next_template, 'hex')) from holding_face"
                + " where identity_id = ?::uuid", identity), "no template appears without an engine");
    }

    @Test
    void withTheFaceEngineEveryReferenceIsReEnrolledWhileTheGalleryKeepsMatching() throws Exception {
        Api api = new Api(deployment);
        assumeTrue(FacePhotos.available() && FaceFlights.engineInstalled(api), "no face-api engine installed");
        LocalDate date = LocalDate.now().plusDays(3);
        List<FaceFlights.Traveler> travelers = FaceFlights.prepare(api, "FR", "303", date, "AMS", "ORD",
                List.of(FacePhotos.SAMPLE6_A, FacePhotos.SAMPLE5_A, FacePhotos.SAMPLE3_A));
        String camera = api.client("camera FR AMS", List.of("capture-device"), List.of("FR"), List.of("AMS"));
        byte[] probe = FacePhotos.jpeg(FacePhotos.otherRendering(FacePhotos.portrait(FacePhotos.SAMPLE5_A), -4, 0.85, 8), 0.7f);
        String body = FaceFlights.boarding("FR", "303", date, "AMS", "jpeg", probe);

        List<String> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        Thread gate = new Thread(() -> {
            while (!stop.get()) {
                Api.Reply reply = api.postJson("api/v1/verifications", Api.bearer(camera), body);
                answers.add(reply.status() == 200 ? reply.json().getString("decision") : "HTTP " + reply.status());
            }
        });
        gate.start();
        try {
            while (answers.isEmpty()) {
                Thread.sleep(20);
            }
            TestJobs jobs = new TestJobs(api);
            long run = jobs.start("re-enrol", "{\"chunkSize\": \"1\", \"pauseMillis\": \"200\"}");
            int beforeEnd = answers.size();
            JsonObject execution = jobs.awaitEnd("re-enrol", run);
            assertEquals("COMPLETED", execution.getString("batchStatus"), execution.toString());
            assertTrue(answers.size() > beforeEnd + 2, "verifications answered while the job ran: " + (answers.size() - beforeEnd));
            long reEnrolled = Long.parseLong(Db.string("select summary->>'re-enrolled' from job_run where execution_id = ?", run));
            long switched = Long.parseLong(Db.string("select summary->>'switched' from job_run where execution_id = ?", run));
            assertTrue(reEnrolled >= travelers.size() && switched == reEnrolled, "re-enrolled " + reEnrolled + ", switched " + switched);
        } finally {
            stop.set(true);
            gate.join(30_000);
        }
        assertEquals(List.of("MATCH"), answers.stream().distinct().toList(), "every answer before, during and after re-enrolment");
        for (FaceFlights.Traveler t : travelers) {
            assertEquals("face-api-dlib 1.7.15-tiny160-416-ssd512 false", Db.string("select algorithm || ' ' || algorithm_version || ' '"
                    + " || (next_template is not null) from holding_face where identity_id = ?::uuid", t.identityId()));
        }
    }

    private static JsonObject faceEngines(Api api) {
        Api.Reply ready = api.get("health/ready", null);
        return ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("face-engines")).findFirst().orElseThrow();
    }

    private static String identity(String document) throws IOException {
        BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return Json.createObjectBuilder().add("source", "DOS_VISA")
                .add("person", Json.createObjectBuilder().add("familyName", "RENOVA").add("givenNames", "IDA")
                        .add("dateOfBirth", "1975-09-30").add("sex", "F").add("nationality", "ITA").add("usCitizen", false))
                .add("documents", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "P").add("number", document)
                        .add("issuingCountry", "ITA").add("expiry", "2031-01-01")))
                .add("faces", Json.createArrayBuilder().add(Json.createObjectBuilder().add("image", Json.createObjectBuilder()
                        .add("format", "png").add("data", Base64.getEncoder().encodeToString(out.toByteArray())))))
                .build().toString();
    }
}
