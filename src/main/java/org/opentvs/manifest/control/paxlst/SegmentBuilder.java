package org.opentvs.manifest.control.paxlst;

import java.util.ArrayList;
import java.util.List;

/** Collects the StAEDI events of one segment into a {@link Segment}. */
final class SegmentBuilder {

    private static final String[] EMPTY = {""};

    private String tag;
    private int position;
    private final List<String[]> elements = new ArrayList<>(12);
    private final List<String> components = new ArrayList<>(8);
    private int compositeElement = -1;

    void start(String segmentTag, int segmentPosition) {
        tag = segmentTag;
        position = segmentPosition;
        elements.clear();
    }

    void data(int element, int occurrence, int component, String text) {
        if (occurrence > 1) {
            return;
        }
        if (component > 0) {
            if (compositeElement == element) {
                components.add(text);
            }
            return;
        }
        put(element, new String[]{text});
    }

    void startComposite(int element, int occurrence) {
        compositeElement = occurrence > 1 ? -1 : element;
        components.clear();
    }

    void endComposite() {
        if (compositeElement > 0) {
            put(compositeElement, components.toArray(new String[0]));
        }
        compositeElement = -1;
    }

    Segment build() {
        return new Segment(tag, position, elements.toArray(new String[0][]));
    }

    String currentTag() {
        return tag;
    }

    private void put(int element, String[] value) {
        while (elements.size() < element - 1) {
            elements.add(EMPTY);
        }
        if (elements.size() == element - 1) {
            elements.add(value);
        } else if (element >= 1) {
            elements.set(element - 1, value);
        }
    }
}
