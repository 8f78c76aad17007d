package org.opentvs.security.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.opentvs.security.entity.Caller;
import org.opentvs.security.entity.Scope;

/** Reads people and machine clients for the realm, with plain JDBC (the realm lives outside CDI). */
public class CallerDirectory {

    /** How often a client's {@code last_used_at} is written at most: one write a minute per token, whatever its rate. */
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    public record StoredUser(Caller caller, String passwordHash) {
    }

    /** A client whose token is valid now, and until when (null: no expiry). */
    public record StoredClient(Caller caller, Instant expiresAt) {
    }

    public Optional<StoredUser> user(String username) {
        String sql = "select id, username, password_hash, roles, carriers, airports, ports, partners from app_user where username = ? and enabled";
        try (Connection c = SecurityDatabase.get().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Scope scope = new Scope(Scope.parse(rs.getString(5)), Scope.parse(rs.getString(6)), Scope.parse(rs.getString(7)),
                        Scope.parse(rs.getString(8)));
                Caller caller = new Caller(rs.getString(1), rs.getString(2), Caller.Kind.PERSON,
                        Scope.parse(rs.getString(4)), scope);
                return Optional.of(new StoredUser(caller, rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("user directory unavailable", e);
        }
    }

    /** The client holding this token, unless it is revoked or expired; notes its use (at most once a minute). */
    public Optional<StoredClient> clientByTokenHash(String tokenHash) {
        String sql = "select id, name, roles, carriers, airports, ports, expires_at, last_used_at, partners from api_client"
                + " where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > now())";
        try (Connection c = SecurityDatabase.get().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Set<String> roles = Scope.parse(rs.getString(3));
                Scope scope = new Scope(Scope.parse(rs.getString(4)), Scope.parse(rs.getString(5)), Scope.parse(rs.getString(6)),
                        Scope.parse(rs.getString(9)));
                Caller caller = new Caller(rs.getString(1), rs.getString(2), Caller.Kind.CLIENT, roles, scope);
                Timestamp expires = rs.getTimestamp(7);
                Timestamp lastUsed = rs.getTimestamp(8);
                if (lastUsed == null || lastUsed.toInstant().isBefore(Instant.now().minus(LAST_USE_RESOLUTION))) {
                    noteUse(c, caller.id());
                }
                return Optional.of(new StoredClient(caller, expires == null ? null : expires.toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("client directory unavailable", e);
        }
    }

    private static void noteUse(Connection c, String clientId) throws SQLException {
        String sql = "update api_client set last_used_at = now() where id = cast(? as uuid)"
                + " and (last_used_at is null or last_used_at < now() - interval '1 minute')";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, clientId);
            ps.executeUpdate();
        }
    }
}
