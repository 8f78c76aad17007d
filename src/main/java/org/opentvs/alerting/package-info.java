/**
 * Alerting: watch lists (biographic and biometric entries), screening of manifests and galleries
 * against them, probable entries without inspection, the PAU hotlist workflow (pending, validated,
 * dismissed) and officer notifications (alerts, a resumable Server-Sent Events stream, portal pages).
 * Reacts to {@code ManifestRecorded}, {@code LoadedGallery} and {@code VerificationRecorded} events;
 * must not change manifests, galleries or verifications.
 */
package org.opentvs.alerting;
