package org.opentvs.reconciliation.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Chooses, set-based and in one transaction, the admissions a partner has not been sent yet: recorded
 * since the partner's last selection (less the look-back, for transactions that committed late), with a
 * birth date (the partner format requires one), of a third-country national (nationality known, neither
 * it nor the document's country excluded). They are numbered in recording order, cut into files of
 * {@code recordsPerFile} and remembered in {@code partner_sent} with their file ({@code PREPARED}), so no
 * admission is chosen twice for a partner. Returns the new files' ids; none when nothing is new.
 */
public final class OutboundSelection {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    static final String PICK = "create temp table exchange_pick on commit drop as"
            + " select a.id, row_number() over (order by a.recorded_at, a.id) rn from admission a"
            + " where a.recorded_at > ? and a.date_of_birth is not null and a.nationality is not null"
            + " and a.nationality <> all (?) and (a.document_country is null or a.document_country <> all (?))"
            + " and not exists (select 1 from partner_sent s where s.partner = ? and s.admission_id = a.id)";
    static final String SEND = "insert into partner_sent (partner, admission_id, file_id, line_no)"
            + " select ?, id, (?::uuid[])[(rn - 1) / ? + 1], ((rn - 1) % ?) + 1 from exchange_pick";

    private OutboundSelection() {
    }

    public static List<UUID> select(Connection c, ExchangePartners.Partner partner, ExchangePartners.Limits limits, int recordsPerFile,
            long executionId) throws SQLException {
        Instant since = Instant.EPOCH;
        try (PreparedStatement ps = c.prepareStatement("insert into partner_exchange_state (partner, selected_at) values (?, 'epoch')"
                + " on conflict (partner) do update set partner = excluded.partner returning selected_at")) {
            ps.setString(1, partner.code());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Instant last = rs.getTimestamp(1).toInstant();
                since = last.equals(Instant.EPOCH) ? last : last.minusSeconds(3600L * limits.lookbackHours());
            }
        }
        long picked;
        try (PreparedStatement ps = c.prepareStatement(PICK)) {
            String[] excluded = partner.excluded().toArray(String[]::new);
            ps.setTimestamp(1, Timestamp.from(since));
            ps.setArray(2, c.createArrayOf("varchar", excluded));
            ps.setArray(3, c.createArrayOf("varchar", excluded));
            ps.setString(4, partner.code());
            picked = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("update partner_exchange_state set selected_at = now() where partner = ?")) {
            ps.setString(1, partner.code());
            ps.executeUpdate();
        }
        if (picked == 0) {
            try (Statement s = c.createStatement()) {
                s.execute("drop table exchange_pick");
            }
            return List.of();
        }
        int files = (int) ((picked + recordsPerFile - 1) / recordsPerFile);
        List<UUID> ids = new ArrayList<>();
        String stamp = STAMP.format(Instant.now());
        try (PreparedStatement ps = c.prepareStatement("insert into partner_exchange_file (id, partner, direction, file_name, records,"
                + " status, execution_id, created_at) values (?, ?, 'OUTBOUND', ?, ?, 'PREPARED', ?, now())")) {
            for (int i = 0; i < files; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                ps.setObject(1, id);
                ps.setString(2, partner.code());
                ps.setString(3, String.format("%s-%s-entries-%s-e%d-%03d.csv", limits.sender(), partner.code(), stamp, executionId, i + 1));
                ps.setInt(4, (int) Math.min(recordsPerFile, picked - (long) i * recordsPerFile));
                ps.setLong(5, executionId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(SEND)) {
            ps.setString(1, partner.code());
            ps.setArray(2, c.createArrayOf("uuid", ids.toArray()));
            ps.setInt(3, recordsPerFile);
            ps.setInt(4, recordsPerFile);
            ps.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            s.execute("drop table exchange_pick");
        }
        return ids;
    }
}
