/**
 * Reference biometric holdings: the stand-in for IDENT/HART and Department of State photo sources,
 * with an enrolment API and lookups by document and by name, date of birth and nationality.
 * Faces are stored encrypted. Must not know about flights, galleries or verifications.
 */
package org.opentvs.holdings;
