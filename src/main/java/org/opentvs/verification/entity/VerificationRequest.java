package org.opentvs.verification.entity;

import java.time.LocalDate;
import java.util.List;

/** A touchpoint's call, validated: where, which flight or lane, which device, and one capture per person. */
public record VerificationRequest(Touchpoint touchpoint, Location location, FlightRef flight, Device device,
        List<Capture> captures, Vehicle vehicle, LaneDirection laneDirection) {

    public enum LaneDirection { ENTRY, EXIT }

    public record Location(String port, String terminal, String gate, String lane) {
    }

    public record FlightRef(String carrier, String number, LocalDate date) {
    }

    public record Device(String id, String type, String make, String model) {
    }

    public record Vehicle(String plate, String region) {
    }

    /**
     * A face capture: a template (algorithm + unit vector) or an image (format + base64 data, decoded
     * by the biometric context), with the device's quality score if sent.
     */
    public record Capture(String algorithm, float[] vector, boolean image, Float quality, byte[] encoded, String imageFormat,
            String imageData) {
    }

    public VerificationRequest {
        captures = List.copyOf(captures);
    }
}
