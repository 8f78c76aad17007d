package org.opentvs.reconciliation.boundary;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonRequestReader;
import org.opentvs.reconciliation.entity.Admission;
import org.opentvs.reconciliation.entity.Person;

/**
 * Turns the arrival feed's {@link AdmissionRequest}s into admissions: codes in upper case, a fresh id
 * where the feed sent none; the rules that span fields (the dates against {@code admittedAt}) are
 * checked here, each a 422 naming the field.
 */
final class AdmissionJson {

    private AdmissionJson() {
    }

    /** The admissions a feed body holds: its {@code admissions}, or itself as one admission (checked like each of those). */
    static List<AdmissionRequest> admissions(AdmissionFeed feed) {
        if (feed.admissions() != null) {
            return feed.admissions();
        }
        // refused as an application exception: this runs inside the EJB, which a system exception would discard
        return List.of(JsonRequestReader.validated(feed.single()));
    }

    static Admission read(AdmissionRequest request, String path) {
        var admittedOn = request.admittedAt().atZone(ZoneOffset.UTC).toLocalDate();
        if (request.admitUntil() != null && request.admitUntil().isBefore(admittedOn)) {
            throw ApiException.invalidField(path + "admitUntil", "is before admittedAt");
        }
        if (request.dateOfBirth().isAfter(admittedOn)) {
            throw ApiException.invalidField(path + "dateOfBirth", "is after admittedAt");
        }
        Person person = new Person(request.familyName(), request.givenNames(), request.dateOfBirth(), upper(request.nationality()),
                upper(request.documentNumber()), upper(request.documentCountry()));
        return new Admission(request.id() == null ? UUID.randomUUID() : request.id(), request.identityId(), request.crossingId(), person,
                upper(request.sex()), upper(request.classOfAdmission()), upper(request.port()), request.admittedAt(), request.admitUntil());
    }

    static ApiException tooMany(int max) {
        return ApiException.invalid("TOO_MANY", "At most " + max + " admissions per request");
    }

    private static String upper(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

}
