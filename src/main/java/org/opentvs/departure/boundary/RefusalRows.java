package org.opentvs.departure.boundary;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.control.StorableTime;

/** The kept refusals as analysts read them: what was sent and what the checks found; never the selfie itself. */
final class RefusalRows {

    static final String SELECT = "select cast(id as varchar), refusal, http_status, kind, port, port_location, client_id,"
            + " document_number, document_country, family_name, given_names, cast(date_of_birth as varchar), nationality, face_score,"
            + " latitude, longitude, accuracy_m, port_distance_m, border_distance_m, liveness_passed, liveness_score, liveness_method,"
            + " vehicle_plate, bus_operator, bus_route, tail_number, selfie is not null, reported_at, received_at"
            + " from self_report where outcome = 'REFUSED'";

    private RefusalRows() {
    }

    static void period(StringBuilder sql, List<Object> params, String from, String to) {
        bound(sql, params, " and received_at >= ?", from, "from");
        bound(sql, params, " and received_at < ?", to, "to");
    }

    private static void bound(StringBuilder sql, List<Object> params, String clause, String value, String name) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            params.add(Timestamp.from(StorableTime.instant(Instant.parse(value))));
            sql.append(clause);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw ApiException.badRequest("'" + name + "' must be an ISO-8601 instant such as 2026-11-22T09:30:00Z, years 0001 to 9999");
        }
    }
}
