package org.opentvs.departure.control;

import java.util.List;
import org.opentvs.departure.entity.GeoPoint;
import org.opentvs.departure.entity.PortLocation;
import org.opentvs.departure.entity.PositionVerdict;

/**
 * The rule a device position must pass to count as a departure: the fix is precise enough
 * (accuracy at most {@code maxAccuracyMeters}), a port is within {@code maxDistanceMeters}, and the
 * whole circle of uncertainty plus a margin lies beyond that port's border line, on the foreign side
 * (signed distance from the line ≥ accuracy + {@code marginMeters}). A fix on the US side, or one
 * whose circle straddles the line, is not a departure. The port nearest to the position is the one
 * the report is for.
 */
public record PositionRule(double maxDistanceMeters, double maxAccuracyMeters, double marginMeters) {

    public static final String TOO_INACCURATE = "POSITION_TOO_INACCURATE";
    public static final String NOT_NEAR_A_PORT = "POSITION_NOT_NEAR_A_PORT";
    public static final String INSIDE_US = "POSITION_INSIDE_US";
    public static final String AT_THE_BORDER = "POSITION_AT_THE_BORDER";

    public PositionVerdict judge(List<PortLocation> ports, GeoPoint position, double accuracyMeters) {
        PortLocation nearest = null;
        double distance = Double.MAX_VALUE;
        for (PortLocation p : ports) {
            double d = BorderGeometry.distanceMeters(position, p.location());
            if (d < distance) {
                distance = d;
                nearest = p;
            }
        }
        if (nearest == null || distance > maxDistanceMeters) {
            return new PositionVerdict(null, nearest == null ? Double.NaN : distance, Double.NaN, NOT_NEAR_A_PORT);
        }
        double border = BorderGeometry.signedDistanceMeters(position, nearest.border());
        String refusal = null;
        if (border + accuracyMeters < 0) {
            refusal = INSIDE_US; // the whole circle of uncertainty is on the US side
        } else if (accuracyMeters > maxAccuracyMeters) {
            refusal = TOO_INACCURATE;
        } else if (border < 0) {
            refusal = INSIDE_US;
        } else if (border < accuracyMeters + marginMeters) {
            refusal = AT_THE_BORDER;
        }
        return new PositionVerdict(nearest, distance, border, refusal);
    }
}
