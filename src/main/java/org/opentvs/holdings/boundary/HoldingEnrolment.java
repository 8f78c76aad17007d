package org.opentvs.holdings.boundary;

import static org.opentvs.platform.boundary.JsonShape.object;
import static org.opentvs.platform.boundary.JsonShape.text;
import static org.opentvs.platform.boundary.JsonShape.value;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.opentvs.biometric.boundary.FaceShapes;
import org.opentvs.holdings.control.FaceReferences;
import org.opentvs.holdings.entity.HoldingFace;
import org.opentvs.holdings.entity.HoldingIdentity;
import org.opentvs.holdings.entity.IdentityDocument;
import org.opentvs.holdings.entity.PersonData;
import org.opentvs.platform.boundary.JsonBody;
import org.opentvs.platform.boundary.JsonShape;
import org.opentvs.platform.control.Clock;
import org.opentvs.platform.control.FieldLimit;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.entity.Caller;

/** Enrols a reference identity (person, documents, faces) from a holdings feed. */
@Stateless
public class HoldingEnrolment {

    private static final Logger LOG = Logger.getLogger(HoldingEnrolment.class.getName());
    private static final int MAX_FACES = 10;

    public static final JsonShape SHAPE = JsonShape.of(text("source", FieldLimit.HOLDING_SOURCE),
            object("person", JsonShape.of(text("familyName", FieldLimit.FAMILY_NAME), text("givenNames", FieldLimit.GIVEN_NAMES),
                    value("dateOfBirth"), text("sex", FieldLimit.SEX), text("nationality", FieldLimit.COUNTRY), value("usCitizen"))),
            object("documents", JsonShape.of(text("type", FieldLimit.DOCUMENT_TYPE), text("number", FieldLimit.DOCUMENT_NUMBER),
                    text("issuingCountry", FieldLimit.COUNTRY), value("expiry"))),
            object("faces", FaceShapes.FACE), text("ports", FieldLimit.LOCATION));

    @PersistenceContext
    EntityManager em;

    @Inject
    FaceReferences faces;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public HoldingIdentity enrol(JsonBody body, Caller caller) {
        Instant now = clock.now();
        String source = body.string("source").toUpperCase();
        JsonBody person = body.object("person");
        PersonData data = new PersonData(person.string("familyName"), person.optionalString("givenNames").orElse(null),
                person.optionalDate("dateOfBirth").orElse(null), sex(person), country(person, "nationality"),
                person.bool("usCitizen", false));
        List<IdentityDocument> documents = new ArrayList<>();
        for (JsonBody doc : body.objects("documents")) {
            documents.add(new IdentityDocument(doc.optionalString("type").orElse("P"), doc.string("number"),
                    country(doc, "issuingCountry"), doc.optionalDate("expiry").orElse(null)));
        }
        List<JsonBody> faceBodies = body.objects("faces");
        if (faceBodies.size() > MAX_FACES) {
            throw body.invalid("faces", "may hold at most " + MAX_FACES + " faces");
        }
        HoldingIdentity identity = new HoldingIdentity(source, data, documents, now, caller.auditName());
        List<HoldingFace> sealed = faceBodies.stream().map(f -> face(f, identity.id(), now)).toList();
        em.persist(identity);
        sealed.forEach(em::persist);
        for (String port : ports(body)) {
            em.createNativeQuery("insert into holding_port (identity_id, port) values (?, ?) on conflict do nothing")
                    .setParameter(1, identity.id()).setParameter(2, port).executeUpdate();
        }
        audit.record(caller, "CREATE", "holding", identity.id(), "source=" + source + " faces=" + sealed.size());
        LOG.info(() -> "Enrolled reference identity " + identity.id() + " from " + source + " with " + sealed.size() + " faces");
        return identity;
    }

    /** Land ports a frequent-crosser programme enrols the person for (their standing port galleries). */
    private static List<String> ports(JsonBody body) {
        List<String> ports = body.strings("ports").stream().map(String::toUpperCase).toList();
        ports.stream().filter(p -> !p.matches("[A-Z0-9]{3,5}")).findFirst()
                .ifPresent(p -> { throw body.invalid("ports", "must hold port codes"); });
        return ports;
    }

    private static String sex(JsonBody person) {
        String sex = person.optionalString("sex").map(String::toUpperCase).orElse(null);
        if (sex != null && !List.of("M", "F", "X", "U").contains(sex)) {
            throw person.invalid("sex", "must be M, F, X or U");
        }
        return sex;
    }

    private static String country(JsonBody json, String field) {
        String code = json.optionalString(field).map(String::toUpperCase).orElse(null);
        if (code != null && !code.matches("[A-Z]{2,3}")) {
            throw json.invalid(field, "must be an ISO 3166 country code");
        }
        if ("issuingCountry".equals(field) && code == null) {
            throw json.invalid(field, "is required");
        }
        return code;
    }

    private HoldingFace face(JsonBody face, UUID identityId, Instant at) {
        if (face.has("template")) {
            JsonBody template = face.object("template");
            String algorithm = template.string("algorithm");
            FaceReferences.requireInstalled(algorithm);
            return faces.fromTemplate(algorithm, template.string("data"), identityId, at);
        }
        if (face.has("image")) {
            JsonBody image = face.object("image");
            String format = image.string("format").toLowerCase();
            if (!format.equals("jpeg") && !format.equals("png")) {
                throw image.invalid("format", "must be jpeg or png");
            }
            return faces.fromImage(format, image.string("data"), identityId, at);
        }
        throw face.invalid("template", "or 'image' is required for each face");
    }
}
