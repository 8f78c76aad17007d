package org.opentvs.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Run by the build before Payara starts: makes sure the integration-test role exists and gives the
 * suite a fresh, empty database, so every run starts from migrations like a new installation.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        String host = System.getProperty("it.db.host", "127.0.0.1");
        String port = System.getProperty("it.db.port", "5432");
        String name = System.getProperty("it.db.name", "opentvs_test");
        String user = System.getProperty("it.db.user", "opentvs");
        String password = System.getProperty("it.db.password", "opentvs");
        String superuser = System.getProperty("it.db.superuser", "postgres");
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(url, superuser, System.getProperty("it.db.superpassword", ""));
                Statement s = c.createStatement()) {
            if (!exists(s, "select 1 from pg_roles where rolname = '" + user + "'")) {
                s.execute("create role " + user + " login password '" + password + "'");
            }
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name + " owner " + user);
        }
        System.out.println("Integration-test database " + name + " is fresh (owner " + user + ")");
        String journal = System.getProperty("it.journal.dir");
        if (journal != null && Files.isDirectory(Path.of(journal))) {
            // a verification journal left by a killed run belongs to the database just dropped
            try (Stream<Path> files = Files.walk(Path.of(journal))) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    /**
     * Drops and creates database {@code name} on the integration-test PostgreSQL (the {@code it.db.*}
     * properties), owned by the test role: the own database of a test or benchmark that starts its
     * own servers.
     */
    public static void fresh(String name) throws SQLException {
        String url = "jdbc:postgresql://" + System.getProperty("it.db.host", "127.0.0.1") + ":" + System.getProperty("it.db.port", "5432")
                + "/postgres";
        try (Connection c = DriverManager.getConnection(url, System.getProperty("it.db.superuser", "postgres"),
                System.getProperty("it.db.superpassword", "")); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name + " owner " + System.getProperty("it.db.user", "opentvs"));
        }
    }

    private static boolean exists(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }
}
