package org.opentvs.stay.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.control.StorableTime;
import org.opentvs.stay.entity.DocumentKey;

/**
 * Reads the document number, issuing country and date of birth a person is asked about, as query
 * parameters (400 {@code MISSING_PARAMETER} or {@code INVALID_PARAMETER} naming it) or as fields of
 * a request record (422 {@code INVALID_FIELD} naming it; the record's constraints use
 * {@link #NUMBER_FORM} and {@link #COUNTRY_FORM}). Numbers and countries are upper-cased; the value
 * is never repeated in the error.
 */
public final class DocumentKeys {

    /** The form of a document number in a request record (any case): {@code @Pattern(regexp = NUMBER_FORM, message = NUMBER_RULE)}. */
    public static final String NUMBER_FORM = "[A-Za-z0-9]{1,35}";
    public static final String NUMBER_RULE = "must be 1 to 35 letters and digits";
    /** The form of an issuing country in a request record (any case). */
    public static final String COUNTRY_FORM = "[A-Za-z]{3}";
    public static final String COUNTRY_RULE = "must be an ISO 3166 alpha-3 code such as GBR";

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

    /**
     * The key a request record names, its number and country already checked against
     * {@link #NUMBER_FORM} and {@link #COUNTRY_FORM}: upper-cased, and refused when the date of birth
     * lies in the future ({@code dateOfBirthField} names it).
     */
    public static DocumentKey of(String number, String country, LocalDate born, LocalDate today, String dateOfBirthField) {
        if (born.isAfter(today)) {
            throw new ApiException(422, "INVALID_FIELD", "Field '" + dateOfBirthField + "' lies in the future",
                    Map.of("field", dateOfBirthField));
        }
        return new DocumentKey(number.toUpperCase(Locale.ROOT), country.toUpperCase(Locale.ROOT), born);
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
