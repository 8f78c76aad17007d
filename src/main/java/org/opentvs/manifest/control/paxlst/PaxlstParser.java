package org.opentvs.manifest.control.paxlst;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Parses a PAXLST (APIS manifest) interchange as received, wrappers and all: normalize, tokenize with
 * StAEDI, map the segments to the model. Stateless and thread-safe.
 */
public final class PaxlstParser {

    private final Clock clock;
    private final EdifactNormalizer normalizer = new EdifactNormalizer();
    private final SegmentTokenizer tokenizer = new SegmentTokenizer();

    public PaxlstParser() {
        this(Clock.systemUTC());
    }

    /** @param clock today's date decides the century of two-digit birth and expiry years */
    public PaxlstParser(Clock clock) {
        this.clock = clock;
    }

    public ParsedInterchange parse(byte[] raw) throws PaxlstException {
        NormalizedInterchange normalized = normalizer.normalize(raw);
        List<Segment> segments = tokenizer.tokenize(normalized);
        return new InterchangeMapper(new PaxlstDates(LocalDate.now(clock))).map(normalized, segments);
    }
}
