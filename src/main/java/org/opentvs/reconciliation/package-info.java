/**
 * Reconciliation (ADIS-style): links arrivals (admissions) to departures (exit crossings and partner
 * entries), classifies overstays, keeps a discrepancy queue for ambiguous links and reports each run.
 * <p>Tables this context owns, the only one to read and write them ({@code TableOwnershipTest}):
 * <ul>
 * <li>{@code admission} — admissions (I-94 style): class of admission and admit-until date</li>
 * <li>{@code recon_departure} — every departure a run can link, from all sources, with its blocking keys</li>
 * <li>{@code recon_link} — admission-to-departure links, never overwritten by a rerun</li>
 * <li>{@code recon_classification} — the stay classification (overstay, in status, ...) of each admission</li>
 * <li>{@code recon_discrepancy} — ambiguous candidate links for a person to decide</li>
 * <li>{@code recon_run} — the report of each reconciliation run</li>
 * <li>{@code partner_file} — a partner's imported entry file</li>
 * <li>{@code partner_entry} — the entries of a partner file (exits from the US)</li>
 * <li>{@code partner_reject} — the bad lines of a partner file with their reason</li>
 * <li>{@code partner_exchange_file} — the files of the two-way partner exchange, sent and received</li>
 * <li>{@code partner_sent} — every admission sent to a partner, once</li>
 * <li>{@code partner_exchange_state} — where the last selection for each partner stood</li>
 * </ul>
 * <p>Published for other contexts' set-based SQL (issue 13; V0104, a plain view expanded into the caller's
 * plan; the columns are the contract):
 * <ul>
 * <li>{@code reconciliation_admissions} (view) — id, holdings identity, document number and country of every admission</li>
 * </ul>
 */
package org.opentvs.reconciliation;
