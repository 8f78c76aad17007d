package org.opentvs.alerting.boundary;

import static org.opentvs.platform.boundary.JsonShape.object;
import static org.opentvs.platform.boundary.JsonShape.text;
import static org.opentvs.platform.boundary.JsonShape.value;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opentvs.alerting.entity.WatchlistDocument;
import org.opentvs.alerting.entity.WatchlistEntry;
import org.opentvs.biometric.boundary.FaceShapes;
import org.opentvs.biometric.control.CosineTemplate;
import org.opentvs.holdings.control.Templates;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonBody;
import org.opentvs.platform.boundary.JsonShape;
import org.opentvs.platform.control.FieldLimit;

/**
 * Reads a watch-list entry from a feed: {@code category}, optional {@code person} (familyName,
 * givenNames, dateOfBirth, nationality), {@code nameVariants} (objects with familyName/givenNames),
 * {@code documents} (number, issuingCountry), {@code faces} (cosine-v1 templates). An entry needs a
 * name, a document or a face.
 */
public final class WatchlistRequests {

    static final int MAX_ITEMS = 20;

    private static final JsonShape NAME = JsonShape.of(text("familyName", FieldLimit.FAMILY_NAME),
            text("givenNames", FieldLimit.GIVEN_NAMES));

    public static final JsonShape SHAPE = JsonShape.of(text("category", FieldLimit.WATCHLIST_CATEGORY),
            text("externalRef", FieldLimit.EXTERNAL_REF),
            object("person", JsonShape.of(text("familyName", FieldLimit.FAMILY_NAME), text("givenNames", FieldLimit.GIVEN_NAMES),
                    value("dateOfBirth"), text("nationality", FieldLimit.COUNTRY))),
            object("nameVariants", NAME),
            object("documents", JsonShape.of(text("number", FieldLimit.DOCUMENT_NUMBER), text("issuingCountry", FieldLimit.COUNTRY))),
            object("faces", FaceShapes.FACE));

    public record Face(String algorithm, int dimension, byte[] encoded) {
    }

    public record Parsed(String category, String family, String given, List<String> variants, LocalDate dob, String nationality,
            String externalRef, List<WatchlistDocument> documents, List<Face> faces) {

        public WatchlistEntry entry(Instant at, String by) {
            return new WatchlistEntry(category, family, given, variants, dob, nationality, externalRef, documents, at, by);
        }

        /** Puts this content in place of what the entry listed. */
        public void applyTo(WatchlistEntry entry, Instant at, String by) {
            entry.change(category, family, given, variants, dob, nationality, externalRef, documents, at, by);
        }
    }

    private WatchlistRequests() {
    }

    public static Parsed parse(JsonBody body) {
        String category = body.string("category").toUpperCase();
        if (!category.matches("[A-Z][A-Z0-9_]{1,29}")) {
            throw body.invalid("category", "must be 2 to 30 letters, digits or _");
        }
        String externalRef = body.optionalString("externalRef").orElse(null);
        JsonBody person = body.optionalObject("person").orElse(null);
        String family = person == null ? null : person.optionalString("familyName").orElse(null);
        String given = person == null ? null : person.optionalString("givenNames").orElse(null);
        LocalDate dob = person == null ? null : person.optionalDate("dateOfBirth").orElse(null);
        String nationality = person == null ? null : country(person, "nationality");
        List<String> variants = new ArrayList<>();
        for (JsonBody v : capped(body, "nameVariants")) {
            String vf = v.string("familyName");
            String vg = v.optionalString("givenNames").orElse(null);
            if ((vf + (vg == null ? "" : vg)).matches(".*[|,].*")) {
                throw v.invalid("familyName", "may not contain | or ,");
            }
            variants.add(vg == null ? vf : vf + "," + vg);
        }
        if (family == null && !variants.isEmpty()) {
            throw body.invalid("person", "needs a familyName when nameVariants are given");
        }
        List<WatchlistDocument> documents = new ArrayList<>();
        for (JsonBody d : capped(body, "documents")) {
            String number = d.string("number").toUpperCase();
            if (!number.matches("[A-Z0-9 -]{3,35}")) {
                throw d.invalid("number", "must be 3 to 35 letters or digits");
            }
            documents.add(new WatchlistDocument(number.replaceAll("[ -]", ""), country(d, "issuingCountry")));
        }
        List<Face> faces = new ArrayList<>();
        for (JsonBody f : capped(body, "faces")) {
            JsonBody template = f.object("template");
            String algorithm = template.string("algorithm");
            if (!CosineTemplate.ALGORITHM.equals(algorithm)) {
                throw ApiException.invalid("UNKNOWN_ALGORITHM", "Algorithm '" + algorithm + "' is not installed; known: cosine-v1");
            }
            CosineTemplate decoded = Templates.decode(template.string("data"));
            faces.add(new Face(algorithm, decoded.dimension(), decoded.encode()));
        }
        if (family == null && documents.isEmpty() && faces.isEmpty()) {
            throw ApiException.invalid("EMPTY_ENTRY", "A watch-list entry needs a name, a document or a face");
        }
        return new Parsed(category, family, given, variants, dob, nationality, externalRef, documents, faces);
    }

    private static List<JsonBody> capped(JsonBody body, String field) {
        List<JsonBody> items = body.objects(field);
        if (items.size() > MAX_ITEMS) {
            throw body.invalid(field, "may hold at most " + MAX_ITEMS + " items");
        }
        return items;
    }

    private static String country(JsonBody json, String field) {
        String code = json.optionalString(field).map(String::toUpperCase).orElse(null);
        if (code != null && !code.matches("[A-Z]{2,3}")) {
            throw json.invalid(field, "must be an ISO 3166 country code");
        }
        return code;
    }
}
