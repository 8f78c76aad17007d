/**
 * The touchpoint API: 1:N search of the touchpoint's gallery, decisions and instructions, US-citizen
 * handling, response-time records. Must not build galleries or write exports itself (it asks the
 * crossing context to record a confirmed crossing). Its retention rule {@code LIVE_CAPTURE}
 * ({@code control.LiveCapturePurge}) asks gallery's published {@code gallery_state}.
 * <p>Tables this context owns, the only one to read and write them ({@code TableOwnershipTest}):
 * <ul>
 * <li>{@code verification} — every touchpoint verification: decision, scores, timings, device</li>
 * <li>{@code live_capture} — sealed live captures of non-US citizens, kept for the retention period</li>
 * </ul>
 */
package org.opentvs.verification;
