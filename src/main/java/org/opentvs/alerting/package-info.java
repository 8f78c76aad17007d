/**
 * Alerting: watch lists (biographic and biometric entries), screening of manifests and galleries
 * against them, probable entries without inspection, the PAU hotlist workflow (pending, validated,
 * dismissed) and officer notifications (alerts, a resumable Server-Sent Events stream, portal pages).
 * Reacts to {@code ManifestRecorded}, {@code LoadedGallery} and {@code VerificationRecorded} events;
 * must not change manifests, galleries or verifications. What it reads of travelers, flights, holdings
 * identities, admissions and entries it asks of their owners (issue 13): their control queries
 * ({@code manifest.control.TravelerRecords}, {@code manifest.control.FlightPlaces},
 * {@code holdings.control.IdentityRecords}) for screening loads and alert subjects, their published views
 * ({@code manifest_flights}, {@code manifest_travelers}, {@code manifest_traveler_documents},
 * {@code holdings_identities}, {@code reconciliation_admissions}, {@code crossing_entries}) where one query
 * joins them with its hotlist or screens a whole flight.
 * <p>Tables this context owns, the only one to read and write them ({@code TableOwnershipTest}):
 * <ul>
 * <li>{@code alert} — officer alerts and their acknowledgement</li>
 * <li>{@code hotlist_entry} — PAU hotlist candidates: pending, validated or dismissed</li>
 * <li>{@code watchlist_entry} — biographic and biometric watch-list entries</li>
 * <li>{@code watchlist_document} — the documents of a watch-list entry</li>
 * <li>{@code watchlist_face} — the sealed face templates of a watch-list entry</li>
 * </ul>
 * <p>Published for other contexts' set-based SQL (issue 13; V0108, a plain view expanded into the caller's
 * plan; the columns are the contract):
 * <ul>
 * <li>{@code alerting_hotlist_hits} (view) — subject and its kind, hit kind, watch-list category and status of every hotlist entry</li>
 * </ul>
 */
package org.opentvs.alerting;
