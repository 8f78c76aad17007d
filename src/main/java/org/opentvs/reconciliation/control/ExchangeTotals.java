package org.opentvs.reconciliation.control;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The partner exchange totals per partner and direction (from {@link ExchangeReport#totals}), as the
 * report endpoint shows them and the {@code partner-exchange} job keeps them in its summary.
 */
@JsonbPropertyOrder({"partners"})
public record ExchangeTotals(List<Partner> partners) {

    /** One partner: what was sent to it and what it sent. */
    @JsonbPropertyOrder({"partner", "outbound", "inbound"})
    public record Partner(String partner, Outbound outbound, Inbound inbound) {
    }

    /** Files written, admissions reconciled of those sent, the rate (null when nothing was sent), records sent. */
    @JsonbPropertyOrder({"files", "reconciled", "reconciliationRate", "sent"})
    public record Outbound(long files, long reconciled, @JsonbNillable BigDecimal reconciliationRate, long sent) {
    }

    /** Files imported, records reconciled of those received, the rate (null when nothing came), records received, files quarantined. */
    @JsonbPropertyOrder({"files", "reconciled", "reconciliationRate", "received", "quarantinedFiles"})
    public record Inbound(long files, long reconciled, @JsonbNillable BigDecimal reconciliationRate, long received, long quarantinedFiles) {
    }

    /** A rate as JSON-P wrote the double (BigDecimal.valueOf: 1.0E-4 as 0.00010, where Yasson writes a Double as 1.0E-4). */
    static BigDecimal rate(Double rate) {
        return rate == null ? null : BigDecimal.valueOf(rate);
    }

    /** From the rows of {@link ExchangeReport#totals}: each partner's OUTBOUND row followed by its INBOUND one. */
    public static ExchangeTotals of(List<ExchangeReport.Row> rows) {
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i + 1 < rows.size(); i += 2) {
            ExchangeReport.Row out = rows.get(i);
            ExchangeReport.Row in = rows.get(i + 1);
            partners.add(new Partner(out.partner(), new Outbound(out.files(), out.reconciled(), rate(out.rate()), out.records()),
                    new Inbound(in.files(), in.reconciled(), rate(in.rate()), in.records(), in.quarantined())));
        }
        return new ExchangeTotals(partners);
    }
}
