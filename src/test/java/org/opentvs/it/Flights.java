package org.opentvs.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opentvs.biometric.control.SyntheticIdentities;

/** A flight with enrolled travelers and a manifest, ready for touchpoint calls. */
public final class Flights {

    public record Traveler(Paxlst.Person person, float[] face) {
    }

    public record Flight(String carrier, String number, LocalDate date, String from, List<Traveler> travelers) {
    }

    private Flights() {
    }

    /** Enrols {@code count} people with faces in holdings and sends the flight's manifest. */
    public static Flight prepare(Api api, SyntheticIdentities synth, String carrier, String number, String from, String to,
            int count, String nationality, boolean usCitizens) {
        return prepare(api, synth, carrier, number, from, to, count, nationality, usCitizens, 128);
    }

    public static Flight prepare(Api api, SyntheticIdentities synth, String carrier, String number, String from, String to,
            int count, String nationality, boolean usCitizens, int dimension) {
        String submitter = api.client("carrier " + carrier + number, List.of("manifest-submitter"), List.of(carrier), List.of());
        String feed = api.client("holdings " + carrier + number, List.of("holdings-feed"), List.of(), List.of());
        LocalDate date = LocalDate.now().plusDays(1);
        Paxlst manifest = new Paxlst(carrier, number, date).route(from, to);
        List<Traveler> travelers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String issuer = usCitizens ? "USA" : nationality;
            Paxlst.Person p = new Paxlst.Person("PAX" + carrier + number + "N" + i, "SAM", "880203", "M", nationality,
                    "REF-" + carrier + number + "-" + i, "P" + carrier + number + "X" + i, issuer);
            float[] face = synth.randomUnit(dimension);
            Api.Reply enrolled = api.postJson("api/v1/holdings/identities", Api.bearer(feed), Templates.identity(p, face, usCitizens));
            if (enrolled.status() != 201) {
                throw new IllegalStateException("enrolment failed: " + enrolled.body());
            }
            manifest.add(p);
            travelers.add(new Traveler(p, face));
        }
        Api.Reply sent = api.post("api/v1/manifests", Api.bearer(submitter), "application/edifact", manifest.bytes());
        if (sent.status() != 201) {
            throw new IllegalStateException("manifest refused: " + sent.body());
        }
        return new Flight(carrier, number, date, from, travelers);
    }

    public static JsonObject request(String touchpoint, Flight f, String gate, String device, float[]... faces) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("touchpoint", touchpoint)
                .add("location", Json.createObjectBuilder().add("port", f.from()).add("terminal", "1").add("gate", gate))
                .add("flight",
                        Json.createObjectBuilder().add("carrier", f.carrier()).add("number", f.number()).add("date", f.date().toString()))
                .add("device",
                        Json.createObjectBuilder().add("id", device).add("type", "GATE_CAMERA").add("make", "Acme").add("model", "G2"));
        var captures = Json.createArrayBuilder();
        for (float[] face : faces) {
            captures.add(Json.createObjectBuilder().add("modality", "FACE").add("template", Templates.template(face)).add("quality", 81));
        }
        return body.add("captures", captures).build();
    }
}
