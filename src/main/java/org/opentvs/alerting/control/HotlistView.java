package org.opentvs.alerting.control;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.math.BigDecimal;
import org.opentvs.platform.control.Json;

/**
 * A hotlist hit as analysts see it ({@link HotlistRows}): whom it concerns (names: an audited read),
 * the flight and why; every field present, null when the hit has none. Scores rounded to 4 places,
 * written as JSON-P wrote the double (BigDecimal.valueOf); the biographic agreement as stored.
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "kind", "status", "category", "basis", "highPriority", "nameScore", "biometricScore", "biographicAgreement",
        "watchlistEntryId", "subjectId", "subjectKind", "familyName", "givenNames", "dateOfBirth", "nationality", "carrier", "flightNumber",
        "flightDate", "departureAirport", "reason", "decidedBy", "decidedAt", "createdAt"})
public record HotlistView(String id, String kind, String status, String category, String basis, Boolean highPriority,
        BigDecimal nameScore, BigDecimal biometricScore, JsonObject biographicAgreement, String watchlistEntryId, String subjectId,
        String subjectKind, String familyName, String givenNames, String dateOfBirth, String nationality, String carrier,
        String flightNumber, String flightDate, String departureAirport, String reason, String decidedBy, String decidedAt,
        String createdAt) {

    /** From a row of {@link HotlistRows}'s select, its columns in this record's order. */
    static HotlistView of(Object[] r) {
        return new HotlistView(text(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4]), (Boolean) r[5], score(r[6]), score(r[7]),
                r[8] == null ? null : Json.createReader(new StringReader(r[8].toString())).readObject(), text(r[9]), text(r[10]),
                text(r[11]), text(r[12]), text(r[13]), text(r[14]), text(r[15]), text(r[16]), text(r[17]), text(r[18]), text(r[19]),
                text(r[20]), text(r[21]), text(r[22]), text(r[23]));
    }

    private static BigDecimal score(Object v) {
        return v == null ? null : BigDecimal.valueOf(Math.round(((Number) v).doubleValue() * 10000) / 10000.0);
    }

    private static String text(Object v) {
        return v == null ? null : v.toString();
    }
}
