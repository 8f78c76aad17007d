package org.opentvs.holdings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.Json;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;
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

/**
 * Reference images at the holdings door on the real WAR: kept sealed; refused before decoding when
 * too large or too many pixels (a decompression bomb), and when truncated or not what they claim.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferenceImagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    private String feed() {
        Api api = new Api(deployment);
        return api.client("passport photos " + UUID.randomUUID(), List.of("holdings-feed"), List.of(), List.of());
    }

    private static String identity(String document, String format, String base64) {
        return Json.createObjectBuilder().add("source", "DOS_PASSPORT")
                .add("person", Json.createObjectBuilder().add("familyName", "IMAGO").add("givenNames", "PETRA")
                        .add("dateOfBirth", "1981-04-02").add("sex", "F").add("nationality", "AUT").add("usCitizen", false))
                .add("documents", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "P").add("number", document)
                        .add("issuingCountry", "AUT").add("expiry", "2032-01-01")))
                .add("faces", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("image", Json.createObjectBuilder().add("format", format).add("data", base64))))
                .build().toString();
    }

    private Api.Reply enrol(String token, String document, String format, byte[] image) {
        return new Api(deployment).postJson("api/v1/holdings/identities", Api.bearer(token),
                identity(document, format, Base64.getEncoder().encodeToString(image)));
    }

    private static long identitiesWith(String document) {
        return Db.count("select count(*) from holding_document where number = ?", document);
    }

    @Test
    void aReferenceImageIsKeptSealed() throws IOException {
        String token = feed();
        String document = "IMG" + (System.nanoTime() % 1_000_000);
        // with a face engine installed the reference must show a usable face; without one any image is kept
        boolean engine = FacePhotos.available() && FaceFlights.engineInstalled(new Api(deployment));
        byte[] jpeg = engine ? FacePhotos.jpeg(FacePhotos.portrait(FacePhotos.SAMPLE6_A), 0.9f) : jpeg(240, 320);
        Api.Reply reply = enrol(token, document, "jpeg", jpeg);
        assertEquals(201, reply.status(), reply.body());
        String id = reply.json().getString("id");
        assertEquals("jpeg", Db.string("select image_format from holding_face where identity_id = ?::uuid", id));
        String sealed = Db.string("select encode(image, 'hex') from holding_face where identity_id = ?::uuid", id);
        assertNotNull(sealed);
        assertEquals(-1, sealed.indexOf(HexFormat.of().formatHex(Arrays.copyOfRange(jpeg, 0, 64))), "the image is not stored in clear");
    }

    @Test
    void refusesTruncatedBombsAndMislabelledImagesAndStoresNothing() throws IOException {
        String token = feed();
        String document = "BAD" + (System.nanoTime() % 1_000_000);
        byte[] jpeg = jpeg(240, 320);
        assertRefused(enrol(token, document, "jpeg", Arrays.copyOf(jpeg, jpeg.length / 2)), 422, "IMAGE_TRUNCATED");
        assertRefused(enrol(token, document, "png", pngHeaderOnly(60_000, 60_000)), 422, "IMAGE_TOO_MANY_PIXELS");
        assertRefused(enrol(token, document, "png", jpeg), 422, "IMAGE_FORMAT_MISMATCH");
        byte[] noise = new byte[2048];
        noise[0] = (byte) 0xFF;
        noise[1] = (byte) 0xD8;
        noise[2] = (byte) 0xFF;
        noise[2046] = (byte) 0xFF;
        noise[2047] = (byte) 0xD9;
        assertRefused(enrol(token, document, "jpeg", noise), 422, "IMAGE_UNDECODABLE");
        assertEquals(413, enrol(token, document, "jpeg", new byte[9 * 1024 * 1024]).status(), "too many bytes");
        assertEquals(0, identitiesWith(document), "nothing stored for a refused image");
    }

    private static void assertRefused(Api.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(code, reply.json().getString("error"), reply.body());
    }

    private static byte[] jpeg(int w, int h) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, (x * 7 % 256) << 16 | (y * 3 % 256) << 8 | 90);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        ByteBuffer out = ByteBuffer.allocate(8 + 25 + 12);
        out.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return out.array();
    }

    private static void chunk(ByteBuffer out, String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes());
        crc.update(data);
        out.putInt(data.length).put(type.getBytes()).put(data).putInt((int) crc.getValue());
    }
}
