package org.opentvs.departure.boundary;

import static org.opentvs.platform.boundary.JsonShape.data;
import static org.opentvs.platform.boundary.JsonShape.object;
import static org.opentvs.platform.boundary.JsonShape.text;
import static org.opentvs.platform.boundary.JsonShape.value;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opentvs.departure.entity.GeoPoint;
import org.opentvs.departure.entity.SelfReportRequest;
import org.opentvs.departure.entity.SelfReportRequest.Conveyance;
import org.opentvs.departure.entity.SelfReportRequest.Kind;
import org.opentvs.departure.entity.SelfReportRequest.Liveness;
import org.opentvs.platform.boundary.JsonBody;
import org.opentvs.platform.boundary.JsonShape;
import org.opentvs.platform.control.FieldLimit;

/** Reads a self-report body; every broken rule is a 400 (shape) or a 422 naming the field. */
final class SelfReportJson {

    static final JsonShape BODY = JsonShape.of(text("requestId", 64), value("reportedAt"), text("kind", 20),
            object("document", JsonShape.of(text("number", FieldLimit.DOCUMENT_NUMBER), text("country", FieldLimit.COUNTRY))),
            object("selfie", JsonShape.of(text("format", 4), data("data"))),
            object("position", JsonShape.of(value("latitude"), value("longitude"), value("accuracyMeters"))),
            object("liveness", JsonShape.of(value("passed"), value("score"), text("method", 60))),
            object("vehicle", JsonShape.of(text("plate", FieldLimit.VEHICLE_PLATE), text("region", FieldLimit.VEHICLE_REGION))),
            object("bus", JsonShape.of(text("operator", 60), text("route", 30))),
            object("aircraft", JsonShape.of(text("tailNumber", 10))));

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final Pattern DOCUMENT = Pattern.compile("[A-Z0-9]{1,35}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final Pattern PLATE = Pattern.compile("[A-Z0-9 -]{1,16}");
    private static final Pattern TAIL = Pattern.compile("[A-Z0-9-]{2,10}");

    private SelfReportJson() {
    }

    static SelfReportRequest read(JsonBody json) {
        String requestId = json.string("requestId");
        if (!REQUEST_ID.matcher(requestId).matches()) {
            throw json.invalid("requestId", "must be 8 to 64 letters, digits or . _ : - (a fresh nonce per report, e.g. a UUID)");
        }
        Instant reportedAt = json.optionalInstant("reportedAt").orElseThrow(() -> json.invalid("reportedAt", "is required"));
        Kind kind = kind(json);
        JsonBody document = json.object("document");
        String number = matching(document, "number", DOCUMENT);
        String country = matching(document, "country", COUNTRY);
        JsonBody selfie = json.object("selfie");
        String format = selfie.string("format").toLowerCase();
        if (!format.equals("jpeg") && !format.equals("png")) {
            throw selfie.invalid("format", "must be jpeg or png");
        }
        String data = selfie.string("data");
        JsonBody position = json.object("position");
        double lat = number(position, "latitude", -90, 90);
        double lon = number(position, "longitude", -180, 180);
        double accuracy = number(position, "accuracyMeters", 0, 100_000);
        return new SelfReportRequest(requestId, reportedAt, kind, number, country, format, data, new GeoPoint(lat, lon), accuracy,
                json.optionalObject("liveness").map(SelfReportJson::liveness).orElse(null), conveyance(json, kind));
    }

    private static Kind kind(JsonBody json) {
        String kind = json.string("kind").toUpperCase();
        try {
            return Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw json.invalid("kind", "must be PEDESTRIAN, VEHICLE, BUS or GENERAL_AVIATION");
        }
    }

    private static Conveyance conveyance(JsonBody json, Kind kind) {
        only(json, "vehicle", kind == Kind.VEHICLE);
        only(json, "bus", kind == Kind.BUS);
        only(json, "aircraft", kind == Kind.GENERAL_AVIATION);
        return switch (kind) {
            case PEDESTRIAN -> Conveyance.NONE;
            case VEHICLE -> {
                JsonBody v = json.object("vehicle");
                yield new Conveyance(matching(v, "plate", PLATE), v.optionalString("region").map(String::toUpperCase).orElse(null),
                        null, null, null);
            }
            case BUS -> {
                JsonBody b = json.object("bus");
                yield new Conveyance(null, null, b.string("operator"), b.string("route"), null);
            }
            case GENERAL_AVIATION -> new Conveyance(null, null, null, null, matching(json.object("aircraft"), "tailNumber", TAIL));
        };
    }

    private static void only(JsonBody json, String name, boolean allowed) {
        if (!allowed && json.has(name)) {
            throw json.invalid(name, "does not belong to this kind of departure");
        }
    }

    private static Liveness liveness(JsonBody l) {
        Double score = l.has("score") ? number(l, "score", 0, 1) : null;
        return new Liveness(l.has("passed") ? l.bool("passed", false) : null, score, l.optionalString("method").orElse(null));
    }

    private static String matching(JsonBody json, String name, Pattern pattern) {
        String value = json.string(name).toUpperCase();
        if (!pattern.matcher(value).matches()) {
            throw json.invalid(name, "has characters or a length it may not have");
        }
        return value;
    }

    private static double number(JsonBody json, String name, double min, double max) {
        Optional<JsonValue> value = Optional.ofNullable(json.raw().get(name)).filter(v -> v.getValueType() != JsonValue.ValueType.NULL);
        if (value.isEmpty()) {
            throw json.invalid(name, "is required");
        }
        if (!(value.get() instanceof JsonNumber n) || !(n.doubleValue() >= min && n.doubleValue() <= max)) {
            throw json.invalid(name, "must be a number from " + min + " to " + max);
        }
        return n.doubleValue();
    }
}
