package org.opentvs.reporting.entity;

import java.io.Serializable;

/**
 * A demographic group of manifest travelers: how many were expected, matched biometrically at a
 * touchpoint, confirmed biometrically. US citizens are matched but, by design, never identified, so
 * their per-person rates are not attributed ({@code attributed} false).
 */
public record DemographicRow(String group, long expected, long matched, long confirmed, boolean attributed) implements Serializable {

    public Proportion match() {
        return attributed ? Proportion.capped(matched, expected) : new Proportion(0, 0);
    }

    public Proportion confirmation() {
        return attributed ? Proportion.capped(confirmed, expected) : new Proportion(0, 0);
    }

    /** The warning a reader needs before comparing this group with another. */
    public String warning() {
        if (!attributed) {
            return "US citizens' matches are not attributed to a person";
        }
        return match().tooSmall() ? "Sample too small to compare (n = " + expected + ")" : "";
    }
}
