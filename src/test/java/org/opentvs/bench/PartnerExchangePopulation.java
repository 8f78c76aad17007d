package org.opentvs.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.postgresql.PGConnection;

/**
 * Set-based generation for the partner exchange benchmark: N admissions of third-country nationals
 * (what we send) and the partner's N entry records as CSV files with manifests in its inbound
 * directory (what we receive): 90% are our admitted travelers entering the partner country 1–25 days
 * after their admission, a tenth of those with noise (a document typo, no document, a family-name
 * transposition or a birth-date typo), 10% are people we never admitted. The truth is {@code bench_xtruth}
 * (file, line → admission). Deterministic (hashes of the row number).
 */
final class PartnerExchangePopulation {

    private static final String SYLLABLES = "array['KA','LO','MI','RU','SA','TE','BO','NI','DA','VE','GO','HA','JU','PE','RI','ZO','FA','WE','CU','YO']";
    private static final String GIVEN = "array['ANNA','JOHN','MARIA','AHMED','YURIY','LI','SOFIA','PETER','FATIMA','HIROSHI','OLGA','CARLOS',"
            + "'AMARA','RAJ','ELENA','LUCAS','NOOR','MATEO','IVAN','CHLOE','DAVID','SARA','OMAR','MEI','TOMAS','EMMA','KENJI','ZARA',"
            + "'PAOLO','INGRID','FELIX','LEILA','ANDREI','CLARA','HUGO','AISHA','VIKTOR','NINA','OSCAR','RUTH']";
    private static final String NATIONALITY = "array['GBR','DEU','FRA','EGY','VNM','POL','JPN','RUS','BRA','ITA','NGA','IND','KOR',"
            + "'CHN','SWE','TUR','MEX','ESP']";

    private PartnerExchangePopulation() {
    }

    static void generate(Connection c, int n) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("truncate admission, crossing, ident_determination, partner_sent, partner_exchange_file, partner_exchange_state,"
                    + " partner_reject, partner_entry, partner_file, recon_link, recon_classification, recon_discrepancy, recon_departure, recon_run");
            s.execute("drop table if exists bench_xperson, bench_xtruth");
            s.execute("create unlogged table bench_xperson as select i, h4, h5,"
                    + " (" + SYLLABLES + ")[1 + h1 % 20] || (" + SYLLABLES + ")[1 + (h1 / 20) % 20] || (" + SYLLABLES
                    + ")[1 + (h1 / 400) % 20] fam,"
                    + " (" + GIVEN + ")[1 + h2 % 40] giv, date '1950-01-01' + ((h2 / 40) % 20000)::int dob,"
                    + " (" + NATIONALITY + ")[1 + h3 % 18] nat, chr(65 + (i % 26)::int) || lpad(i::text, 9, '0') doc,"
                    + " now() - interval '60 days' + (h1 % 43200) * interval '1 minute' admitted"
                    + " from (select i, abs(hashint8(i * 5 + 1)::bigint) h1, abs(hashint8(i * 5 + 2)::bigint) h2, abs(hashint8(i * 5 + 3)::bigint) h3,"
                    + "  abs(hashint8(i * 5 + 4)::bigint) h4, abs(hashint8(i * 5 + 5)::bigint) h5 from generate_series(1, " + n + ") i) x");
            s.execute("insert into admission (id, family_name, given_names, date_of_birth, nationality, document_number, document_country,"
                    + " class_of_admission, port, admitted_at, source, recorded_at)"
                    + " select md5('a' || i)::uuid, fam, giv, dob, nat, doc, nat, 'B2', 'BLA', admitted, 'BENCH', now() from bench_xperson");
            // the partner's records: line i (file (i-1)/100000, line within it + 1 for the header); 10% strangers, 10% of the rest noisy
            s.execute("create unlogged table bench_xtruth as select i, (i - 1) / 100000 file_no, ((i - 1) % 100000) + 2 line_no,"
                    + " case when h4 % 10 = 0 then null else md5('a' || i)::uuid end admission_id,"
                    + " case when h4 % 10 = 0 then 'X' || fam when h5 % 100 between 0 and 2 then left(fam, 1) || substr(fam, 3, 1) || substr(fam, 2, 1) || substr(fam, 4) else fam end family_name,"
                    + " giv given_names, case when h4 % 10 = 0 then dob + 3000 when h5 % 100 = 3 then dob + 1 else dob end date_of_birth, nat nationality,"
                    + " case when h5 % 100 between 4 and 6 then null when h5 % 100 between 7 and 9 then left(doc, 9) || ((right(doc, 1)::int + 1) % 10)"
                    + "   when h4 % 10 = 0 then 'Z' || right(doc, 9) else doc end document_number,"
                    + " case when h5 % 100 between 4 and 6 then null else nat end document_country,"
                    + " (admitted at time zone 'UTC')::date + 1 + (h5 % 25)::int entry_date, 'P' || (h4 % 40) port from bench_xperson");
            s.execute("create index on bench_xtruth (file_no, line_no)");
        }
    }

    /** Writes the partner's files (COPY … TO STDOUT as CSV with a header) and their manifests; returns how many. */
    static int writePartnerFiles(Connection c, int n, Path inbound) throws SQLException, IOException {
        Files.createDirectories(inbound);
        int files = (n + 99_999) / 100_000;
        for (int f = 0; f < files; f++) {
            String name = String.format("CAN-USA-entries-bench-%03d.csv", f + 1);
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            Path temp = inbound.resolve("." + name + ".tmp");
            long rows;
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16), sha)) {
                rows = c.unwrap(PGConnection.class).getCopyAPI()
                        .copyOut("copy (select family_name, given_names, date_of_birth, nationality,"
                                + " document_number, document_country, entry_date, port from bench_xtruth where file_no = " + f
                                + " order by line_no)"
                                + " to stdout with (format csv, header true)", out);
            }
            String manifest = "{\"file\":\"" + name + "\",\"records\":" + rows + ",\"sha256\":\"" + HexFormat.of().formatHex(sha.digest())
                    + "\"}\n";
            Files.writeString(inbound.resolve(name + ".manifest.json"), manifest, StandardCharsets.UTF_8);
            Files.move(temp, inbound.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return files;
    }
}
