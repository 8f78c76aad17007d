package org.opentvs.stay.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonBody;
import org.opentvs.platform.control.StorableTime;
import org.opentvs.stay.entity.DocumentKey;

/**
 * Reads the document number, issuing country and date of birth a person is asked about, as query
 * parameters (400 {@code MISSING_PARAMETER} or {@code INVALID_PARAMETER} naming it) or as JSON
 * fields (422 {@code INVALID_FIELD} naming it). Numbers and countries are upper-cased; the value is
 * never repeated in the error.
 */
public final class DocumentKeys {

    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{1,35}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    private DocumentKeys() {
    }

    public static DocumentKey fromQuery(String document, String country, String dateOfBirth, LocalDate today) {
        String number = code(required("document", document), NUMBER, "document", "1 to 35 letters and digits");
        String issuer = code(required("country", country), COUNTRY, "country", "an ISO 3166 alpha-3 code such as GBR");
        LocalDate born;
        try {
            born = StorableTime.date(LocalDate.parse(required("dateOfBirth", dateOfBirth).trim()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw invalid("dateOfBirth", "must be a date YYYY-MM-DD");
        }
        if (born.isAfter(today)) {
            throw invalid("dateOfBirth", "lies in the future");
        }
        return new DocumentKey(number, issuer, born);
    }

    /** The fields {@code documentNumber}, {@code documentCountry} and {@code dateOfBirth} of a JSON object. */
    public static DocumentKey fromJson(JsonBody json, LocalDate today) {
        String number = json.string("documentNumber").toUpperCase();
        if (!NUMBER.matcher(number).matches()) {
            throw json.invalid("documentNumber", "must be 1 to 35 letters and digits");
        }
        String issuer = json.string("documentCountry").toUpperCase();
        if (!COUNTRY.matcher(issuer).matches()) {
            throw json.invalid("documentCountry", "must be an ISO 3166 alpha-3 code such as GBR");
        }
        LocalDate born = json.date("dateOfBirth");
        if (born.isAfter(today)) {
            throw json.invalid("dateOfBirth", "lies in the future");
        }
        return new DocumentKey(number, issuer, born);
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new ApiException(400, "MISSING_PARAMETER", "Query parameter '" + name + "' is required", Map.of("parameter", name));
        }
        return value;
    }

    private static String code(String value, Pattern pattern, String name, String what) {
        String upper = value.trim().toUpperCase();
        if (!pattern.matcher(upper).matches()) {
            throw invalid(name, "must be " + what);
        }
        return upper;
    }

    private static ApiException invalid(String name, String problem) {
        return new ApiException(400, "INVALID_PARAMETER", "Query parameter '" + name + "' " + problem, Map.of("parameter", name));
    }
}
