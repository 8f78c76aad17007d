package org.opentvs.departure.entity;

/**
 * How a self-reported departure is confirmed: the selfie matched one of the holding's reference
 * faces, or the document was found and the position checked but no face comparison was possible (the
 * holding has no reference face of this deployment's engine, or the deployment has no face engine).
 */
public enum Confirmation { SELF_REPORTED_BIOMETRIC, SELF_REPORTED_BIOGRAPHIC }
