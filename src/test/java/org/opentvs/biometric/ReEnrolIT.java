package org.opentvs.biometric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
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
import org.opentvs.operations.TestJobs;

/** The re-enrol job on the real WAR: listed with the jobs, and refused cleanly when there is no engine to re-enrol with. */
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
