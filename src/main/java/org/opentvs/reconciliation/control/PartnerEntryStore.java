package org.opentvs.reconciliation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import org.opentvs.person.NameFolding;
import org.opentvs.platform.control.Clock;
import org.opentvs.platform.control.CurrentConnection;
import org.opentvs.platform.control.Sha256;
import org.opentvs.reconciliation.entity.PartnerEntry;

/**
 * Stores a parsed partner file in the caller's transaction: the file, its entries (an entry sent
 * again, in this or another file, is a duplicate by content digest, stored once) and its rejects.
 */
@Dependent
public class PartnerEntryStore {

    public record Stored(UUID fileId, int accepted, int duplicates) {
    }

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
        try (PreparedStatement ps = c.prepareStatement("insert into partner_entry (id, file_id, line_no, digest, partner, family_name,"
                + " given_names, date_of_birth, nationality, document_number, document_country, entry_date, port)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (digest) do nothing")) {
            for (PartnerEntry e : file.entries()) {
                int i = 1;
                ps.setObject(i++, UUID.randomUUID());
                ps.setObject(i++, fileId);
                ps.setInt(i++, e.lineNo());
                ps.setString(i++, digest(partner, e));
                ps.setString(i++, partner);
                ps.setString(i++, e.person().familyName());
                ps.setString(i++, e.person().givenNames());
                ps.setDate(i++, Date.valueOf(e.person().dateOfBirth()));
                ps.setString(i++, e.person().nationality());
                ps.setString(i++, e.person().documentNumber());
                ps.setString(i++, e.person().documentCountry());
                ps.setDate(i++, Date.valueOf(e.entryDate()));
                ps.setString(i, e.port());
                accepted += ps.executeUpdate();
            }
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

    static String digest(String partner, PartnerEntry e) {
        String key = String.join("|", partner, NameFolding.fold(e.person().familyName()), NameFolding.fold(e.person().givenNames()),
                String.valueOf(e.person().dateOfBirth()), String.valueOf(e.person().nationality()), String.valueOf(e.person().documentNumber()),
                String.valueOf(e.person().documentCountry()), String.valueOf(e.entryDate()), String.valueOf(e.port()));
        return Sha256.hex(key);
    }
}
