package org.opentvs.reporting.entity;

import java.io.Serializable;
import java.util.List;

/**
 * A segment's performance: flight-level counts (who was expected, photographed, matched, confirmed)
 * and capture-level counts. Rates: capture = photographed of expected, match = matched of
 * photographed, biometric confirmation = biometrically confirmed of in-scope travelers.
 */
public record SegmentRow(List<String> key, long flights, long expected, long photographed, long matched, long inScope,
        long biometric, long biographic, long verifications, long noMatches, long captureFailures, long seeOfficer)
        implements
            Serializable {

    public static SegmentRow empty(List<String> key) {
        return new SegmentRow(key, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public String label() {
        return String.join(" · ", key.stream().filter(k -> k != null && !k.isEmpty()).toList());
    }

    public Proportion capture() {
        return Proportion.capped(photographed, expected);
    }

    public Proportion match() {
        return Proportion.capped(matched, photographed);
    }

    public Proportion confirmation() {
        return Proportion.capped(biometric, inScope);
    }

    public SegmentRow withFlights(long f, long e, long p, long m, long s, long b, long g) {
        return new SegmentRow(key, f, e, p, m, s, b, g, verifications, noMatches, captureFailures, seeOfficer);
    }

    public SegmentRow withCaptures(long v, long nm, long cf, long so) {
        return new SegmentRow(key, flights, expected, photographed, matched, inScope, biometric, biographic, v, nm, cf, so);
    }

    public SegmentRow plus(SegmentRow o) {
        return new SegmentRow(List.of("All"), flights + o.flights, expected + o.expected, photographed + o.photographed,
                matched + o.matched, inScope + o.inScope, biometric + o.biometric, biographic + o.biographic,
                verifications + o.verifications, noMatches + o.noMatches, captureFailures + o.captureFailures, seeOfficer + o.seeOfficer);
    }
}
