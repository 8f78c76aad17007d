package org.opentvs.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentvs.it.Db;

/**
 * The SQL blocking keys of the set-based reconciliation ({@code person_letters}, {@code recon_name_key},
 * {@code recon_initial}) against their Java definition ({@link NameKeys}) on the same tricky names, in
 * the real PostgreSQL: diacritics, letters that do not decompose, apostrophes, hyphens, particles,
 * transliterations, other scripts, empty and missing names. The schema is migrated from
 * {@code db-migrations} as the application would (Flyway, same files), so the test needs no server.
 */
class PersonNameKeysIT {

    static final List<String> NAMES = Arrays.asList(
            "Müller", "MUELLER", "Mueller", "Straße", "STRASSE", "ẞTRASSE", "Þórsdóttir", "Øster", "øster", "Ærø", "æble",
            "Łukasz", "łódź", "Đorđević", "đuro", "Œuvray", "cœur", "Yılmaz", "İnönü", "Çelik", "Şahin", "Dvořák", "Nguyễn",
            "Søren", "Ångström", "Zoë", "Renée", "Kövesi", "Ñúñez", "O'Brien", "O’Brien", "D`Angelo", "o'neil, jr",
            "Jean-Luc", "García-López", "van der Berg", "Van Der Berg", "de la Cruz", "bin Laden", "Al-Hashimi",
            "Abd al-Rahman", "abdel rahman", "MOHAMMED", "Muhammad", "Mohamad", "Khaled", "Haled", "Tchaikovsky",
            "Chaikovskii", "Philips", "Filips", "Yuriy", "Iurii", "Schmidt", "Shmidt", "St. John", "Mary-Ann", "  Anna  ",
            "Иванов", "Ιωάννης", "محمد", "김", "Ｍüller", "ǅuro", "ﬁscher", "Smith2", "X Æ A-12", "", "   ", null);

    @BeforeAll
    static void migrate() throws SQLException {
        try (Connection c = Db.connect()) {
            Flyway.configure().dataSource(c.getMetaData().getURL(), System.getProperty("it.db.user", "opentvs"),
                    System.getProperty("it.db.password", "opentvs"))
                    .locations("filesystem:" + System.getProperty("project.basedir", ".") + "/db-migrations").load().migrate();
        }
    }

    @Test
    void sqlAndJavaComputeTheSameKeys() throws SQLException {
        List<String> differences = new ArrayList<>();
        try (Connection c = Db.connect();
             PreparedStatement ps = c.prepareStatement("select person_letters(?), recon_name_key(?), recon_initial(?)")) {
            for (String name : NAMES) {
                ps.setString(1, name);
                ps.setString(2, name);
                ps.setString(3, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    List<String> sql = List.of(rs.getString(1), rs.getString(2), rs.getString(3));
                    List<String> java = List.of(NameKeys.letters(name), NameKeys.family(name), NameKeys.initial(name));
                    if (!sql.equals(java)) {
                        differences.add(name + ": sql " + sql + " java " + java);
                    }
                }
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void theKeysMergeWhatTheyShould() {
        assertEquals("MLR", NameKeys.family("Müller"));
        assertEquals(NameKeys.family("Müller"), NameKeys.family("MUELLER"));
        assertEquals(NameKeys.family("MOHAMMED"), NameKeys.family("Muhammad"));
        assertEquals(NameKeys.family("O'Brien"), NameKeys.family("OBRIEN"));
        assertEquals(NameKeys.family("van der Berg"), NameKeys.family("VANDERBERG"));
        assertEquals("TRSD", NameKeys.family("Þórsdóttir"), "Þ spelled TH, H dropped after a letter");
        assertEquals("YLMZ", NameKeys.family("Yılmaz"));
        assertEquals("STRASSE", NameKeys.letters("Straße"));
        assertEquals("", NameKeys.family("Иванов"), "other scripts have no Latin key: they block with the nameless");
        assertEquals("D", NameKeys.initial("D`Angelo"));
        assertEquals("", NameKeys.initial(null));
    }
}
