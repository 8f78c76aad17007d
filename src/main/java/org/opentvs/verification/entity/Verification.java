package org.opentvs.verification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.opentvs.biometric.entity.CaptureFailure;
import org.opentvs.biometric.entity.QualityMeasures;

/**
 * One answered capture: where, which device, which gallery, the outcome and how long it took. For a
 * confirmed US citizen only the fact of the verification is kept: no traveler link, no capture.
 * What the engine measured of an image capture is its embedded {@link CaptureMeasurement}.
 */
@Entity
@Table(name = "verification")
public class Verification {

    @Id
    private UUID id;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Touchpoint touchpoint;

    @Column(nullable = false)
    private String port;
    private String terminal;
    private String gate;
    private String lane;
    private String carrier;

    @Column(name = "flight_number")
    private String flightNumber;

    @Column(name = "flight_date")
    private LocalDate flightDate;

    @Column(name = "gallery_id")
    private UUID galleryId;

    @Column(name = "device_id", nullable = false)
    private String deviceId;

    @Column(name = "device_type")
    private String deviceType;

    @Column(name = "device_make")
    private String deviceMake;

    @Column(name = "device_model")
    private String deviceModel;

    @Column(name = "vehicle_plate")
    private String vehiclePlate;

    @Column(name = "vehicle_region")
    private String vehicleRegion;

    private Integer occupant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Instruction instruction;

    private Float score;
    private Float threshold;
    private String algorithm;

    @Column(name = "traveler_id")
    private UUID travelerId;

    @Column(name = "us_citizen", nullable = false)
    private boolean usCitizen;

    @Column(name = "in_scope")
    private Boolean inScope;

    @Column(name = "capture_quality")
    private Float captureQuality;

    @Embedded
    private CaptureMeasurement measurement = new CaptureMeasurement();

    @Column(nullable = false)
    private int attempt;

    @Column(name = "elapsed_micros", nullable = false)
    private int elapsedMicros;

    @Column(nullable = false)
    private String caller;

    protected Verification() {
    }

    public Verification(VerificationRequest request, Integer occupant, UUID galleryId, Instant at, String caller) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.touchpoint = request.touchpoint();
        this.port = request.location().port();
        this.terminal = request.location().terminal();
        this.gate = request.location().gate();
        this.lane = request.location().lane();
        if (request.flight() != null) {
            this.carrier = request.flight().carrier();
            this.flightNumber = request.flight().number();
            this.flightDate = request.flight().date();
        }
        this.galleryId = galleryId;
        this.deviceId = request.device().id();
        this.deviceType = request.device().type();
        this.deviceMake = request.device().make();
        this.deviceModel = request.device().model();
        if (request.vehicle() != null) {
            this.vehiclePlate = request.vehicle().plate();
            this.vehicleRegion = request.vehicle().region();
        }
        this.occupant = occupant;
        this.caller = caller;
    }

    /** Records the outcome; a confirmed US citizen is recorded without any link to the person. */
    public void decide(Outcome outcome, int attempt, Float captureQuality) {
        this.decision = outcome.decision();
        this.instruction = outcome.instruction();
        this.score = outcome.score();
        this.threshold = outcome.threshold();
        this.algorithm = outcome.algorithm();
        this.usCitizen = outcome.usCitizen();
        this.travelerId = outcome.usCitizen() ? null : outcome.travelerId();
        this.inScope = outcome.decision() == Decision.MATCH ? outcome.inScope() : null;
        this.attempt = attempt;
        this.captureQuality = captureQuality;
    }

    /** The engine's version and quality measures of an image capture, and why it failed if it did. */
    public void measured(String version, QualityMeasures q, CaptureFailure failure) {
        measurement.measured(version, q, failure);
    }

    public void elapsed(long micros) {
        this.elapsedMicros = (int) Math.min(Integer.MAX_VALUE, micros);
    }

    /** The columns of {@link #row()}, in table order, for set-based writes. */
    public static final java.util.List<String> COLUMNS = java.util.List.of("id", "at", "touchpoint", "port", "terminal", "gate",
            "lane", "carrier", "flight_number", "flight_date", "gallery_id", "device_id", "device_type", "device_make", "device_model",
            "vehicle_plate", "vehicle_region", "occupant", "decision", "instruction", "score", "threshold", "algorithm", "traveler_id",
            "us_citizen", "in_scope", "capture_quality", "attempt", "elapsed_micros", "caller", "algorithm_version", "capture_failure",
            "face_inter_eye", "face_yaw", "face_pitch", "face_roll", "face_sharpness", "face_brightness");

    /** The SQL types of {@link #COLUMNS}, for casts from text. */
    public static final java.util.List<String> TYPES = java.util.List.of("uuid", "timestamptz", "text", "text", "text", "text",
            "text", "text", "text", "date", "uuid", "text", "text", "text", "text",
            "text", "text", "integer", "text", "text", "real", "real", "text", "uuid",
            "boolean", "boolean", "real", "integer", "integer", "text", "text", "text",
            "real", "real", "real", "real", "real", "real");

    /** This verification as text values in the order of {@link #COLUMNS} (null stays null). */
    public String[] row() {
        Object[] values = measurement.after(id, at, touchpoint, port, terminal, gate, lane, carrier, flightNumber, flightDate, galleryId,
                deviceId, deviceType, deviceMake, deviceModel, vehiclePlate, vehicleRegion, occupant, decision, instruction, score,
                threshold, algorithm, travelerId, usCitizen, inScope, captureQuality, attempt, elapsedMicros, caller);
        String[] row = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            row[i] = values[i] == null ? null : values[i].toString();
        }
        return row;
    }

    public UUID id() { return id; }
    public Instant at() { return at; }
    public Touchpoint touchpoint() { return touchpoint; }
    public String port() { return port; }
    public String deviceId() { return deviceId; }
    public UUID galleryId() { return galleryId; }
    public Decision decision() { return decision; }
    public Instruction instruction() { return instruction; }
    public Float score() { return score; }
    public UUID travelerId() { return travelerId; }
    public boolean usCitizen() { return usCitizen; }
    public int elapsedMicros() { return elapsedMicros; }
    public Integer occupant() { return occupant; }
    public int attempt() { return attempt; }
}
