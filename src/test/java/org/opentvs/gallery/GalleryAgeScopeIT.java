package org.opentvs.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentvs.biometric.control.SyntheticIdentities;
import org.opentvs.it.Api;
import org.opentvs.it.Db;
import org.opentvs.it.Deployments;
import org.opentvs.it.Flights;
import org.opentvs.it.Paxlst;
import org.opentvs.it.Templates;

/**
 * A flight's gallery holds only the travelers between the in-scope ages (14 and 79 by default, CONOPS
 * 3.2), aged at the flight's departure date, US citizens or not; the others stay on the manifest but
 * nobody can find them by face (issue 11).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GalleryAgeScopeIT {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    private final SyntheticIdentities synth = new SyntheticIdentities(0x41_47_45L); // "AGE": no other suite draws these faces

    private Api api() {
        return new Api(deployment);
    }

    private record Traveler(Paxlst.Person person, LocalDate born, boolean usCitizen, float[] face) {
    }

    @Test
    void childrenAndTravelersOver79AreOnTheManifestButNotInTheGallery() {
        LocalDate departure = LocalDate.now().plusDays(1);
        List<Traveler> travelers = new ArrayList<>(List.of(
                traveler("CHILD", departure.minusYears(10), false, 0),
                traveler("ELDER", departure.minusYears(80).minusDays(10), true, 1),
                traveler("ADULT", departure.minusYears(35), false, 2),
                traveler("CITIZEN", departure.minusYears(52), true, 3),
                // the age is the age on the day of departure: 13 today, 14 when the flight leaves
                traveler("FOURTEEN", departure.minusYears(14), false, 4),
                // 79 on the day of departure, 80 the day after
                traveler("SEVENTYNINE", departure.minusYears(80).plusDays(1), false, 5)));
        String holdings = api().client("holdings AGE", List.of("holdings-feed"), List.of(), List.of());
        Paxlst manifest = new Paxlst("AG", "14", departure).route("EWR", "LHR");
        for (Traveler t : travelers) {
            Api.Reply enrolled = api().postJson("api/v1/holdings/identities", Api.bearer(holdings), identity(t));
            assertEquals(201, enrolled.status(), enrolled.body());
            manifest.add(t.person());
        }
        String submitter = api().client("carrier AG", List.of("manifest-submitter"), List.of("AG"), List.of());
        Api.Reply sent = api().post("api/v1/manifests", Api.bearer(submitter), "application/edifact", manifest.bytes());
        assertEquals(201, sent.status(), sent.body());
        assertEquals(6, sent.json().getInt("travelers"), "everyone is on the manifest");

        JsonObject gallery = api().get("api/v1/flights/AG14/" + departure + "/gallery", Api.admin()).json();
        assertEquals("READY", gallery.getString("status"), gallery.toString());
        assertEquals(4, gallery.getInt("withReference"), "only the four travelers aged 14 to 79 at departure: " + gallery);
        assertEquals(4, gallery.getInt("expectedTravelers"), gallery.toString());
        assertEquals(0, gallery.getInt("withoutReference"), gallery.toString());
        assertEquals(4, gallery.getInt("inMemoryRows"), "the search copy holds the same four");
        List<String> members = Db.strings("select t.family_name from gallery_member m join traveler t on t.id = m.member_id"
                + " where m.gallery_id = ?::uuid order by t.family_name", gallery.getString("id"));
        assertEquals(List.of("ADULTAGE", "CITIZENAGE", "FOURTEENAGE", "SEVENTYNINEAGE"), members, "and so does PostgreSQL");

        // on the manifest and in the reports all six remain, with their scope
        String manifestId = sent.json().getString("id");
        JsonObject read = api().get("api/v1/manifests/" + manifestId, Api.admin()).json();
        Map<String, Boolean> inScope = read.getJsonArray("travelers").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(t -> t.getString("familyName"), t -> t.getBoolean("inScope")));
        assertEquals(6, inScope.size(), read.toString());
        assertEquals(false, inScope.get("CHILDAGE"));
        assertEquals(false, inScope.get("ELDERAGE"));
        assertEquals(true, inScope.get("ADULTAGE"));

        Flights.Flight flight = new Flights.Flight("AG", "14", departure, "EWR", List.of());
        String camera = api().client("camera AG", List.of("capture-device"), List.of("AG"), List.of("EWR"));
        // the child presents: not searchable, so a no-match like anyone not in the gallery; the attempts
        // run out into SEE_OFFICER, whose no-match alert sends the child to biographic processing
        List<String> instructions = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            JsonObject child = verify(camera, flight, "cam-ag1", synth.genuineCapture(travelers.get(0).face(), 0.9));
            assertEquals("NO_MATCH", child.getString("decision"), child.toString());
            assertTrue(child.isNull("traveler"), child.toString());
            instructions.add(child.getString("instruction"));
        }
        assertEquals(List.of("RECAPTURE", "RECAPTURE", "SEE_OFFICER"), instructions);
        JsonObject elder = verify(camera, flight, "cam-ag2", synth.genuineCapture(travelers.get(1).face(), 0.9));
        assertEquals("NO_MATCH", elder.getString("decision"), "the 80-year-old is not searchable either");

        for (int i = 2; i < travelers.size(); i++) {
            JsonObject adult = verify(camera, flight, "cam-ag3", synth.genuineCapture(travelers.get(i).face(), 0.8));
            assertEquals("MATCH", adult.getString("decision"), travelers.get(i).person().family() + ": " + adult);
            assertEquals(travelers.get(i).person().reference(), adult.getJsonObject("traveler").getString("reference"));
        }
    }

    private JsonObject verify(String camera, Flights.Flight flight, String device, float[] face) {
        Api.Reply reply = api().postJson("api/v1/verifications", Api.bearer(camera),
                Flights.request("AIR_BOARDING", flight, "A1", device, face).toString());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private Traveler traveler(String name, LocalDate born, boolean usCitizen, int i) {
        String country = usCitizen ? "USA" : "GBR";
        Paxlst.Person p = new Paxlst.Person(name + "AGE", "ROBIN", born.format(YYMMDD), "F", country, "AG14-" + i, "AGP" + i + "X14",
                country);
        return new Traveler(p, born, usCitizen, synth.randomUnit(128));
    }

    /** A holdings enrolment with the full date of birth (the shared helper assumes the 1900s). */
    private static String identity(Traveler t) {
        JsonObject base = Json.createReader(new java.io.StringReader(Templates.identity(t.person(), t.face(), t.usCitizen()))).readObject();
        JsonObject person = Json.createObjectBuilder(base.getJsonObject("person")).add("dateOfBirth", t.born().toString()).build();
        return Json.createObjectBuilder(base).add("person", person).build().toString();
    }
}
