/**
 * Reference biometric holdings: the stand-in for IDENT/HART and Department of State photo sources,
 * with an enrolment API and lookups by document and by name, date of birth and nationality.
 * Faces are stored encrypted. Must not know about flights, galleries or verifications; the one
 * exception is its retention rule {@code US_CITIZEN_FACE} ({@code control.CitizenFacePurge}), which
 * asks gallery's published {@code gallery_holding_face} whether a face's processing is complete.
 * <p>Tables this context owns, the only one to read and write them ({@code TableOwnershipTest}):
 * <ul>
 * <li>{@code holding_identity} — a reference identity: source, name, date of birth, nationality, link words</li>
 * <li>{@code holding_document} — the documents of a reference identity</li>
 * <li>{@code holding_face} — face references, template and/or image, encrypted with the data key</li>
 * <li>{@code holding_port} — the land ports a frequent crosser is enrolled for</li>
 * </ul>
 * <p>What other contexts read of its identities, published by it alone (issue 13): the control query
 * {@code control.IdentityRecords} (chosen identities, or one, with their documents) returning records, and for
 * set-based SQL the views (V0103, V0107; expanded into the caller's plan; the columns are the contract):
 * <ul>
 * <li>{@code holdings_identities} (view) — id, name, date of birth, nationality and sex of every reference identity</li>
 * <li>{@code holdings_identity_documents} (view) — identity, type, number and issuing country of each of its documents</li>
 * </ul>
 */
package org.opentvs.holdings;
