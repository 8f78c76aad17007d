/**
 * The touchpoint API: 1:N search of the touchpoint's gallery, decisions and instructions, US-citizen
 * handling, response-time records. Must not build galleries or write exports itself (it asks the
 * crossing context to record a confirmed crossing).
 */
package org.opentvs.verification;
