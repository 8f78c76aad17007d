package org.opentvs.alerting.control;

import jakarta.json.JsonObjectBuilder;
import org.opentvs.platform.control.Json;

/**
 * Why a person agrees with a watch-list entry: the basis (a document, or the name), the best name
 * score over the entry's spellings, and how date of birth, nationality and documents agree.
 */
public record BiographicHit(ListedPerson entry, String basis, double nameScore, DobAgreement dateOfBirth, String nationality,
        boolean documentAgrees) {

    public static final String DOCUMENT = "DOCUMENT";
    public static final String NAME = "NAME";

    /** The agreement as the hotlist and the officer see it. */
    public JsonObjectBuilder agreement() {
        return Json.createObjectBuilder().add("name", Math.round(nameScore * 1000) / 1000.0)
                .add("dateOfBirth", dateOfBirth.name()).add("nationality", nationality)
                .add("document", documentAgrees ? "EXACT" : "NONE");
    }
}
