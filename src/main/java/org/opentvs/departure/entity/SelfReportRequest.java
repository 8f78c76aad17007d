package org.opentvs.departure.entity;

import java.time.Instant;

/**
 * One traveler app's self-report as received: the request id it is sent under once, the device's
 * time, the kind of departure and its details, the document, the selfie (base64, decoded later, after
 * the replay check) and the position with its accuracy; the liveness signal when the app sent one.
 */
public record SelfReportRequest(String requestId, Instant reportedAt, Kind kind, String documentNumber, String documentCountry,
        String selfieFormat, String selfieBase64, GeoPoint position, double accuracyMeters, Liveness liveness, Conveyance conveyance) {

    public enum Kind { PEDESTRIAN, VEHICLE, BUS, GENERAL_AVIATION }

    /** The app's liveness check, recorded as sent; OpenTVS does not decide on it. */
    public record Liveness(Boolean passed, Double score, String method) {
    }

    /** The vehicle (plate, region), the bus (operator, route) or the aircraft (tail number); all null for a pedestrian. */
    public record Conveyance(String plate, String region, String busOperator, String busRoute, String tailNumber) {

        public static final Conveyance NONE = new Conveyance(null, null, null, null, null);
    }
}
