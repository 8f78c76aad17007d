/**
 * Reference biometric holdings: the stand-in for IDENT/HART and Department of State photo sources,
 * with an enrolment API and lookups by document and by name, date of birth and nationality.
 * Faces are stored encrypted. Must not know about flights, galleries or verifications.
 * <p>Tables this context owns, the only one to read and write them ({@code TableOwnershipTest}):
 * <ul>
 * <li>{@code holding_identity} — a reference identity: source, name, date of birth, nationality, link words</li>
 * <li>{@code holding_document} — the documents of a reference identity</li>
 * <li>{@code holding_face} — face references, template and/or image, encrypted with the data key</li>
 * <li>{@code holding_port} — the land ports a frequent crosser is enrolled for</li>
 * </ul>
 */
package org.opentvs.holdings;
