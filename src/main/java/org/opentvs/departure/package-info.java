/**
 * Self-reported departures at land borders and general-aviation airports (CONOPS §2.4.2): a
 * traveler's mobile app or kiosk reports the document, a live selfie and the device's position; the
 * document is found in holdings, the selfie matched 1:1 with the holding's reference faces, the
 * position checked against the port's border line. Accepted reports are departures the nightly
 * reconciliation links; refusals are kept for analysts. Must not decide watch-list matters.
 * <p>Tables this context owns, the only one to read and write them ({@code TableOwnershipTest}):
 * <ul>
 * <li>{@code port_location} — land ports and general-aviation airports with the US boundary near each</li>
 * <li>{@code self_report_request} — the replay guard: request ids and selfie digests used once</li>
 * <li>{@code self_report} — every self-report, DEPARTED or REFUSED with its code</li>
 * </ul>
 */
package org.opentvs.departure;
