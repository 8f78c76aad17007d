package org.opentvs.manifest.control.paxlst;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Carrier and flight number from TDT 8028 (conveyance reference, e.g. "UA123") and TDT C040
 * (carrier, e.g. "UA"). Leading zeros of a numeric flight number are dropped (UA0989 and UA989 are
 * the same flight); a non-numeric one such as the MCL form "01MCL" is kept as sent.
 */
record FlightDesignator(String carrier, String number) {

    private static final Pattern TWO_CHAR = Pattern.compile("([A-Z0-9]{2})\\s*(\\d{1,5}[A-Z]?)");
    private static final Pattern THREE_LETTER = Pattern.compile("([A-Z]{3})\\s*(\\d{1,5}[A-Z]?)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,5}[A-Z]?");

    static FlightDesignator of(String conveyance, String carrierElement) {
        String ref = conveyance == null ? "" : conveyance.strip().toUpperCase(java.util.Locale.ROOT);
        String carrier = carrierElement == null ? null : carrierElement.strip().toUpperCase(java.util.Locale.ROOT);
        if (carrier != null && carrier.isEmpty()) {
            carrier = null;
        }
        if (ref.isEmpty()) {
            return new FlightDesignator(carrier, null);
        }
        if (carrier != null && ref.startsWith(carrier) && ref.length() > carrier.length()) {
            return new FlightDesignator(carrier, trim(ref.substring(carrier.length()).strip()));
        }
        if (carrier != null && NUMBER.matcher(ref).matches()) {
            return new FlightDesignator(carrier, trim(ref));
        }
        for (Pattern p : new Pattern[]{TWO_CHAR, THREE_LETTER}) {
            Matcher m = p.matcher(ref);
            if (m.matches()) {
                return new FlightDesignator(carrier != null ? carrier : m.group(1), trim(m.group(2)));
            }
        }
        if (ref.length() > 2) {
            return new FlightDesignator(carrier != null ? carrier : ref.substring(0, 2), ref.substring(2));
        }
        return new FlightDesignator(carrier, ref);
    }

    private static String trim(String number) {
        int i = 0;
        while (i < number.length() - 1 && number.charAt(i) == '0' && Character.isDigit(number.charAt(i + 1))) {
            i++;
        }
        return number.substring(i);
    }
}
