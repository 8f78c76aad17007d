package org.opentvs.stay.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.opentvs.stay.entity.StayAnswer;

/**
 * What the traveler app is told of the latest admission, as of today: {@code admittedUntil},
 * {@code daysRemaining}, {@code departedOn} and {@code rule} are {@code null} when they do not apply
 * (see {@link StayAnswer}); {@code visaWaiver} says whether the 90/180-day rule does.
 */
@JsonbPropertyOrder({"asOf", "classOfAdmission", "admittedOn", "admittedUntil", "daysRemaining", "departedOn", "status", "overstay",
        "daysOver", "visaWaiver", "rule"})
public record StayReply(LocalDate asOf, String classOfAdmission, LocalDate admittedOn, @JsonbNillable LocalDate admittedUntil,
        @JsonbNillable Integer daysRemaining, @JsonbNillable LocalDate departedOn, String status, boolean overstay, int daysOver,
        boolean visaWaiver, @JsonbNillable Rule rule) {

    /**
     * The 90/180-day rule: days present in the window of {@code windowDays} ending today, of at most
     * {@code maxDays}. Nillable as a class as well: Yasson 3.0 writes a {@code null} of a record type only
     * when that type is {@code @JsonbNillable}, whatever the component says.
     */
    @JsonbNillable
    @JsonbPropertyOrder({"maxDays", "windowDays", "daysUsed", "daysLeft"})
    public record Rule(int maxDays, int windowDays, int daysUsed, int daysLeft) {
    }

    static StayReply of(StayAnswer a, LocalDate today) {
        StayAnswer.Rule r = a.rule();
        return new StayReply(today, a.classOfAdmission(), a.admittedOn(), a.admittedUntil(), a.daysRemaining(), a.departedOn(),
                a.status().name(), a.overstay(), a.daysOver(), r != null,
                r == null ? null : new Rule(r.maxDays(), r.windowDays(), r.daysUsed(), r.daysLeft()));
    }
}
