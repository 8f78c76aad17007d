package org.opentvs.reconciliation.boundary;

import static org.opentvs.platform.boundary.JsonShape.object;
import static org.opentvs.platform.boundary.JsonShape.value;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonBody;
import org.opentvs.platform.boundary.JsonShape;
import org.opentvs.platform.control.FieldLimit;
import org.opentvs.reconciliation.entity.Admission;
import org.opentvs.reconciliation.entity.Person;

/** Reads and validates one admission of the arrival feed; every broken rule is a 422 naming the field. */
final class AdmissionJson {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final Pattern DOCUMENT = Pattern.compile("[A-Z0-9]{1,35}");
    private static final Pattern CLASS = Pattern.compile("[A-Z0-9]{1,8}");
    private static final Pattern PORT = Pattern.compile("[A-Z0-9]{1,5}");
    private static final Pattern SEX = Pattern.compile("[MFXU]");

    private static final JsonShape ADMISSION = JsonShape.of(JsonShape.text("id", 36), JsonShape.text("identityId", 36),
            JsonShape.text("crossingId", 36),
            JsonShape.text("familyName", FieldLimit.FAMILY_NAME), JsonShape.text("givenNames", FieldLimit.GIVEN_NAMES),
            value("dateOfBirth"),
            JsonShape.text("sex", FieldLimit.SEX), JsonShape.text("nationality", FieldLimit.COUNTRY),
            JsonShape.text("documentNumber", FieldLimit.DOCUMENT_NUMBER),
            JsonShape.text("documentCountry", FieldLimit.COUNTRY), JsonShape.text("classOfAdmission", FieldLimit.CLASS_OF_ADMISSION),
            JsonShape.text("port", FieldLimit.LOCATION), value("admittedAt"), value("admitUntil"));

    /** One admission, or {@code {"admissions": [...]}}. */
    static final JsonShape BODY = ADMISSION.with(object("admissions", ADMISSION));

    private AdmissionJson() {
    }

    static Admission read(JsonBody json) {
        String family = text(json, "familyName", FieldLimit.FAMILY_NAME.maxLength())
                .orElseThrow(() -> json.invalid("familyName", "is required"));
        String given = text(json, "givenNames", FieldLimit.GIVEN_NAMES.maxLength()).orElse(null);
        var dob = json.date("dateOfBirth");
        Instant admitted = instant(json, "admittedAt");
        var until = json.optionalDate("admitUntil").orElse(null);
        if (until != null && until.isBefore(admitted.atZone(ZoneOffset.UTC).toLocalDate())) {
            throw json.invalid("admitUntil", "is before admittedAt");
        }
        if (dob.isAfter(admitted.atZone(ZoneOffset.UTC).toLocalDate())) {
            throw json.invalid("dateOfBirth", "is after admittedAt");
        }
        Person person = new Person(family, given, dob, code(json, "nationality", COUNTRY), code(json, "documentNumber", DOCUMENT),
                code(json, "documentCountry", COUNTRY));
        String classOfAdmission = code(json, "classOfAdmission", CLASS);
        if (classOfAdmission == null) {
            throw json.invalid("classOfAdmission", "is required");
        }
        return new Admission(uuid(json, "id").orElseGet(UUID::randomUUID), uuid(json, "identityId").orElse(null),
                uuid(json, "crossingId").orElse(null), person, code(json, "sex", SEX), classOfAdmission, code(json, "port", PORT),
                admitted, until);
    }

    private static Optional<String> text(JsonBody json, String field, int max) {
        Optional<String> value = json.optionalString(field);
        if (value.isPresent() && (value.get().length() > max || value.get().chars().anyMatch(Character::isISOControl))) {
            throw json.invalid(field, "must be at most " + max + " printable characters");
        }
        return value;
    }

    private static String code(JsonBody json, String field, Pattern pattern) {
        Optional<String> value = json.optionalString(field).map(String::toUpperCase);
        if (value.isPresent() && !pattern.matcher(value.get()).matches()) {
            throw json.invalid(field, "must match " + pattern.pattern());
        }
        return value.orElse(null);
    }

    private static Instant instant(JsonBody json, String field) {
        return json.optionalInstant(field).orElseThrow(() -> json.invalid(field, "is required"));
    }

    private static Optional<UUID> uuid(JsonBody json, String field) {
        return json.optionalString(field).map(text -> {
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                throw json.invalid(field, "must be a UUID");
            }
        });
    }

    static ApiException tooMany(int max) {
        return ApiException.invalid("TOO_MANY", "At most " + max + " admissions per request");
    }
}
