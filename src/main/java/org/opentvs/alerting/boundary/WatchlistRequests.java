package org.opentvs.alerting.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opentvs.alerting.entity.WatchlistDocument;
import org.opentvs.alerting.entity.WatchlistEntry;
import org.opentvs.biometric.control.CosineTemplate;
import org.opentvs.holdings.control.Templates;
import org.opentvs.platform.boundary.ApiException;

/**
 * Turns a feed's {@link WatchlistRequest} into the entry it lists: codes and numbers in upper case,
 * name variants as {@code family,given}, templates decoded; the rules that span fields (variants need
 * a family name, an entry needs a name, a document or a face) are checked here.
 */
public final class WatchlistRequests {

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

    public static Parsed parse(WatchlistRequest request) {
        WatchlistRequest.Person person = request.person();
        String family = person == null ? null : person.familyName();
        String given = person == null ? null : person.givenNames();
        LocalDate dob = person == null ? null : person.dateOfBirth();
        String nationality = person == null ? null : upper(person.nationality());
        List<String> variants = new ArrayList<>();
        for (WatchlistRequest.NameVariant v : request.nameVariants()) {
            variants.add(v.givenNames() == null ? v.familyName() : v.familyName() + "," + v.givenNames());
        }
        if (family == null && !variants.isEmpty()) {
            throw ApiException.invalidField("person", "needs a familyName when nameVariants are given");
        }
        List<WatchlistDocument> documents = new ArrayList<>();
        for (WatchlistRequest.Document d : request.documents()) {
            documents.add(new WatchlistDocument(upper(d.number()).replaceAll("[ -]", ""), upper(d.issuingCountry())));
        }
        List<Face> faces = new ArrayList<>();
        for (int i = 0; i < request.faces().size(); i++) {
            faces.add(face(request.faces().get(i).template(), "faces[" + i + "].template"));
        }
        if (family == null && documents.isEmpty() && faces.isEmpty()) {
            throw ApiException.invalid("EMPTY_ENTRY", "A watch-list entry needs a name, a document or a face");
        }
        return new Parsed(upper(request.category()), family, given, variants, dob, nationality, request.externalRef(), documents, faces);
    }

    private static Face face(org.opentvs.biometric.boundary.FaceInput.Template template, String field) {
        if (template.algorithm() == null) {
            throw ApiException.invalidField(field + ".algorithm", "is required");
        }
        if (!CosineTemplate.ALGORITHM.equals(template.algorithm())) {
            throw ApiException.invalid("UNKNOWN_ALGORITHM", "Algorithm '" + template.algorithm() + "' is not installed; known: cosine-v1");
        }
        if (template.data() == null) {
            throw ApiException.invalidField(field + ".data", "is required");
        }
        CosineTemplate decoded = Templates.decode(template.data());
        return new Face(template.algorithm(), decoded.dimension(), decoded.encode());
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
