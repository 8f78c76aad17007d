package org.opentvs.reconciliation.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.apache.commons.csv.CSVPrinter;
import org.opentvs.platform.control.Sha256;

/**
 * Writes one outbound exchange file: the records chosen for it ({@code partner_sent}, in line order)
 * as CSV in the partner entry format ({@link PartnerEntryParser#FIELDS}, Commons CSV, RFC 4180),
 * hashed while written, into a hidden temporary file that is flushed to disk, then its manifest the
 * same way; the manifest is renamed into place first and the data file last, so a reader never sees
 * a half file nor a file without its manifest. Written again after a crash, it has the same bytes.
 */
public final class OutboundFile {

    public record Written(long records, String sha256) {
    }

    static final String ROWS = "select a.family_name, a.given_names, a.date_of_birth::text, a.nationality, a.document_number,"
            + " a.document_country, (a.admitted_at at time zone 'UTC')::date::text, a.port"
            + " from partner_sent s join admission a on a.id = s.admission_id where s.file_id = ? order by s.line_no";

    private OutboundFile() {
    }

    public static Written write(Connection c, UUID fileId, Path directory, String name) throws SQLException, IOException {
        Files.createDirectories(directory);
        Path data = directory.resolve(name);
        Path temp = directory.resolve("." + name + ".tmp");
        MessageDigest sha = Sha256.incremental();
        long records = 0;
        try (PreparedStatement ps = c.prepareStatement(ROWS)) {
            ps.setFetchSize(5000);
            ps.setObject(1, fileId);
            try (ResultSet rs = ps.executeQuery();
                    FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = new DigestOutputStream(java.nio.channels.Channels.newOutputStream(channel), sha);
                    CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
                            PartnerCsv.FORMAT)) {
                csv.printRecord(PartnerEntryParser.FIELDS);
                String[] row = new String[PartnerEntryParser.FIELDS.size()];
                while (rs.next()) {
                    for (int i = 0; i < row.length; i++) {
                        String v = rs.getString(i + 1);
                        row[i] = v == null ? "" : v;
                    }
                    csv.printRecord((Object[]) row);
                    records++;
                }
                csv.flush();
                channel.force(true);
            }
        }
        String hex = Sha256.hex(sha);
        Path manifest = directory.resolve(name + ExchangeManifest.SUFFIX);
        Path manifestTemp = directory.resolve("." + name + ExchangeManifest.SUFFIX + ".tmp");
        try (FileChannel channel = FileChannel.open(manifestTemp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(StandardCharsets.UTF_8.encode(new ExchangeManifest(name, records, hex).json()));
            channel.force(true);
        }
        Files.move(manifestTemp, manifest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, data, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new Written(records, hex);
    }
}
