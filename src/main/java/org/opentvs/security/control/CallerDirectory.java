package org.opentvs.security.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.opentvs.security.entity.Caller;
import org.opentvs.security.entity.Scope;

/** Reads people and machine clients for the realm, with plain JDBC (the realm lives outside CDI). */
public class CallerDirectory {

    public record StoredUser(Caller caller, String passwordHash) {
    }

    private volatile DataSource dataSource;

    public Optional<StoredUser> user(String username) {
        String sql = "select id, username, password_hash, roles, carriers, airports, ports from app_user where username = ? and enabled";
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Scope scope = new Scope(Scope.parse(rs.getString(5)), Scope.parse(rs.getString(6)), Scope.parse(rs.getString(7)));
                Caller caller = new Caller(rs.getString(1), rs.getString(2), Caller.Kind.PERSON,
                        Scope.parse(rs.getString(4)), scope);
                return Optional.of(new StoredUser(caller, rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("user directory unavailable", e);
        }
    }

    public Optional<Caller> clientByTokenHash(String tokenHash) {
        String sql = "select id, name, roles, carriers, airports, ports from api_client where token_hash = ? and revoked_at is null";
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Set<String> roles = Scope.parse(rs.getString(3));
                Scope scope = new Scope(Scope.parse(rs.getString(4)), Scope.parse(rs.getString(5)), Scope.parse(rs.getString(6)));
                return Optional.of(new Caller(rs.getString(1), rs.getString(2), Caller.Kind.CLIENT, roles, scope));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("client directory unavailable", e);
        }
    }

    private DataSource dataSource() {
        if (dataSource == null) {
            try {
                dataSource = (DataSource) new InitialContext().lookup("jdbc/opentvs");
            } catch (NamingException e) {
                throw new IllegalStateException("jdbc/opentvs is not configured", e);
            }
        }
        return dataSource;
    }
}
