package org.opentvs.departure.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.opentvs.platform.boundary.Limit;
import org.opentvs.platform.control.FieldLimit;

/**
 * A traveler app's self-reported departure as it posts it ({@code POST /api/v1/departures/self-reports}):
 * a fresh {@code requestId}, the device's time, the {@code kind} of departure, the document, a selfie
 * (base64 JPEG or PNG, decoded later), the position, optionally the app's liveness signal, and the
 * {@code vehicle}, {@code bus} or {@code aircraft} of that kind. Codes may come in lower case
 * ({@link SelfReportJson} upper-cases them); which conveyance belongs to which kind is
 * {@link SelfReportJson}'s rule.
 */
public record SelfReportInput(
        @NotNull @Limit(chars = 64) @Pattern(regexp = "[A-Za-z0-9._:-]{8,64}", message = "must be 8 to 64 letters, digits or . _ : - (a fresh nonce per report, e.g. a UUID)") String requestId,
        @NotNull Instant reportedAt,
        @NotNull @Limit(chars = 20) @Pattern(regexp = "(?i)PEDESTRIAN|VEHICLE|BUS|GENERAL_AVIATION", message = "must be PEDESTRIAN, VEHICLE, BUS or GENERAL_AVIATION") String kind,
        @NotNull @Valid Document document,
        @NotNull @Valid Selfie selfie,
        @NotNull @Valid Position position,
        @Valid Liveness liveness,
        @Valid Vehicle vehicle,
        @Valid Bus bus,
        @Valid Aircraft aircraft) {

    /** What a code that does not match its pattern is told (the value is not repeated). */
    static final String MISMATCH = "has characters or a length it may not have";

    /** The travel document the traveler departs on. */
    public record Document(
            @NotNull @Limit(FieldLimit.DOCUMENT_NUMBER) @Pattern(regexp = "[A-Za-z0-9]{1,35}", message = MISMATCH) String number,
            @NotNull @Limit(FieldLimit.COUNTRY) @Pattern(regexp = "[A-Za-z]{3}", message = MISMATCH) String country) {
    }

    /** The selfie, compared 1:1 with the document holder's face. */
    public record Selfie(
            @NotNull @Limit(chars = 4) @Pattern(regexp = "(?i)jpeg|png", message = "must be jpeg or png") String format,
            @NotNull String data) {
    }

    /** Where the device is, and how far off that may be. */
    public record Position(
            @NotNull @DecimalMin(value = "-90", message = "must be a number from -90.0 to 90.0") @DecimalMax(value = "90", message = "must be a number from -90.0 to 90.0") Double latitude,
            @NotNull @DecimalMin(value = "-180", message = "must be a number from -180.0 to 180.0") @DecimalMax(value = "180", message = "must be a number from -180.0 to 180.0") Double longitude,
            @NotNull @DecimalMin(value = "0", message = "must be a number from 0.0 to 100000.0") @DecimalMax(value = "100000", message = "must be a number from 0.0 to 100000.0") Double accuracyMeters) {
    }

    /** The app's own liveness check, recorded as sent. */
    public record Liveness(
            Boolean passed,
            @DecimalMin(value = "0", message = "must be a number from 0.0 to 1.0") @DecimalMax(value = "1", message = "must be a number from 0.0 to 1.0") Double score,
            @Limit(chars = 60) String method) {
    }

    /** The vehicle of a VEHICLE departure. */
    public record Vehicle(
            @NotNull @Limit(FieldLimit.VEHICLE_PLATE) @Pattern(regexp = "[A-Za-z0-9 -]{1,16}", message = MISMATCH) String plate,
            @Limit(FieldLimit.VEHICLE_REGION) String region) {
    }

    /** The bus of a BUS departure. */
    public record Bus(@NotNull @Limit(chars = 60) String operator, @NotNull @Limit(chars = 30) String route) {
    }

    /** The aircraft of a GENERAL_AVIATION departure. */
    public record Aircraft(@NotNull @Limit(chars = 10) @Pattern(regexp = "[A-Za-z0-9-]{2,10}", message = MISMATCH) String tailNumber) {
    }
}
