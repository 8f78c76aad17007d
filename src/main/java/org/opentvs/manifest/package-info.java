/**
 * APIS ingestion: PAXLST normalisation and parsing (StAEDI), flights, manifests and their parts,
 * changes and close-outs, the raw-message archive and quarantine, and the ingestion channels
 * (REST, file inbox) that all converge on {@code ManifestReception}. Must not search galleries
 * or decide verifications.
 */
package org.opentvs.manifest;
