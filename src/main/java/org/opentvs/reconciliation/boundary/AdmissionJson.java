package org.opentvs.reconciliation.boundary;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonBody;
import org.opentvs.reconciliation.entity.Admission;
import org.opentvs.reconciliation.entity.Person;

/** Reads and validates one admission of the arrival feed; every broken rule is a 422 naming the field. */
final class AdmissionJson {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final Pattern DOCUMENT = Pattern.compile("[A-Z0-9]{1,35}");
    private static final Pattern CLASS = Pattern.compile("[A-Z0-9]{1,8}");
    private static final Pattern PORT = Pattern.compile("[A-Z0-9]{1,5}");
    private static final Pattern SEX = Pattern.compile("[MFXU]");

    private AdmissionJson() {
    }

    static Admission read(JsonBody json) {
        String family = text(json, "familyName", 100).orElseThrow(() -> json.invalid("familyName", "is required"));
        String given = text(json, "givenNames", 200).orElse(null);
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
        String text = json.optionalString(field).orElseThrow(() -> json.invalid(field, "is required"));
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw json.invalid(field, "must be an ISO-8601 instant such as 2026-11-22T09:30:00Z");
        }
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
