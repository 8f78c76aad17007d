/**
 * APIS ingestion: PAXLST normalisation and parsing (StAEDI), flights, manifests and their parts,
 * changes and close-outs, the raw-message archive and quarantine, and the ingestion channels
 * (REST, file inbox, the JMS queue's message-driven bean) that all converge on
 * {@code ManifestReception}. Must not search galleries
 * or decide verifications. Its retention rule is {@code QUARANTINED_MESSAGE} ({@code control.QuarantinePurge}).
 * <p>Tables this context owns, the only one to read and write them ({@code TableOwnershipTest}):
 * <ul>
 * <li>{@code raw_message} — every received message, archived encrypted before parsing; failures stay in quarantine</li>
 * <li>{@code flight} — flights and sailings: carrier, number, date, route, direction and status</li>
 * <li>{@code manifest} — one PAXLST message part of a flight: kind, part number, last part, traveler count</li>
 * <li>{@code traveler} — a traveler of a manifest: name, date of birth, nationality, role, in-scope flag</li>
 * <li>{@code traveler_document} — the travel documents a manifest traveler declared</li>
 * </ul>
 * <p>What other contexts read of its tables, published by it alone (issue 13): the control queries
 * {@code control.TravelerRecords} (a flight's, the open flights' or chosen travelers with their documents;
 * one traveler's full record) and {@code control.FlightPlaces} (a flight's designator, date and route),
 * returning records; and, for set-based SQL that joins them, views (V0102, columns added by V0106; plain views, so PostgreSQL
 * expands them into the caller's plan; the columns are the contract):
 * <ul>
 * <li>{@code manifest_flights} (view) — id, designator, date, route, direction, status and closing time of every flight</li>
 * <li>{@code manifest_travelers} (view) — id, flight, holdings identity, name, date of birth, nationality, US citizen, status, sex, in scope</li>
 * <li>{@code manifest_traveler_documents} (view) — traveler, type, number and issuing country of each declared document</li>
 * </ul>
 */
package org.opentvs.manifest;
