package org.opentvs.manifest.control.paxlst;

/**
 * One tokenized segment. {@code elements[e][c]} is component {@code c} of data element {@code e},
 * both 0-based, release characters already resolved. Accessors take 1-based positions as the
 * implementation guides count them and return "" for anything absent.
 *
 * @param position 1-based position in the tokenized stream (used to compute positions within a message)
 */
record Segment(String tag, int position, String[][] elements) {

    String value(int element, int component) {
        if (element < 1 || element > elements.length) {
            return "";
        }
        String[] components = elements[element - 1];
        return component >= 1 && component <= components.length ? components[component - 1] : "";
    }

    String value(int element) {
        return value(element, 1);
    }

    /** Trimmed value, or null when absent or blank. */
    String text(int element, int component) {
        String v = value(element, component).strip();
        return v.isEmpty() ? null : v;
    }

    String text(int element) {
        return text(element, 1);
    }

    int componentCount(int element) {
        return element < 1 || element > elements.length ? 0 : elements[element - 1].length;
    }
}
