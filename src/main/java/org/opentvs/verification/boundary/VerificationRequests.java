package org.opentvs.verification.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opentvs.biometric.boundary.FaceInput;
import org.opentvs.biometric.control.CosineTemplate;
import org.opentvs.biometric.control.ImageFormat;
import org.opentvs.biometric.control.TemplateException;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.verification.entity.Touchpoint;
import org.opentvs.verification.entity.VerificationRequest;
import org.opentvs.verification.entity.VerificationRequest.Capture;
import org.opentvs.verification.entity.VerificationRequest.LaneDirection;

/**
 * Turns a touchpoint's {@link TouchpointRequest} into the {@link VerificationRequest} it stands for:
 * codes in upper case, flight numbers without leading zeros, templates decoded. The rules that
 * depend on the touchpoint (air and sea need a flight, a vehicle lane takes up to
 * {@value #MAX_OCCUPANTS} captures, every other touchpoint one) and on a capture's content are
 * checked here; nothing is stored until all of it is valid.
 */
public final class VerificationRequests {

    static final int MAX_OCCUPANTS = 9;

    private VerificationRequests() {
    }

    public static VerificationRequest parse(TouchpointRequest request) {
        Touchpoint touchpoint = request.touchpoint();
        TouchpointRequest.Location location = request.location();
        VerificationRequest.Location where = new VerificationRequest.Location(upper(location.port()), location.terminal(),
                location.gate(), location.lane());
        VerificationRequest.FlightRef flight = touchpoint.needsFlight() ? flight(request.flight()) : null;
        TouchpointRequest.Device d = request.device();
        VerificationRequest.Device device = new VerificationRequest.Device(d.id(), d.type(), d.make(), d.model());
        List<Capture> captures = captures(request.captures(), touchpoint);
        TouchpointRequest.Vehicle v = request.vehicle();
        VerificationRequest.Vehicle vehicle = v == null ? null : new VerificationRequest.Vehicle(upper(v.plate()), v.region());
        LaneDirection direction = request.direction() == null ? LaneDirection.ENTRY : request.direction();
        return new VerificationRequest(touchpoint, where, flight, device, captures, vehicle, direction);
    }

    private static VerificationRequest.FlightRef flight(TouchpointRequest.Flight f) {
        if (f == null) {
            throw ApiException.invalidField("flight", "is required");
        }
        String carrier = ApiException.requiredField(f.carrier(), "flight.carrier");
        String number = ApiException.requiredField(f.number(), "flight.number");
        if (f.date() == null) {
            throw ApiException.invalidField("flight.date", "is required");
        }
        return new VerificationRequest.FlightRef(upper(carrier), upper(number).replaceFirst("^0+(?=.)", ""), f.date());
    }

    private static List<Capture> captures(List<FaceInput> faces, Touchpoint touchpoint) {
        if (faces.isEmpty()) {
            throw ApiException.invalidField("captures", "must hold at least one capture");
        }
        int max = touchpoint == Touchpoint.LAND_VEHICLE ? MAX_OCCUPANTS : 1;
        if (faces.size() > max) {
            throw ApiException.invalidField("captures", touchpoint == Touchpoint.LAND_VEHICLE
                    ? "may hold at most " + MAX_OCCUPANTS + " occupants"
                    : "must hold exactly one face capture at this touchpoint");
        }
        List<Capture> captures = new ArrayList<>(faces.size());
        for (int i = 0; i < faces.size(); i++) {
            FaceInput c = faces.get(i);
            String field = "captures[" + i + "]";
            if (c.modality() != null && !c.modality().equalsIgnoreCase("FACE")) {
                throw ApiException.invalidField(field + ".modality", "must be FACE (fingerprints go to /verifications/{id}/fingerprints)");
            }
            captures.add(capture(c, field));
        }
        return captures;
    }

    private static Capture capture(FaceInput c, String field) {
        Float quality = quality(c.quality(), field);
        if (c.image() != null) {
            String format = ApiException.requiredField(c.image().format(), field + ".image.format");
            ImageFormat.of(format);
            return new Capture(null, null, true, quality, null, format,
                    ApiException.requiredField(c.image().data(), field + ".image.data"));
        }
        if (c.template() == null) {
            throw ApiException.invalidField(field + ".template", "is required");
        }
        String algorithm = ApiException.requiredField(c.template().algorithm(), field + ".template.algorithm");
        if (!CosineTemplate.ALGORITHM.equals(algorithm)) {
            throw ApiException.invalid("ALGORITHM_MISMATCH", "Algorithm '" + algorithm + "' is not installed; known: cosine-v1");
        }
        try {
            CosineTemplate decoded = CosineTemplate.decode(ApiException.requiredField(c.template().data(), field + ".template.data"));
            return new Capture(algorithm, decoded.vector(), false, quality, decoded.encode(), null, null);
        } catch (TemplateException e) {
            throw new ApiException(422, "TEMPLATE_MALFORMED", e.getMessage(), Map.of("reason", e.code().name()));
        }
    }

    private static Float quality(Double quality, String field) {
        if (quality == null) {
            return null;
        }
        if (!(quality >= 0 && quality <= 100)) {
            throw ApiException.invalidField(field + ".quality", "must be a number from 0 to 100");
        }
        return quality.floatValue();
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

}
