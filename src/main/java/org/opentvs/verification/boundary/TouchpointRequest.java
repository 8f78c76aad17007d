package org.opentvs.verification.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.opentvs.biometric.boundary.FaceInput;
import org.opentvs.platform.boundary.Limit;
import org.opentvs.platform.control.FieldLimit;
import org.opentvs.verification.entity.Touchpoint;
import org.opentvs.verification.entity.VerificationRequest.LaneDirection;

/**
 * A touchpoint's call as it sends it ({@code POST /verifications}): where, which flight (for air and
 * sea touchpoints), which device, its {@code captures} (faces), and at a land lane the vehicle and
 * the direction the lane serves. The rules that depend on the touchpoint (a flight, how many
 * captures) and on the capture's content are {@link VerificationRequests}'.
 */
public record TouchpointRequest(
        @NotNull Touchpoint touchpoint,
        @NotNull @Valid Location location,
        @Valid Flight flight,
        @NotNull @Valid Device device,
        List<@Valid FaceInput> captures,
        @Valid Vehicle vehicle,
        LaneDirection direction) {

    public TouchpointRequest {
        captures = captures == null ? List.of() : captures;
    }

    /** The port (an airport, seaport or land-port code) and where in it. */
    public record Location(
            @NotNull @Limit(FieldLimit.LOCATION) @Pattern(regexp = "[A-Za-z0-9]{3,5}", message = "must be an airport, seaport or land-port code") String port,
            @Limit(FieldLimit.TERMINAL) String terminal,
            @Limit(FieldLimit.GATE) String gate,
            @Limit(FieldLimit.LANE) String lane) {
    }

    /** The flight or sailing boarded or arrived; its parts are required where the touchpoint needs a flight. */
    public record Flight(
            @Limit(FieldLimit.CARRIER) String carrier,
            @Limit(FieldLimit.FLIGHT_NUMBER) String number,
            LocalDate date) {
    }

    /** The capture device. */
    public record Device(
            @NotNull @Limit(FieldLimit.DEVICE_ID) String id,
            @Limit(FieldLimit.DEVICE_TYPE) String type,
            @Limit(FieldLimit.DEVICE_MAKE) String make,
            @Limit(FieldLimit.DEVICE_MODEL) String model) {
    }

    /** The vehicle at a land lane. */
    public record Vehicle(
            @Limit(FieldLimit.VEHICLE_PLATE) String plate,
            @Limit(FieldLimit.VEHICLE_REGION) String region) {
    }
}
