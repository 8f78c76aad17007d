package org.opentvs.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Travelers enrolled in holdings from real face photos, a flight manifest for them, and image captures. */
public final class FaceFlights {

    public record Traveler(Paxlst.Person person, FacePhotos.Face face, String identityId) {
    }

    private FaceFlights() {
    }

    /** A holdings enrolment body with one reference image (optionally for land ports' frequent-crosser galleries). */
    public static String identity(Paxlst.Person p, String format, byte[] image, List<String> ports) {
        JsonArrayBuilder portList = Json.createArrayBuilder();
        ports.forEach(portList::add);
        return Json.createObjectBuilder().add("source", "DOS_PASSPORT")
                .add("person", Json.createObjectBuilder().add("familyName", p.family()).add("givenNames", p.given())
                        .add("dateOfBirth", "19" + p.dob().substring(0, 2) + "-" + p.dob().substring(2, 4) + "-" + p.dob().substring(4, 6))
                        .add("sex", p.sex()).add("nationality", p.nationality()).add("usCitizen", false))
                .add("documents", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "P").add("number", p.document())
                        .add("issuingCountry", p.issuer()).add("expiry", "2032-01-01")))
                .add("faces", Json.createArrayBuilder().add(Json.createObjectBuilder().add("image", image(format, image))))
                .add("ports", portList)
                .build().toString();
    }

    public static JsonObject image(String format, byte[] bytes) {
        return Json.createObjectBuilder().add("format", format).add("data", Base64.getEncoder().encodeToString(bytes)).build();
    }

    /** Enrols one traveler per face (reference: the portrait re-encoded as JPEG) and sends the flight's manifest. */
    public static List<Traveler> prepare(Api api, String carrier, String number, LocalDate date, String from, String to,
            List<FacePhotos.Face> faces) {
        String submitter = api.client("carrier " + carrier + number, List.of("manifest-submitter"), List.of(carrier), List.of());
        String feed = api.client("passport photos " + carrier + number, List.of("holdings-feed"), List.of(), List.of());
        Paxlst manifest = new Paxlst(carrier, number, date).route(from, to);
        List<Traveler> travelers = new ArrayList<>();
        for (int i = 0; i < faces.size(); i++) {
            Paxlst.Person p = new Paxlst.Person("FACE" + carrier + number + "N" + i, "PAT", "850607", "F", "NLD",
                    "REF-" + carrier + number + "-" + i, "F" + carrier + number + "X" + i, "NLD");
            byte[] reference = FacePhotos.jpeg(FacePhotos.portrait(faces.get(i)), 0.9f);
            Api.Reply enrolled = api.postJson("api/v1/holdings/identities", Api.bearer(feed), identity(p, "jpeg", reference, List.of()));
            if (enrolled.status() != 201) {
                throw new IllegalStateException("enrolment failed: " + enrolled.body());
            }
            manifest.add(p);
            travelers.add(new Traveler(p, faces.get(i), enrolled.json().getString("id")));
        }
        Api.Reply sent = api.post("api/v1/manifests", Api.bearer(submitter), "application/edifact", manifest.bytes());
        if (sent.status() != 201) {
            throw new IllegalStateException("manifest refused: " + sent.body());
        }
        return travelers;
    }

    /** A boarding verification whose capture is an image. */
    public static String boarding(String carrier, String number, LocalDate date, String port, String format, byte[] image) {
        return Json.createObjectBuilder().add("touchpoint", "AIR_BOARDING")
                .add("location", Json.createObjectBuilder().add("port", port).add("terminal", "1").add("gate", "F1"))
                .add("flight", Json.createObjectBuilder().add("carrier", carrier).add("number", number).add("date", date.toString()))
                .add("device",
                        Json.createObjectBuilder().add("id", "cam-f1").add("type", "GATE_CAMERA").add("make", "Acme").add("model", "G2"))
                .add("captures", Json.createArrayBuilder().add(Json.createObjectBuilder().add("modality", "FACE")
                        .add("image", image(format, image)).add("quality", 80)))
                .build().toString();
    }

    /** Whether the deployment's readiness names the face-api engine as the one that sees images. */
    public static boolean engineInstalled(Api api) {
        JsonObject check = api.get("health/ready", null).json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("face-engines")).findFirst().orElseThrow();
        return check.getJsonObject("data").getString("images").startsWith("face-api-dlib");
    }
}
