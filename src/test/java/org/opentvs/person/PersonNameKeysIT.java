package org.opentvs.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentvs.it.Db;

/**
 * The SQL side of person matching against the golden list {@code person/golden.tsv}, in the real
 * PostgreSQL: {@code person_fold}, {@code person_letters}, {@code recon_name_key} and {@code recon_initial}
 * give the listed fold and keys for every name (so the set-based reconciliation blocks as
 * {@link NameKeys} does), the listed pairs share a blocking key in SQL exactly when the list says so,
 * and the holdings link key that V0100 recomputes for stored identities equals {@link NameKeys#link}.
 * The schema is migrated from {@code db-migrations} as the application would (Flyway, same files).
 */
class PersonNameKeysIT {

    private static final String LINK_KEY = "person_alnum(?) || '|' || person_alnum(?) || '|'"
            + " || coalesce(to_char(?::date, 'YYYY-MM-DD'), '') || '|' || person_alnum(?)";

    @BeforeAll
    static void migrate() throws SQLException {
        try (Connection c = Db.connect()) {
            Flyway.configure().dataSource(c.getMetaData().getURL(), System.getProperty("it.db.user", "opentvs"),
                    System.getProperty("it.db.password", "opentvs"))
                    .locations("filesystem:" + System.getProperty("project.basedir", ".") + "/db-migrations").load().migrate();
        }
    }

    @Test
    void sqlFoldsAndKeysEveryGoldenName() throws SQLException {
        List<String> differences = new ArrayList<>();
        try (Connection c = Db.connect();
                PreparedStatement ps = c.prepareStatement(
                        "select person_fold(?), recon_name_key(?), recon_initial(?), person_letters(?), person_alnum(?)")) {
            for (Golden.Name n : Golden.names()) {
                for (int i = 1; i <= 5; i++) {
                    ps.setString(i, n.input());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    List<String> sql = List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                    if (!sql.equals(List.of(n.fold(), n.familyKey(), n.initial(), n.fold().replace(" ", ""), n.alphanumerics()))) {
                        differences.add(n + ": sql " + sql);
                    }
                }
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void sqlBlocksTheGoldenPairsAsListed() throws SQLException {
        List<String> differences = new ArrayList<>();
        try (Connection c = Db.connect(); PreparedStatement ps = c.prepareStatement("select recon_name_key(?) = recon_name_key(?)")) {
            for (Golden.Pair p : Golden.pairs()) {
                ps.setString(1, p.a());
                ps.setString(2, p.b());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1) != p.agree().contains("key")) {
                        differences.add(p + ": sql same key " + rs.getBoolean(1));
                    }
                }
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void sqlMakesTheHoldingsLinkKeyAsJavaDoes() throws SQLException {
        List<String> differences = new ArrayList<>();
        List<Golden.Date> dates = Golden.dates();
        List<Golden.Name> names = Golden.names();
        try (Connection c = Db.connect(); PreparedStatement ps = c.prepareStatement("select " + LINK_KEY)) {
            for (int i = 0; i < names.size(); i++) {
                String family = names.get(i).input();
                String given = names.get((i + 7) % names.size()).input();
                LocalDate born = i % 5 == 0 ? null : LocalDate.parse(dates.get(i % dates.size()).a());
                String nationality = i % 3 == 0 ? null : "deu";
                ps.setString(1, family);
                ps.setString(2, given);
                ps.setDate(3, born == null ? null : Date.valueOf(born));
                ps.setString(4, nationality);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    String java = NameKeys.link(family, given, born, nationality);
                    if (!java.equals(rs.getString(1))) {
                        differences
                                .add(family + "/" + given + "/" + born + "/" + nationality + ": sql " + rs.getString(1) + " java " + java);
                    }
                }
            }
        }
        assertEquals(List.of(), differences);
    }
}
