/**
 * Crossing records (entries and exits, confirmed biometrically or biographically) and the outbound
 * exports to IDENT/HART, TECS and ADIS through a transactional outbox. Must not decide matches.
 * Its retention rule is {@code CROSSING} ({@code control.CrossingPurge}). The biographic snapshot of a crossing it
 * reads, in the insert that records it, from manifest's and holdings' published views ({@code manifest_travelers},
 * {@code manifest_flights}, {@code manifest_traveler_documents}, {@code holdings_identities},
 * {@code holdings_identity_documents}; issue 13), never their tables.
 * <p>Tables this context owns, the only one to read and write them ({@code TableOwnershipTest}):
 * <ul>
 * <li>{@code crossing} — entries and exits, confirmed biometrically or biographically</li>
 * <li>{@code outbox} — the transactional outbox towards IDENT/HART, TECS and ADIS</li>
 * <li>{@code ident_determination} — IDENT's own determination for an exported crossing, kept when it differs</li>
 * </ul>
 * <p>Published for other contexts' set-based SQL (issue 13; V0105, a plain view expanded into the caller's
 * plan; the columns are the contract):
 * <ul>
 * <li>{@code crossing_entries} (view) — id, holdings identity, document number and country of every entry crossing</li>
 * </ul>
 */
package org.opentvs.crossing;
