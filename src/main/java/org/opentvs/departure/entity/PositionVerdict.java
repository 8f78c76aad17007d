package org.opentvs.departure.entity;

/**
 * What the position rule found: the nearest port within reach (null when none), the distance to it,
 * the signed distance from its border line (positive on the foreign side) and, when the position
 * does not show a departure, why ({@code refusal}, an error code).
 */
public record PositionVerdict(PortLocation port, double portDistanceMeters, double borderDistanceMeters, String refusal) {

    public boolean departed() {
        return refusal == null;
    }
}
