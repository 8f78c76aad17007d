package org.opentvs.manifest;

import java.nio.charset.StandardCharsets;
import org.opentvs.it.Paxlst;

/** One interchange holding several messages, as a carrier batches the flights it reports. */
final class Interchanges {

    private Interchanges() {
    }

    static byte[] of(Paxlst... messages) {
        String first = messages[0].text();
        StringBuilder text = new StringBuilder(first.substring(0, first.indexOf("UNH+")));
        for (Paxlst m : messages) {
            String t = m.text();
            text.append(t, t.indexOf("UNH+"), t.indexOf("UNE+"));
        }
        String tail = first.substring(first.indexOf("UNE+"));
        text.append(tail.replaceFirst("^UNE\\+1\\+", "UNE+" + messages.length + "+"));
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
