package org.opentvs.verification.boundary;

import static org.opentvs.platform.boundary.JsonShape.object;
import static org.opentvs.platform.boundary.JsonShape.text;
import static org.opentvs.platform.boundary.JsonShape.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opentvs.biometric.boundary.FaceShapes;
import org.opentvs.biometric.control.CosineTemplate;
import org.opentvs.biometric.control.ImageFormat;
import org.opentvs.biometric.control.TemplateException;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.JsonBody;
import org.opentvs.platform.boundary.JsonShape;
import org.opentvs.platform.control.FieldLimit;
import org.opentvs.verification.entity.Touchpoint;
import org.opentvs.verification.entity.VerificationRequest;
import org.opentvs.verification.entity.VerificationRequest.Capture;
import org.opentvs.verification.entity.VerificationRequest.LaneDirection;

/** Reads and validates a verification call; nothing is stored until all of it is valid. */
public final class VerificationRequests {

    public static final JsonShape SHAPE = JsonShape.of(text("touchpoint", 20),
            object("location", JsonShape.of(text("port", FieldLimit.LOCATION), text("terminal", FieldLimit.TERMINAL),
                    text("gate", FieldLimit.GATE), text("lane", FieldLimit.LANE))),
            object("flight", JsonShape.of(text("carrier", FieldLimit.CARRIER), text("number", FieldLimit.FLIGHT_NUMBER), value("date"))),
            object("device", JsonShape.of(text("id", FieldLimit.DEVICE_ID), text("type", FieldLimit.DEVICE_TYPE),
                    text("make", FieldLimit.DEVICE_MAKE), text("model", FieldLimit.DEVICE_MODEL))),
            object("captures", FaceShapes.FACE),
            object("vehicle", JsonShape.of(text("plate", FieldLimit.VEHICLE_PLATE), text("region", FieldLimit.VEHICLE_REGION))),
            text("direction", 10));

    static final int MAX_OCCUPANTS = 9;

    private VerificationRequests() {
    }

    public static VerificationRequest parse(JsonBody json) {
        Touchpoint touchpoint = touchpoint(json);
        JsonBody location = json.object("location");
        VerificationRequest.Location where = new VerificationRequest.Location(code(location, "port"),
                location.optionalString("terminal").orElse(null), location.optionalString("gate").orElse(null),
                location.optionalString("lane").orElse(null));
        VerificationRequest.FlightRef flight = null;
        if (touchpoint.needsFlight()) {
            JsonBody f = json.object("flight");
            flight = new VerificationRequest.FlightRef(f.string("carrier").toUpperCase(),
                    f.string("number").toUpperCase().replaceFirst("^0+(?=.)", ""), f.date("date"));
        }
        JsonBody d = json.object("device");
        VerificationRequest.Device device = new VerificationRequest.Device(d.string("id"), d.optionalString("type").orElse(null),
                d.optionalString("make").orElse(null), d.optionalString("model").orElse(null));
        List<Capture> captures = captures(json, touchpoint);
        VerificationRequest.Vehicle vehicle = json.optionalObject("vehicle")
                .map(v -> new VerificationRequest.Vehicle(v.optionalString("plate").map(String::toUpperCase).orElse(null),
                        v.optionalString("region").orElse(null)))
                .orElse(null);
        LaneDirection direction = json.optionalString("direction").map(s -> enumValue(json, "direction", LaneDirection.class, s))
                .orElse(LaneDirection.ENTRY);
        return new VerificationRequest(touchpoint, where, flight, device, captures, vehicle, direction);
    }

    private static Touchpoint touchpoint(JsonBody json) {
        return enumValue(json, "touchpoint", Touchpoint.class, json.string("touchpoint"));
    }

    private static List<Capture> captures(JsonBody json, Touchpoint touchpoint) {
        List<JsonBody> bodies = json.objects("captures");
        if (bodies.isEmpty()) {
            throw json.invalid("captures", "must hold at least one capture");
        }
        int max = touchpoint == Touchpoint.LAND_VEHICLE ? MAX_OCCUPANTS : 1;
        if (bodies.size() > max) {
            throw json.invalid("captures", touchpoint == Touchpoint.LAND_VEHICLE
                    ? "may hold at most " + MAX_OCCUPANTS + " occupants"
                    : "must hold exactly one face capture at this touchpoint");
        }
        List<Capture> captures = new ArrayList<>();
        for (JsonBody c : bodies) {
            String modality = c.optionalString("modality").orElse("FACE").toUpperCase();
            if (!modality.equals("FACE")) {
                throw c.invalid("modality", "must be FACE (fingerprints go to /verifications/{id}/fingerprints)");
            }
            captures.add(capture(c));
        }
        return captures;
    }

    private static Capture capture(JsonBody c) {
        Float quality = quality(c);
        if (c.has("image")) {
            JsonBody image = c.object("image");
            String format = image.string("format");
            ImageFormat.of(format);
            return new Capture(null, null, true, quality, null, format, image.string("data"));
        }
        JsonBody template = c.object("template");
        String algorithm = template.string("algorithm");
        if (!CosineTemplate.ALGORITHM.equals(algorithm)) {
            throw ApiException.invalid("ALGORITHM_MISMATCH", "Algorithm '" + algorithm + "' is not installed; known: cosine-v1");
        }
        try {
            CosineTemplate decoded = CosineTemplate.decode(template.string("data"));
            return new Capture(algorithm, decoded.vector(), false, quality, decoded.encode(), null, null);
        } catch (TemplateException e) {
            throw new ApiException(422, "TEMPLATE_MALFORMED", e.getMessage(), Map.of("reason", e.code().name()));
        }
    }

    private static Float quality(JsonBody c) {
        if (!c.has("quality")) {
            return null;
        }
        jakarta.json.JsonValue value = c.raw().get("quality");
        if (!(value instanceof jakarta.json.JsonNumber n) || n.doubleValue() < 0 || n.doubleValue() > 100) {
            throw c.invalid("quality", "must be a number from 0 to 100");
        }
        return (float) n.doubleValue();
    }

    private static String code(JsonBody json, String field) {
        String code = json.string(field).toUpperCase();
        if (!code.matches("[A-Z0-9]{3,5}")) {
            throw json.invalid(field, "must be an airport, seaport or land-port code");
        }
        return code;
    }

    private static <E extends Enum<E>> E enumValue(JsonBody json, String field, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw json.invalid(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
