package org.opentvs.reconciliation.control;

import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.opentvs.platform.control.Json;

/**
 * The partner exchange in numbers, per partner and direction, from the tables (so it is current
 * whenever it is read). OUTBOUND: files written, records sent, and how many of those admissions the
 * reconciliation has linked to an entry record of that same partner. INBOUND: files imported and
 * quarantined, records received from the partner (every partner entry, whether through the job or
 * the partner-entries API), how many the reconciliation linked to one of our admissions (the figure
 * the US–Canada pilot reported), and their rate.
 */
public final class ExchangeReport {

    /** One partner and direction; {@code records} are the records sent (OUTBOUND) or received (INBOUND). */
    public record Row(String partner, String direction, long files, long quarantined, long records,
            long reconciled) implements Serializable {

        public Double rate() {
            return records == 0 ? null : Math.round(10_000.0 * reconciled / records) / 10_000.0;
        }
    }

    static final String TOTALS = "with p as (select partner from partner_exchange_file union select partner from partner_entry),"
            + " o as (select partner, count(*) files, coalesce(sum(records), 0) sent from partner_exchange_file"
            + "   where direction = 'OUTBOUND' and status = 'WRITTEN' group by partner),"
            + " orc as (select s.partner, count(*) n from partner_sent s join partner_exchange_file f on f.id = s.file_id and f.status = 'WRITTEN'"
            + "   join recon_link l on l.admission_id = s.admission_id join partner_entry e on e.id = l.departure_id and e.partner = s.partner"
            + "   group by s.partner),"
            + " i as (select partner, count(*) filter (where status = 'IMPORTED') files, count(*) filter (where status = 'QUARANTINED') quarantined"
            + "   from partner_exchange_file where direction = 'INBOUND' group by partner),"
            + " r as (select partner, count(*) received from partner_entry group by partner),"
            + " irc as (select e.partner, count(*) n from recon_link l join partner_entry e on e.id = l.departure_id group by e.partner)"
            + " select p.partner, coalesce(o.files, 0), coalesce(o.sent, 0), coalesce(orc.n, 0), coalesce(i.files, 0), coalesce(i.quarantined, 0),"
            + " coalesce(r.received, 0), coalesce(irc.n, 0) from p left join o using (partner) left join orc using (partner)"
            + " left join i using (partner) left join r using (partner) left join irc using (partner) order by p.partner";

    static final String RUN = "select f.partner,"
            + " coalesce(sum(f.records) filter (where f.direction = 'OUTBOUND' and f.status = 'WRITTEN'), 0),"
            + " count(*) filter (where f.direction = 'OUTBOUND' and f.status = 'WRITTEN'),"
            + " count(*) filter (where f.direction = 'INBOUND' and f.status = 'IMPORTED'),"
            + " coalesce(sum(pf.accepted), 0), coalesce(sum(pf.duplicates), 0), coalesce(sum(pf.rejected), 0),"
            + " count(*) filter (where f.direction = 'INBOUND' and f.status = 'QUARANTINED')"
            + " from partner_exchange_file f left join partner_file pf on pf.id = f.partner_file_id"
            + " where f.execution_id = any (?) group by f.partner order by f.partner";

    private ExchangeReport() {
    }

    /**
     * Hash joins only: the few rows of {@code partner_exchange_file} look like one to the planner, which then
     * chose an index lookup per sent record (27 s instead of 3 s at a million). In the caller's transaction,
     * or in one of its own when the connection commits statement by statement.
     */
    public static List<Row> totals(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        if (auto) {
            c.setAutoCommit(false);
        }
        List<Row> rows = new ArrayList<>();
        try {
            try (PreparedStatement ps = c.prepareStatement("select set_config('enable_nestloop', 'off', true)")) {
                ps.execute();
            }
            try (PreparedStatement ps = c.prepareStatement(TOTALS); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), "OUTBOUND", rs.getLong(2), 0, rs.getLong(3), rs.getLong(4)));
                    rows.add(new Row(rs.getString(1), "INBOUND", rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select set_config('enable_nestloop', 'on', true)")) {
                ps.execute();
            }
        } finally {
            if (auto) {
                c.commit();
                c.setAutoCommit(true);
            }
        }
        return rows;
    }

    /** What the executions of one run (a first start and its restarts) did, per partner. */
    public static JsonObjectBuilder run(Connection c, long[] executions) throws SQLException {
        JsonObjectBuilder partners = Json.createObjectBuilder();
        try (PreparedStatement ps = c.prepareStatement(RUN)) {
            Array ids = c.createArrayOf("bigint", java.util.Arrays.stream(executions).boxed().toArray());
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    partners.add(rs.getString(1), Json.createObjectBuilder()
                            .add("outbound", Json.createObjectBuilder().add("sent", rs.getLong(2)).add("files", rs.getLong(3)))
                            .add("inbound", Json.createObjectBuilder().add("files", rs.getLong(4)).add("received", rs.getLong(5))
                                    .add("duplicates", rs.getLong(6)).add("rejected", rs.getLong(7))
                                    .add("quarantinedFiles", rs.getLong(8))));
                }
            }
        }
        return partners;
    }
}
