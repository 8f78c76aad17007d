package org.opentvs.crossing.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import org.opentvs.crossing.control.CrossingSearch;

/**
 * One crossing as {@code GET /api/v1/crossings} lists it; what the record lacks is {@code null}. The score is the stored float
 * widened to a double and written as JSON-P writes a double (plain digits, no exponent for small scores), hence a BigDecimal.
 */
@JsonbPropertyOrder({"id", "direction", "confirmation", "touchpoint", "port", "carrier", "flightNumber", "flightDate", "familyName",
        "givenNames", "dateOfBirth", "nationality", "documentNumber", "documentCountry", "occurredAt", "score"})
public record CrossingView(@JsonbNillable String id, @JsonbNillable String direction, @JsonbNillable String confirmation,
        @JsonbNillable String touchpoint, @JsonbNillable String port, @JsonbNillable String carrier, @JsonbNillable String flightNumber,
        @JsonbNillable String flightDate, @JsonbNillable String familyName, @JsonbNillable String givenNames,
        @JsonbNillable String dateOfBirth, @JsonbNillable String nationality, @JsonbNillable String documentNumber,
        @JsonbNillable String documentCountry, @JsonbNillable Instant occurredAt, @JsonbNillable BigDecimal score) {

    static CrossingView of(CrossingSearch.Found c) {
        return new CrossingView(c.id(), c.direction(), c.confirmation(), c.touchpoint(), c.port(), c.carrier(), c.flightNumber(),
                c.flightDate(), c.familyName(), c.givenNames(), c.dateOfBirth(), c.nationality(), c.documentNumber(), c.documentCountry(),
                c.occurredAt(), c.score() == null ? null : BigDecimal.valueOf(c.score().doubleValue()));
    }
}
