package org.opentvs.manifest.control.paxlst;

/**
 * EDIFACT service characters of one interchange. {@code repetition} is {@link #NONE} when the
 * interchange has no repetition separator (UNA position 5 blank, syntax below 4, or no UNA at all).
 */
record Delimiters(char component, char element, char decimal, char release, char repetition, char terminator) {

    static final char NONE = '\0';

    /**
     * Stands in for "no repetition separator" in the UNA handed to StAEDI, which would otherwise
     * treat a blank as a live repetition separator. A C0 control never survives normalization, so
     * it cannot occur in the data.
     */
    static final char NO_REPETITION_SENTINEL = '\u001f';

    static final Delimiters DEFAULT = new Delimiters(':', '+', '.', '?', NONE, '\'');

    static Delimiters fromUna(CharSequence una, boolean repetitionAllowed) {
        char repetition = una.charAt(7);
        boolean live = repetitionAllowed && repetition != ' ' && repetition != una.charAt(3) && repetition != una.charAt(4);
        return new Delimiters(una.charAt(3), una.charAt(4), una.charAt(5), una.charAt(6),
                live ? repetition : NONE, una.charAt(8));
    }

    /** The UNA segment to put in front of the text given to StAEDI. */
    String tokenizerUna() {
        char rep = repetition == NONE ? NO_REPETITION_SENTINEL : repetition;
        return new String(new char[]{'U', 'N', 'A', component, element, decimal, release, rep, terminator});
    }
}
