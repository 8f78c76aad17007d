package org.opentvs.gallery.control;

/**
 * One result of a 1:N search: the gallery row, the member enrolled there and the cosine score
 * between the probe and that member's template (from -1 to 1).
 */
public record SearchHit<T>(int row, T member, float score) {
}
