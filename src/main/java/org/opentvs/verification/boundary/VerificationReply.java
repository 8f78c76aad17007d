package org.opentvs.verification.boundary;

/**
 * What a capture device is told: for one person a {@link CaptureReply}, for a vehicle (or any call
 * with more than one person) a {@link VehicleReply} with one {@link CaptureReply} per occupant.
 */
public sealed interface VerificationReply permits CaptureReply, VehicleReply {
}
