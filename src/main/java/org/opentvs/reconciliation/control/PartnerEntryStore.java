package org.opentvs.reconciliation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.opentvs.person.NameFolding;
import org.opentvs.platform.control.Clock;
import org.opentvs.platform.control.CurrentConnection;
import org.opentvs.platform.control.Sha256;
import org.opentvs.reconciliation.entity.PartnerEntry;
import org.opentvs.reconciliation.entity.Person;

/**
 * Stores a parsed partner file in the caller's transaction: the file, its entries (an entry sent
 * again, in this or another file, is a duplicate by content digest, stored once) and its rejects.
 * Entries go in multi-row statements of {@value #ROWS_PER_STATEMENT} (arrays unnested), a file of a
 * hundred thousand lines in seconds; within a file the first of two equal lines is the one kept.
 */
@Dependent
public class PartnerEntryStore {

    public record Stored(UUID fileId, int accepted, int duplicates) {
    }

    private static final int ROWS_PER_STATEMENT = 5000;
    private static final String INSERT = "insert into partner_entry (id, file_id, line_no, digest, partner, family_name, given_names,"
            + " date_of_birth, nationality, document_number, document_country, entry_date, port)"
            + " select u.id::uuid, ?, u.line_no::integer, u.digest, ?, u.family_name, u.given_names, u.date_of_birth::date, u.nationality,"
            + " u.document_number, u.document_country, u.entry_date::date, u.port"
            + " from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],"
            + " ?::varchar[], ?::varchar[], ?::varchar[]) as u(id, line_no, digest, family_name, given_names, date_of_birth, nationality,"
            + " document_number, document_country, entry_date, port)"
            + " order by u.line_no::integer on conflict (digest) do nothing";

    @Inject
    CurrentConnection connection;

    @Inject
    Clock clock;

    public Stored store(String partner, PartnerEntryParser.Format format, PartnerFile file, String receivedBy) throws SQLException {
        Connection c = connection.get();
        UUID fileId = UUID.randomUUID();
        try (PreparedStatement ps = c.prepareStatement("insert into partner_file (id, partner, format, received_at, received_by, lines,"
                + " accepted, duplicates, rejected) values (?, ?, ?, ?, ?, ?, 0, 0, ?)")) {
            ps.setObject(1, fileId);
            ps.setString(2, partner);
            ps.setString(3, format.name());
            ps.setTimestamp(4, Timestamp.from(clock.now()));
            ps.setString(5, receivedBy);
            ps.setInt(6, file.lines());
            ps.setInt(7, file.rejects().size());
            ps.executeUpdate();
        }
        int accepted = 0;
        List<PartnerEntry> entries = file.entries();
        for (int from = 0; from < entries.size(); from += ROWS_PER_STATEMENT) {
            accepted += insert(c, fileId, partner, entries.subList(from, Math.min(entries.size(), from + ROWS_PER_STATEMENT)));
        }
        try (PreparedStatement ps = c.prepareStatement("insert into partner_reject (file_id, line_no, reason, line) values (?, ?, ?, ?)")) {
            for (PartnerFile.Reject r : file.rejects()) {
                ps.setObject(1, fileId);
                ps.setInt(2, r.lineNo());
                ps.setString(3, r.reason().length() > 300 ? r.reason().substring(0, 300) : r.reason());
                ps.setString(4, r.line());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        int duplicates = file.entries().size() - accepted;
        try (PreparedStatement ps = c.prepareStatement("update partner_file set accepted = ?, duplicates = ? where id = ?")) {
            ps.setInt(1, accepted);
            ps.setInt(2, duplicates);
            ps.setObject(3, fileId);
            ps.executeUpdate();
        }
        return new Stored(fileId, accepted, duplicates);
    }

    /** One multi-row insert of up to {@value #ROWS_PER_STATEMENT} entries (arrays unnested); returns the rows that were new. */
    private static int insert(Connection c, UUID fileId, String partner, List<PartnerEntry> entries) throws SQLException {
        int n = entries.size();
        String[][] columns = new String[11][n];
        for (int r = 0; r < n; r++) {
            PartnerEntry e = entries.get(r);
            Person p = e.person();
            String[] row = {UUID.randomUUID().toString(), String.valueOf(e.lineNo()), digest(partner, e), p.familyName(), p.givenNames(),
                    String.valueOf(p.dateOfBirth()), p.nationality(), p.documentNumber(), p.documentCountry(),
                    String.valueOf(e.entryDate()), e.port()};
            for (int col = 0; col < row.length; col++) {
                columns[col][r] = row[col];
            }
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setObject(1, fileId);
            ps.setString(2, partner);
            for (int col = 0; col < columns.length; col++) {
                ps.setArray(col + 3, c.createArrayOf("varchar", columns[col]));
            }
            return ps.executeUpdate();
        }
    }

    static String digest(String partner, PartnerEntry e) {
        String key = String.join("|", partner, NameFolding.fold(e.person().familyName()), NameFolding.fold(e.person().givenNames()),
                String.valueOf(e.person().dateOfBirth()), String.valueOf(e.person().nationality()),
                String.valueOf(e.person().documentNumber()),
                String.valueOf(e.person().documentCountry()), String.valueOf(e.entryDate()), String.valueOf(e.port()));
        return Sha256.hex(key);
    }
}
