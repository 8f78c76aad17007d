/**
 * Partner queries: a partner agency (role {@code partner}, scoped to the partner countries it asks
 * as) asks whether a person has a US entry or exit record, and gets only the fields its agreement
 * names ({@code opentvs.partner.agreements.<COUNTRY>}); every query, answered or refused, is kept in
 * {@code partner_query} for the auditors' per-partner access report. Reads our own records only
 * (admissions, exit crossings and the reconciliation links to them), never another partner's files.
 * <p>Tables this context owns, the only one to read and write them ({@code TableOwnershipTest}):
 * <ul>
 * <li>{@code partner_query} — every partner query, answered or refused, for the per-partner access report</li>
 * </ul>
 */
package org.opentvs.partner;
