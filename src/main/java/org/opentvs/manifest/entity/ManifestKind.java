package org.opentvs.manifest.entity;

/** What a PAXLST message declares, derived from BGM document code and identifier. */
public enum ManifestKind {

    PASSENGER, CREW, CLOSE_OUT, CHANGE, CANCELLATION, MASTER_CREW_LIST, GATE_PASS, OTHER;

    /**
     * @param code BGM 1001 (745, 250, 266, 336, 655 ...)
     * @param qualifier BGM 1004 document identifier (CP, XR, CL, CLOB ...) or null
     */
    public static ManifestKind of(String code, String qualifier) {
        String q = qualifier == null ? "" : qualifier;
        return switch (code == null ? "" : code) {
            case "745" -> switch (q) {
                case "CP", "RP" -> CHANGE;
                case "XR" -> CANCELLATION;
                default -> PASSENGER;
            };
            case "266" -> switch (q) {
                case "XF" -> CANCELLATION;
                case "CF" -> CHANGE;
                default -> CLOSE_OUT;
            };
            case "250" -> CREW;
            case "336" -> MASTER_CREW_LIST;
            case "655" -> GATE_PASS;
            default -> OTHER;
        };
    }
}
