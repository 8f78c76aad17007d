/**
 * Targeted galleries per flight or sailing (and later standing frequent-crosser galleries per land
 * port): which travelers are expected with which reference faces, build timing, and the in-memory
 * search structures. Receives candidates from the manifest context; must not read manifests itself.
 */
package org.opentvs.gallery;
