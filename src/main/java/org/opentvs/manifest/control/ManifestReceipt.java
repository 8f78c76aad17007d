package org.opentvs.manifest.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The answer a submitter gets (API.md "Manifests", built by {@link ManifestReceipts}): the first
 * message's manifest, flight, part and gallery at the top level (left out when there is none), the
 * traveler count over all messages, every message under {@code messages}; {@code timing} on an
 * accepted message, {@code duplicateOf} on a duplicate. A gallery is a {@link Gallery} or, before the
 * flight has one, a {@link NoGallery}, so {@code gallery} is declared {@code Object}.
 */
@JsonbPropertyOrder({"id", "kind", "flight", "direction", "part", "travelers", "flightStatus", "gallery", "status", "rawMessageId",
        "messages", "warnings", "timing", "duplicateOf"})
public record ManifestReceipt(String id, String kind, Flight flight, String direction, Part part, int travelers, String flightStatus,
        Object gallery, String status, String rawMessageId, List<Message> messages, List<String> warnings, Timing timing,
        String duplicateOf) {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** One message of the interchange. */
    @JsonbPropertyOrder({"id", "kind", "flight", "direction", "part", "travelers", "flightStatus", "gallery"})
    public record Message(String id, String kind, Flight flight, String direction, Part part, int travelers, String flightStatus,
            Object gallery) {
    }

    /** The flight the message is for. */
    @JsonbPropertyOrder({"carrier", "number", "date", "departure", "arrival"})
    public record Flight(String carrier, String number, String date, Leg departure, Leg arrival) {
    }

    /** An end of the flight: airport and scheduled local time, each null when the message did not say. */
    @JsonbNillable
    @JsonbPropertyOrder({"airport", "scheduled"})
    public record Leg(String airport, String scheduled) {
    }

    /** Which part of the flight's manifest the message is. */
    @JsonbPropertyOrder({"number", "last"})
    public record Part(int number, boolean last) {
    }

    /** The flight's gallery: its build time null until built. */
    @JsonbPropertyOrder({"id", "status", "expectedTravelers", "withReference", "buildMillis"})
    public record Gallery(String id, String status, int expectedTravelers, int withReference, @JsonbNillable Integer buildMillis) {
    }

    /** No gallery yet: {@code {"id": null, "status": "NONE"}}. */
    @JsonbPropertyOrder({"id", "status"})
    public record NoGallery(@JsonbNillable String id, String status) {
    }

    /** How long the steps took, in milliseconds (as JSON-P wrote the doubles). */
    @JsonbPropertyOrder({"parseMillis", "recordMillis", "galleryMillis"})
    public record Timing(BigDecimal parseMillis, BigDecimal recordMillis, BigDecimal galleryMillis) {

        public static Timing of(double parseMillis, double recordMillis, double galleryMillis) {
            return new Timing(BigDecimal.valueOf(parseMillis), BigDecimal.valueOf(recordMillis), BigDecimal.valueOf(galleryMillis));
        }
    }

    /** The first message at the top level, the traveler count over all of them. */
    static ManifestReceipt of(String status, String rawMessageId, List<Message> messages, List<String> warnings) {
        int travelers = messages.stream().mapToInt(Message::travelers).sum();
        Message first = messages.isEmpty() ? null : messages.get(0);
        return first == null
                ? new ManifestReceipt(null, null, null, null, null, travelers, null, null, status, rawMessageId, messages, warnings, null,
                        null)
                : new ManifestReceipt(first.id(), first.kind(), first.flight(), first.direction(), first.part(), travelers,
                        first.flightStatus(), first.gallery(), status, rawMessageId, messages, warnings, null, null);
    }

    public ManifestReceipt withTiming(Timing timing) {
        return new ManifestReceipt(id, kind, flight, direction, part, travelers, flightStatus, gallery, status, rawMessageId, messages,
                warnings, timing, duplicateOf);
    }

    ManifestReceipt duplicateOf(String originalRawMessageId) {
        return new ManifestReceipt(id, kind, flight, direction, part, travelers, flightStatus, gallery, status, rawMessageId, messages,
                warnings, timing, originalRawMessageId);
    }

    /** The receipt as JSON text (the inbox keeps it next to the file), the same as the REST reply. */
    public String json() {
        return JSONB.toJson(this);
    }
}
