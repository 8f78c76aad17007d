package org.opentvs.manifest.control.paxlst;

/**
 * A PAXLST input that cannot be turned into a meaningful manifest. The message names the segment
 * and describes the problem; it never contains personal data.
 */
public final class PaxlstException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String segmentTag;
    private final int segmentNumber;

    public PaxlstException(String description, String segmentTag, int segmentNumber) {
        super(format(description, segmentTag, segmentNumber));
        this.segmentTag = segmentTag;
        this.segmentNumber = segmentNumber;
    }

    public PaxlstException(String description, String segmentTag, int segmentNumber, Throwable cause) {
        super(format(description, segmentTag, segmentNumber), cause);
        this.segmentTag = segmentTag;
        this.segmentNumber = segmentNumber;
    }

    /** The tag of the offending segment, e.g. "NAD"; null when nothing could be tokenized. */
    public String segmentTag() {
        return segmentTag;
    }

    /** 1-based position of the offending segment in its message; 0 if unknown. */
    public int segmentNumber() {
        return segmentNumber;
    }

    private static String format(String description, String tag, int number) {
        if (tag == null) {
            return description;
        }
        return number > 0 ? tag + " segment " + number + ": " + description : tag + ": " + description;
    }
}
