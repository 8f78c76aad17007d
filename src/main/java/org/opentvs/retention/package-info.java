/**
 * Retention: the policy of how long each category of personal data is kept ({@code retention_policy}),
 * the {@code retention-purge} job that deletes what expired in short key-range chunks, and the
 * hash-chained deletion receipts an auditor verifies. Owns no data of its own beyond these; it must
 * not change how other contexts write their data. What expires in each category, and how it is
 * deleted, is the owning context's {@code platform.control.PurgeRule} (found by CDI,
 * {@code control.PurgeRules}); retention keeps the periods, the clock, the chunks and the receipts.
 * <p>Tables this context owns, the only one to read and write them ({@code TableOwnershipTest}):
 * <ul>
 * <li>{@code retention_policy} — how long each category of personal data is kept</li>
 * <li>{@code retention_receipt} — one receipt per purged chunk, chained by SHA-256</li>
 * </ul>
 */
package org.opentvs.retention;
