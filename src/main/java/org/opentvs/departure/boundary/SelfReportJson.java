package org.opentvs.departure.boundary;

import java.util.Locale;
import org.opentvs.departure.entity.GeoPoint;
import org.opentvs.departure.entity.SelfReportRequest;
import org.opentvs.departure.entity.SelfReportRequest.Conveyance;
import org.opentvs.departure.entity.SelfReportRequest.Kind;
import org.opentvs.departure.entity.SelfReportRequest.Liveness;
import org.opentvs.platform.boundary.ApiException;

/**
 * Turns a {@link SelfReportInput} into the self-report it asks for: codes in upper case, the selfie
 * format in lower case; the rule that spans fields (the vehicle, bus or aircraft of the kind of
 * departure, and only that one) is checked here, a 422 naming the field.
 */
final class SelfReportJson {

    private SelfReportJson() {
    }

    static SelfReportRequest read(SelfReportInput input) {
        Kind kind = Kind.valueOf(upper(input.kind()));
        SelfReportInput.Position position = input.position();
        return new SelfReportRequest(input.requestId(), input.reportedAt(), kind, upper(input.document().number()),
                upper(input.document().country()), input.selfie().format().toLowerCase(Locale.ROOT), input.selfie().data(),
                new GeoPoint(position.latitude(), position.longitude()), position.accuracyMeters(), liveness(input.liveness()),
                conveyance(input, kind));
    }

    private static Conveyance conveyance(SelfReportInput input, Kind kind) {
        only(input.vehicle(), "vehicle", kind == Kind.VEHICLE);
        only(input.bus(), "bus", kind == Kind.BUS);
        only(input.aircraft(), "aircraft", kind == Kind.GENERAL_AVIATION);
        return switch (kind) {
            case PEDESTRIAN -> Conveyance.NONE;
            case VEHICLE -> {
                SelfReportInput.Vehicle v = required(input.vehicle(), "vehicle");
                yield new Conveyance(upper(v.plate()), upper(v.region()), null, null, null);
            }
            case BUS -> {
                SelfReportInput.Bus b = required(input.bus(), "bus");
                yield new Conveyance(null, null, b.operator(), b.route(), null);
            }
            case GENERAL_AVIATION -> new Conveyance(null, null, null, null, upper(required(input.aircraft(), "aircraft").tailNumber()));
        };
    }

    private static void only(Object part, String name, boolean allowed) {
        if (!allowed && part != null) {
            throw ApiException.invalidField(name, "does not belong to this kind of departure");
        }
    }

    private static <T> T required(T part, String name) {
        if (part == null) {
            throw ApiException.invalidField(name, "is required");
        }
        return part;
    }

    private static Liveness liveness(SelfReportInput.Liveness l) {
        return l == null ? null : new Liveness(l.passed(), l.score(), l.method());
    }

    private static String upper(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }
}
