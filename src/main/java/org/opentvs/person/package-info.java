/**
 * Person matching, a shared kernel and the one control of it: how the application reads and compares
 * people's names and birth dates, for screening ({@code alerting}), reconciliation, holdings linking
 * and gallery building. {@link org.opentvs.person.NameFolding} has the name forms (the one fold and its
 * letters, screening's token transliteration, reconciliation's whole-name canonical form),
 * {@link org.opentvs.person.NameForms} a whole name as reconciliation compares it,
 * {@link org.opentvs.person.EditDistance} the one Damerau–Levenshtein,
 * {@link org.opentvs.person.BirthDates} the one reading of two birth dates (equal, swapped, digit slip,
 * year slip), and {@link org.opentvs.person.NameKeys} the keys made of the letters: reconciliation's
 * blocking keys and holdings' link key. Their SQL twins ({@code person_fold}, {@code person_letters},
 * {@code recon_name_key}, {@code recon_initial}; migrations V0080 and V0100) serve the set-based
 * reconciliation and the stored keys. One golden list, {@code src/test/resources/person/golden.tsv},
 * of names, name pairs and birth-date pairs holds both sides: {@code PersonMatchingGoldenTest} the Java,
 * {@code PersonNameKeysIT} the SQL in the real PostgreSQL.
 * A shared kernel rather than a context: pure functions on names and dates, no boundary, no
 * transactions, no tables, so entities, controls and batch artifacts of every context may use it
 * (it has no sub-packages for that reason). Depends on nothing of the application; must not contain
 * any context's policy (thresholds, weights and decisions stay with their callers).
 */
package org.opentvs.person;
