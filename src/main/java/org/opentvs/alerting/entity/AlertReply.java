package org.opentvs.alerting.entity;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.math.BigDecimal;
import org.opentvs.platform.control.Json;

/**
 * An alert as officers see it, in the list (REST) and as the data of a stream event (SSE), both from
 * {@link #of}: every field present, null when the alert has none. {@code flight} and {@code traveler}
 * are nillable as types as well: Yasson 3.0.4 writes a null of a record type only when that type is
 * {@code @JsonbNillable}, whatever the component says. Scores rounded to 4 places, written as JSON-P
 * wrote the double (BigDecimal.valueOf).
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "seq", "kind", "status", "raisedAt", "location", "flight", "traveler", "hotlistEntryId", "category", "why",
        "acknowledgedBy", "acknowledgedAt", "resolvedBy", "resolvedAt"})
public record AlertReply(String id, long seq, String kind, String status, String raisedAt, Location location, Flight flight,
        Traveler traveler, String hotlistEntryId, String category, Why why, String acknowledgedBy, String acknowledgedAt,
        String resolvedBy, String resolvedAt) {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** Where the alert was raised. */
    @JsonbNillable
    @JsonbPropertyOrder({"port", "touchpoint", "terminal", "gate", "lane", "vehiclePlate", "deviceId"})
    public record Location(String port, String touchpoint, String terminal, String gate, String lane, String vehiclePlate,
            String deviceId) {
    }

    /** The flight; {@code date} empty when unknown. */
    @JsonbNillable
    @JsonbPropertyOrder({"carrier", "number", "date"})
    public record Flight(String carrier, String number, String date) {
    }

    /** The traveler's id and the (audited) link to the record. */
    @JsonbNillable
    @JsonbPropertyOrder({"id", "href"})
    public record Traveler(String id, String href) {
    }

    /** Why it was raised: the scores and the biographic agreement (as stored), each null when it played no part. */
    @JsonbNillable
    @JsonbPropertyOrder({"biometricScore", "watchlistFaceScore", "biographic"})
    public record Why(BigDecimal biometricScore, BigDecimal watchlistFaceScore, JsonObject biographic) {
    }

    public static AlertReply of(AlertRow a) {
        Location where = new Location(a.port(), a.touchpoint(), a.terminal(), a.gate(), a.lane(), a.vehiclePlate(), a.deviceId());
        Flight flight = a.carrier() == null
                ? null
                : new Flight(a.carrier(), a.flightNumber(), a.flightDate() == null ? "" : a.flightDate().toString());
        Traveler traveler = a.travelerId() == null
                ? null
                : new Traveler(a.travelerId().toString(), "/api/v1/alerts/" + a.id() + "/traveler");
        JsonObject biographic = a.biographicAgreement() == null
                ? null
                : Json.createReader(new StringReader(a.biographicAgreement())).readObject();
        Why why = new Why(score(a.biometricScore()), score(a.watchlistScore()), biographic);
        return new AlertReply(a.id().toString(), a.seq(), a.kind(), a.status(), a.raisedAt().toString(), where, flight, traveler,
                text(a.hotlistEntryId()), a.category(), why, a.acknowledgedBy(), text(a.acknowledgedAt()), a.resolvedBy(),
                text(a.resolvedAt()));
    }

    /** The JSON text of the alert: the data of an SSE event, the same as an item of the REST list. */
    public static String json(AlertRow row) {
        return JSONB.toJson(of(row));
    }

    private static BigDecimal score(Float value) {
        return value == null ? null : BigDecimal.valueOf(Math.round(value * 10000) / 10000.0);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
