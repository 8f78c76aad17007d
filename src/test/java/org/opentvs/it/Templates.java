package org.opentvs.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.opentvs.biometric.control.CosineTemplate;

/** cosine-v1 templates as a device or holdings feed sends them. */
public final class Templates {

    private Templates() {
    }

    public static JsonObject template(float[] vector) {
        return Json.createObjectBuilder().add("algorithm", "cosine-v1").add("data", CosineTemplate.of(vector).encodeBase64()).build();
    }

    /** A holdings enrolment body for one person with one face. */
    public static String identity(Paxlst.Person p, float[] face, boolean usCitizen) {
        return Json.createObjectBuilder().add("source", "DOS_PASSPORT")
                .add("person", Json.createObjectBuilder().add("familyName", p.family()).add("givenNames", p.given())
                        .add("dateOfBirth", "19" + p.dob().substring(0, 2) + "-" + p.dob().substring(2, 4) + "-" + p.dob().substring(4, 6))
                        .add("sex", p.sex()).add("nationality", p.nationality()).add("usCitizen", usCitizen))
                .add("documents", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "P").add("number", p.document())
                        .add("issuingCountry", p.issuer()).add("expiry", "2032-01-01")))
                .add("faces", Json.createArrayBuilder().add(Json.createObjectBuilder().add("template", template(face))))
                .build().toString();
    }
}
