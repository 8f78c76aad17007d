package org.opentvs.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Set-based generation of a reconciliation population of size N in a benchmark database, with its
 * truth in {@code bench_truth}. Deterministic (hashes of the row number). Names are three syllables
 * out of 20 (8000 family names), 40 given names, 18 nationalities, birth dates over 55 years.
 */
public final class ReconciliationPopulationSql {

    private static final String SYLLABLES = "array['KA','LO','MI','RU','SA','TE','BO','NI','DA','VE','GO','HA','JU','PE','RI','ZO','FA','WE','CU','YO']";
    private static final String GIVEN = "array['ANNA','JOHN','MARIA','AHMED','YURIY','LI','SOFIA','PETER','FATIMA','HIROSHI','OLGA','CARLOS',"
            + "'AMARA','RAJ','ELENA','LUCAS','NOOR','MATEO','IVAN','CHLOE','DAVID','SARA','OMAR','MEI','TOMAS','EMMA','KENJI','ZARA',"
            + "'PAOLO','INGRID','FELIX','LEILA','ANDREI','CLARA','HUGO','AISHA','VIKTOR','NINA','OSCAR','RUTH']";
    private static final String NATIONALITY = "array['GBR','DEU','FRA','EGY','VNM','POL','JPN','RUS','BRA','ITA','NGA','IND','KOR',"
            + "'CHN','SWE','TUR','MEX','ESP']";

    private ReconciliationPopulationSql() {
    }

    static void clearResults(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("truncate recon_link, recon_classification, recon_discrepancy, recon_departure");
        }
    }

    /** Whether the tables hold this generator's population of size n (arrivals and truth complete). */
    static boolean present(Connection c, int n) throws SQLException {
        try (Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("select to_regclass('bench_truth') is not null"
                        + " and (select count(*) from admission) = " + n + " and (select count(*) from admission where source = 'BENCH') = "
                        + n)) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return false;
            }
        }
        try (Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("select (select count(*) from bench_person) = " + n
                        + " and (select count(*) from bench_truth) = (select count(*) from bench_person where departs)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    public static void generate(Connection c, int n) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(
                    "truncate admission, crossing, ident_determination, partner_reject, partner_entry, partner_file, recon_link, recon_classification,"
                            + " recon_discrepancy, recon_departure, recon_run cascade");
            s.execute("drop table if exists bench_person, bench_truth");
            s.execute("create unlogged table bench_person as select i, fam, giv, dob, nat, doc, cls, admitted,"
                    + " case cls when 'B2' then admitted::date + 30 + (h3 % 60)::int when 'WT' then admitted::date + 89 end admit_until,"
                    + " (h4 % 100) < 85 departs, (h4 / 100) % 4 = 0 partner, (h5 % 100)::int noise,"
                    + " admitted + (1 + h5 % 100) * interval '1 day' + (h3 % 1440) * interval '1 minute' departed_at"
                    + " from (select i, h1, h3, h4, h5,"
                    + "   (" + SYLLABLES + ")[1 + h1 % 20] || (" + SYLLABLES + ")[1 + (h1 / 20) % 20] || (" + SYLLABLES
                    + ")[1 + (h1 / 400) % 20] fam,"
                    + "   (" + GIVEN + ")[1 + h2 % 40] giv, date '1950-01-01' + ((h2 / 40) % 20000)::int dob,"
                    + "   (" + NATIONALITY + ")[1 + h3 % 18] nat, chr(65 + (i % 26)::int) || lpad(i::text, 9, '0') doc,"
                    + "   case when h4 % 10 < 6 then 'B2' when h4 % 10 < 9 then 'WT' else 'F1' end cls,"
                    + "   timestamptz '2026-01-05 00:00Z' + (h1 % 86400) * interval '1 minute' admitted"
                    + "  from (select i, abs(hashint8(i * 5 + 1)::bigint) h1, abs(hashint8(i * 5 + 2)::bigint) h2, abs(hashint8(i * 5 + 3)::bigint) h3,"
                    + "   abs(hashint8(i * 5 + 4)::bigint) h4, abs(hashint8(i * 5 + 5)::bigint) h5 from generate_series(1, " + n
                    + ") i) x) y");
            s.execute("insert into admission (id, family_name, given_names, date_of_birth, nationality, document_number, document_country,"
                    + " class_of_admission, port, admitted_at, admit_until, source, recorded_at)"
                    + " select md5('a' || i)::uuid, fam, giv, dob, nat, doc, nat, cls, 'SEA', admitted, admit_until, 'BENCH', now() from bench_person");
            String noisy = " from (select i, partner, departed_at, nat,"
                    + " case when noise between 89 and 92 or noise between 95 and 96 then left(fam, 1) || substr(fam, 3, 1) || substr(fam, 2, 1) || substr(fam, 4) else fam end fam,"
                    + " giv, case when noise between 93 and 94 or noise >= 97 then dob + interval '1 year' else dob end::date dob,"
                    + " case when noise between 85 and 88 or noise >= 97 then null"
                    + "   when noise between 80 and 84 or noise between 95 and 96 then left(doc, 9) || ((right(doc, 1)::int + 1) % 10) else doc end doc"
                    + " from bench_person where departs) d";
            s.execute(
                    "insert into crossing (id, direction, confirmation, touchpoint, port, family_name, given_names, date_of_birth, nationality,"
                            + " document_number, document_country, occurred_at, recorded_at)"
                            + " select md5('d' || i)::uuid, 'EXIT', 'BIOMETRIC', 'AIR_BOARDING', 'SEA', fam, giv, dob, nat, doc,"
                            + " case when doc is null then null else nat end, departed_at, now()" + noisy + " where not partner");
            s.execute("insert into partner_file (id, partner, format, received_at, received_by, lines, accepted, duplicates, rejected)"
                    + " values ('00000000-0000-0000-0000-00000000be0c', 'CAN', 'CSV', now(), 'benchmark', 0, 0, 0, 0)");
            s.execute(
                    "insert into partner_entry (id, file_id, line_no, digest, partner, family_name, given_names, date_of_birth, nationality,"
                            + " document_number, document_country, entry_date, port)"
                            + " select md5('d' || i)::uuid, '00000000-0000-0000-0000-00000000be0c', i, md5('d' || i), 'CAN', fam, giv, dob, nat, doc,"
                            + " case when doc is null then null else nat end, (departed_at at time zone 'UTC')::date, '0427'" + noisy
                            + " where partner");
            s.execute(
                    "insert into crossing (id, direction, confirmation, touchpoint, port, family_name, given_names, date_of_birth, nationality,"
                            + " document_number, document_country, occurred_at, recorded_at)"
                            + " select md5('s' || i)::uuid, 'EXIT', 'BIOMETRIC', 'AIR_BOARDING', 'SEA', p.fam || 'S', p.giv, p.dob + 3, p.nat,"
                            + " lpad(i::text, 10, '9'), p.nat, p.departed_at, now() from bench_person p where not p.departs");
            s.execute("create table bench_truth as select md5('a' || i)::uuid admission_id,"
                    + " case when departs then md5('d' || i)::uuid end departure_id from bench_person where departs");
            s.execute("analyze");
        }
    }
}
