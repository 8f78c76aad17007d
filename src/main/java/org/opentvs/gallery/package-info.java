/**
 * Targeted galleries per flight or sailing (and later standing frequent-crosser galleries per land
 * port): which travelers are expected with which reference faces, build timing, and the in-memory
 * search structures. Receives candidates from the manifest context; must not read manifests itself.
 * <p>Tables this context owns, the only one to read and write them ({@code TableOwnershipTest}):
 * <ul>
 * <li>{@code gallery} — one targeted gallery per flight or sailing (or standing per land port): status, counts, build time</li>
 * <li>{@code gallery_member} — a row of a gallery: the manifest traveler or holdings identity and its template reference</li>
 * </ul>
 */
package org.opentvs.gallery;
