package org.opentvs.alerting.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.opentvs.platform.control.Json;

/** An alert as officers see it, in the list, the stream and the portal. No names: the traveler link is a separate, audited read. */
public record AlertRow(UUID id, long seq, String kind, String status, String port, String touchpoint, String terminal, String gate,
        String lane, String vehiclePlate, String carrier, String flightNumber, LocalDate flightDate, Instant raisedAt,
        String deviceId, UUID travelerId, UUID hotlistEntryId, String category, Float biometricScore, Float watchlistScore,
        String biographicAgreement, String acknowledgedBy, Instant acknowledgedAt, String resolvedBy, Instant resolvedAt) {

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", id.toString()).add("seq", seq).add("kind", kind)
                .add("status", status).add("raisedAt", raisedAt.toString());
        JsonObjectBuilder where = Json.createObjectBuilder();
        put(where, "port", port);
        put(where, "touchpoint", touchpoint);
        put(where, "terminal", terminal);
        put(where, "gate", gate);
        put(where, "lane", lane);
        put(where, "vehiclePlate", vehiclePlate);
        put(where, "deviceId", deviceId);
        json.add("location", where);
        if (carrier != null) {
            json.add("flight", Json.createObjectBuilder().add("carrier", carrier).add("number", flightNumber)
                    .add("date", flightDate == null ? "" : flightDate.toString()));
        } else {
            json.addNull("flight");
        }
        if (travelerId != null) {
            json.add("traveler", Json.createObjectBuilder().add("id", travelerId.toString())
                    .add("href", "/api/v1/alerts/" + id + "/traveler"));
        } else {
            json.addNull("traveler");
        }
        put(json, "hotlistEntryId", hotlistEntryId == null ? null : hotlistEntryId.toString());
        put(json, "category", category);
        JsonObjectBuilder why = Json.createObjectBuilder();
        number(why, "biometricScore", biometricScore);
        number(why, "watchlistFaceScore", watchlistScore);
        if (biographicAgreement != null) {
            why.add("biographic", Json.createReader(new StringReader(biographicAgreement)).readObject());
        } else {
            why.addNull("biographic");
        }
        json.add("why", why);
        put(json, "acknowledgedBy", acknowledgedBy);
        put(json, "acknowledgedAt", acknowledgedAt == null ? null : acknowledgedAt.toString());
        put(json, "resolvedBy", resolvedBy);
        put(json, "resolvedAt", resolvedAt == null ? null : resolvedAt.toString());
        return json.build();
    }

    /** Where, in one line for the portal. */
    public String place() {
        StringBuilder s = new StringBuilder(port == null ? "" : port);
        append(s, "terminal ", terminal);
        append(s, "gate ", gate);
        append(s, "lane ", lane);
        append(s, "plate ", vehiclePlate);
        return s.toString();
    }

    public String flight() {
        return carrier == null ? "" : carrier + flightNumber + " " + (flightDate == null ? "" : flightDate);
    }

    private static void append(StringBuilder s, String label, String value) {
        if (value != null && !value.isBlank()) {
            s.append(s.length() == 0 ? "" : ", ").append(label).append(value);
        }
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static void number(JsonObjectBuilder json, String name, Float value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, Math.round(value * 10000) / 10000.0);
        }
    }
}
