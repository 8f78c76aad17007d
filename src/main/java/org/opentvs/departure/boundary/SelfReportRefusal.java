package org.opentvs.departure.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.sql.Timestamp;

/**
 * A kept refusal as analysts read it ({@link RefusalRows#SELECT}): every field present, null when the
 * checks had not got that far. Numbers as JSON-P wrote their double value (BigDecimal.valueOf, so an
 * HTTP status reads 422.0 as before); times as instants.
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "refusal", "httpStatus", "kind", "port", "portLocation", "client", "documentNumber", "documentCountry",
        "familyName", "givenNames", "dateOfBirth", "nationality", "faceScore", "latitude", "longitude", "accuracyMeters",
        "portDistanceMeters", "borderDistanceMeters", "livenessPassed", "livenessScore", "livenessMethod", "vehiclePlate", "busOperator",
        "busRoute", "tailNumber", "selfieKept", "reportedAt", "receivedAt"})
public record SelfReportRefusal(String id, String refusal, BigDecimal httpStatus, String kind, String port, String portLocation,
        String client, String documentNumber, String documentCountry, String familyName, String givenNames, String dateOfBirth,
        String nationality, BigDecimal faceScore, BigDecimal latitude, BigDecimal longitude, BigDecimal accuracyMeters,
        BigDecimal portDistanceMeters, BigDecimal borderDistanceMeters, Boolean livenessPassed, BigDecimal livenessScore,
        String livenessMethod, String vehiclePlate, String busOperator, String busRoute, String tailNumber, Boolean selfieKept,
        String reportedAt, String receivedAt) {

    /** From a row of {@link RefusalRows#SELECT}, its columns in that order. */
    static SelfReportRefusal of(Object[] r) {
        return new SelfReportRefusal(text(r[0]), text(r[1]), number(r[2]), text(r[3]), text(r[4]), text(r[5]), text(r[6]), text(r[7]),
                text(r[8]), text(r[9]), text(r[10]), text(r[11]), text(r[12]), number(r[13]), number(r[14]), number(r[15]),
                number(r[16]), number(r[17]), number(r[18]), (Boolean) r[19], number(r[20]), text(r[21]), text(r[22]), text(r[23]),
                text(r[24]), text(r[25]), (Boolean) r[26], text(r[27]), text(r[28]));
    }

    private static String text(Object v) {
        return v == null ? null : v instanceof Timestamp t ? t.toInstant().toString() : v.toString();
    }

    private static BigDecimal number(Object v) {
        return v == null ? null : BigDecimal.valueOf(((Number) v).doubleValue());
    }
}
