package org.opentvs.departure.control;

import java.util.List;
import org.opentvs.departure.entity.GeoPoint;

/**
 * Distances on the earth for the self-report position rule: great-circle distance (haversine, mean
 * radius) and the signed distance of a point from a border polyline, positive on its left (the
 * foreign side). The polyline is projected onto a plane tangent at the point (equirectangular, exact
 * to 0.1% within tens of kilometres, the scale a port's line is digitised at). The sign is taken from
 * the nearest segment; at a vertex shared by two segments, from the sum of their left normals (so
 * both sides of a bend are right), and beyond the ends from the end segment's extension.
 */
public final class BorderGeometry {

    static final double EARTH_RADIUS_M = 6_371_008.8;

    private BorderGeometry() {
    }

    public static double distanceMeters(GeoPoint a, GeoPoint b) {
        double p1 = Math.toRadians(a.latitude());
        double p2 = Math.toRadians(b.latitude());
        double dp = p2 - p1;
        double dl = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Metres from {@code p} to the polyline, positive when {@code p} is on its left, negative on its right. */
    public static double signedDistanceMeters(GeoPoint p, List<GeoPoint> line) {
        double[][] xy = new double[line.size()][];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = project(p, line.get(i));
        }
        double best = Double.MAX_VALUE;
        double sign = 1;
        for (int i = 0; i + 1 < xy.length; i++) {
            double[] a = xy[i];
            double[] b = xy[i + 1];
            double dx = b[0] - a[0];
            double dy = b[1] - a[1];
            double length2 = dx * dx + dy * dy;
            double t = length2 == 0 ? 0 : -(a[0] * dx + a[1] * dy) / length2; // p is the origin
            boolean first = i == 0;
            boolean last = i + 2 == xy.length;
            double tc = Math.max(first ? Double.NEGATIVE_INFINITY : 0, Math.min(last ? Double.POSITIVE_INFINITY : 1, t));
            double cx = a[0] + tc * dx;
            double cy = a[1] + tc * dy;
            double d = Math.hypot(cx, cy);
            if (d < best - 1e-9) {
                best = d;
                sign = side(xy, i, tc);
            }
        }
        return sign * best;
    }

    /** The side of the origin for its nearest point at parameter {@code t} on segment {@code i}. */
    private static double side(double[][] xy, int i, double t) {
        double[] a = xy[i];
        double[] b = xy[i + 1];
        double nx = -(b[1] - a[1]);
        double ny = b[0] - a[0];
        double[] at = a;
        if (t <= 0 && i > 0) {
            double[] o = xy[i - 1];
            nx += -(a[1] - o[1]);
            ny += a[0] - o[0];
        } else if (t >= 1 && i + 2 < xy.length) {
            double[] n = xy[i + 2];
            nx += -(n[1] - b[1]);
            ny += n[0] - b[0];
            at = b;
        } else {
            // interior of the segment (or its extension): the cross product decides
            return Math.signum((b[0] - a[0]) * (-a[1]) - (b[1] - a[1]) * (-a[0])) >= 0 ? 1 : -1;
        }
        double dot = -at[0] * nx - at[1] * ny; // (p - vertex) · normal, p at the origin
        return dot >= 0 ? 1 : -1;
    }

    /** East and north metres of {@code q} from {@code origin} on the plane tangent at {@code origin}. */
    static double[] project(GeoPoint origin, GeoPoint q) {
        double lat0 = Math.toRadians(origin.latitude());
        double dLon = q.longitude() - origin.longitude();
        double x = Math.toRadians(dLon) * Math.cos(lat0) * EARTH_RADIUS_M;
        double y = Math.toRadians(q.latitude() - origin.latitude()) * EARTH_RADIUS_M;
        return new double[]{x, y};
    }
}
