/**
 * Person matching, a shared kernel: how the application reads and compares people's names and
 * birth dates, in one place for screening ({@code alerting}), reconciliation, holdings linking and
 * gallery building. {@link org.opentvs.person.NameFolding} has the name forms (folded,
 * screening's token transliteration, reconciliation's whole-name canonical form, the holdings link
 * words), {@link org.opentvs.person.EditDistance} the one Damerau–Levenshtein,
 * {@link org.opentvs.person.BirthDates} the one comparison of birth dates, and
 * {@link org.opentvs.person.NameKeys} the blocking keys whose SQL copies
 * ({@code recon_name_key}, {@code recon_initial}, {@code person_letters}, migration V0080) serve the
 * set-based reconciliation; {@code PersonNameKeysIT} keeps both equal on a golden list of names.
 * A shared kernel rather than a context: pure functions on names and dates, no boundary, no
 * transactions, no tables, so entities, controls and batch artifacts of every context may use it
 * (it has no sub-packages for that reason). Depends on nothing of the application; must not contain
 * any context's policy (thresholds, weights and decisions stay with their callers).
 */
package org.opentvs.person;
