package org.opentvs.manifest.control.paxlst;

import java.util.List;

/** Interchange and group envelope: UNB identification, UNG/UNE and UNZ counts. */
final class Envelope {

    private final boolean real;
    private final List<String> warnings;
    String sender;
    String recipient;
    String controlReference;
    String syntax;
    private int groups;
    private int messages;
    private int messagesInGroup;
    private boolean unz;

    Envelope(boolean real, List<String> warnings) {
        this.real = real;
        this.warnings = warnings;
        if (!real) {
            warnings.add("no UNB interchange header; message read without envelope");
        }
    }

    void accept(Segment s) {
        switch (s.tag()) {
            case "UNB" -> {
                if (real) {
                    syntax = s.text(1, 1) == null ? null : s.text(1, 1) + (s.text(1, 2) == null ? "" : ":" + s.text(1, 2));
                    sender = s.text(2, 1);
                    recipient = s.text(3, 1);
                    controlReference = s.text(5);
                }
            }
            case "UNG" -> {
                groups++;
                messagesInGroup = 0;
            }
            case "UNE" -> check("UNE", s.text(1), messagesInGroup);
            case "UNZ" -> {
                unz = true;
                if (real) {
                    check("UNZ", s.text(1), groups > 0 ? groups : messages);
                    if (controlReference != null && !controlReference.equals(s.text(2))) {
                        warnings.add("UNZ control reference does not match UNB");
                    }
                }
            }
            default -> {
                // UNA and stray segments outside messages carry nothing
            }
        }
    }

    void messageSeen() {
        messages++;
        messagesInGroup++;
    }

    void finish() {
        if (real && !unz) {
            warnings.add("interchange has no UNZ trailer");
        }
    }

    private void check(String tag, String declared, int found) {
        try {
            int n = Integer.parseInt(declared == null ? "" : declared);
            if (n != found) {
                warnings.add(tag + " count " + n + " declared, " + found + " found");
            }
        } catch (NumberFormatException e) {
            warnings.add(tag + " count is not a number");
        }
    }
}
