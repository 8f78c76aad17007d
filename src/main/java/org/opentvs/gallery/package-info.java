/**
 * Targeted galleries per flight or sailing (and later standing frequent-crosser galleries per land
 * port): which travelers are expected with which reference faces, build timing, and the in-memory
 * search structures. Receives candidates from the manifest context; must not read manifests itself.
 * <p>Tables this context owns, the only one to read and write them ({@code TableOwnershipTest}):
 * <ul>
 * <li>{@code gallery} — one targeted gallery per flight or sailing (or standing per land port): status, counts, build time</li>
 * <li>{@code gallery_member} — a row of a gallery: the manifest traveler or holdings identity and its template reference</li>
 * </ul>
 * <p>SQL functions this context publishes for other contexts' queries (V0101; it alone defines them,
 * over its own tables; stable SQL returning a table, so PostgreSQL inlines them into the caller):
 * <ul>
 * <li>{@code gallery_holding_face(face)} — the galleries holding a face: in service, closed, when it closed
 * (holdings' {@code US_CITIZEN_FACE} purge)</li>
 * <li>{@code gallery_state(gallery)} — a gallery standing (land port) or targeted, and when it closed
 * (verification's {@code LIVE_CAPTURE} purge)</li>
 * </ul>
 * Its own retention rule, {@code GALLERY_MEMBER}, is {@code control.GalleryMemberPurge}.
 */
package org.opentvs.gallery;
