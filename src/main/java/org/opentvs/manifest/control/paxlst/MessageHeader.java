package org.opentvs.manifest.control.paxlst;

import java.util.List;

/**
 * UNH: message reference, S009 message type, 0068 common access reference and S010 status of the
 * transfer ({@code 01:C} first of several, {@code 02} middle, {@code 10:F} last, {@code 01} alone).
 */
record MessageHeader(String reference, String type, String commonAccessReference, int partNumber,
        boolean firstPart, boolean lastPart) {

    static MessageHeader of(Segment unh, List<String> warnings) {
        String reference = unh.text(1);
        if (reference != null && reference.length() > 14) {
            warnings.add("UNH message reference longer than 14 characters");
        }
        StringBuilder type = new StringBuilder();
        int last = unh.componentCount(2);
        while (last > 0 && unh.text(2, last) == null) {
            last--;
        }
        for (int c = 1; c <= last; c++) {
            type.append(c > 1 ? ":" : "").append(unh.value(2, c).strip());
        }
        String sequence = unh.value(4, 1).strip();
        String transfer = unh.value(4, 2).strip();
        int part = 1;
        if (!sequence.isEmpty()) {
            try {
                part = Integer.parseInt(sequence);
            } catch (NumberFormatException e) {
                warnings.add("UNH sequence of transfers is not a number; taken as 1");
            }
        }
        boolean first = transfer.equals("C") || part == 1;
        boolean lastPart = transfer.equals("F") || part == 1 && transfer.isEmpty();
        return new MessageHeader(reference, type.toString(), unh.text(3), part, first, lastPart);
    }

    boolean paxlst() {
        return type.startsWith("PAXLST");
    }

    /** CBP's legacy US/EDIFACT format: {@code PAXLST:001:000}, with PDT segments and no BGM. */
    boolean legacy() {
        return type.startsWith("PAXLST:") && !type.startsWith("PAXLST:D");
    }
}
