/**
 * Stay: what the records say about one person's stay in the US, for the people entitled to ask. The
 * traveler app's stay calculator ({@code GET /api/v1/stay}: admitted until, days remaining, the
 * 90/180-day rule, overstay), the carriers' boarding checks ({@code POST /api/v1/carriers/boarding-checks}:
 * YES / NO / UNKNOWN per traveler, nothing the carrier did not send). Reads admissions, reconciliation
 * links, exit crossings and partner entries; writes nothing but the audit trail. A boarding check reads the
 * carrier's flight and travelers from manifest's published views ({@code manifest_flights},
 * {@code manifest_travelers}, {@code manifest_traveler_documents}) and their validated watch-list hits from
 * alerting's ({@code alerting_hotlist_hits}; issue 13).
 */
package org.opentvs.stay;
