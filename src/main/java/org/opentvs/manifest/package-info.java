/**
 * APIS ingestion: PAXLST normalisation and parsing (StAEDI), flights, manifests and their parts,
 * changes and close-outs, the raw-message archive and quarantine, and the ingestion channels
 * (REST, file inbox) that all converge on {@code ManifestReception}. Must not search galleries
 * or decide verifications. Its retention rule is {@code QUARANTINED_MESSAGE} ({@code control.QuarantinePurge}).
 * <p>Tables this context owns, the only one to read and write them ({@code TableOwnershipTest}):
 * <ul>
 * <li>{@code raw_message} — every received message, archived encrypted before parsing; failures stay in quarantine</li>
 * <li>{@code flight} — flights and sailings: carrier, number, date, route, direction and status</li>
 * <li>{@code manifest} — one PAXLST message part of a flight: kind, part number, last part, traveler count</li>
 * <li>{@code traveler} — a traveler of a manifest: name, date of birth, nationality, role, in-scope flag</li>
 * <li>{@code traveler_document} — the travel documents a manifest traveler declared</li>
 * </ul>
 */
package org.opentvs.manifest;
