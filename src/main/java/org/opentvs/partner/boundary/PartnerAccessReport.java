package org.opentvs.partner.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.sql.Timestamp;
import java.util.List;

/** The queries made as one partner in a period of days, with totals. */
@JsonbPropertyOrder({"partner", "from", "to", "queries", "answered", "refused", "found", "truncated", "entries"})
public record PartnerAccessReport(String partner, String from, String to, int queries, int answered, int refused, int found,
        boolean truncated, List<Entry> entries) {

    /** One query: when, which client, the outcome, which document, whether found, how many records and which fields. */
    @JsonbPropertyOrder({"id", "at", "client", "outcome", "documentNumber", "documentCountry", "found", "records", "fields"})
    public record Entry(String id, String at, String client, String outcome, String documentNumber, String documentCountry,
            boolean found, int records, String fields) {

        /** From a row of {@code partner_query}: id, at, client, outcome, document number and country, found, records, fields. */
        static Entry of(Object[] r) {
            return new Entry((String) r[0], r[1] instanceof Timestamp t ? t.toInstant().toString() : r[1].toString(), (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], (Boolean) r[6], ((Number) r[7]).intValue(), (String) r[8]);
        }
    }

    static PartnerAccessReport of(String partner, String from, String to, List<Entry> entries, boolean truncated) {
        int answered = (int) entries.stream().filter(e -> "ANSWERED".equals(e.outcome())).count();
        int found = (int) entries.stream().filter(Entry::found).count();
        return new PartnerAccessReport(partner, from, to, entries.size(), answered, entries.size() - answered, found, truncated, entries);
    }
}
