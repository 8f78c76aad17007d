package org.opentvs.security.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Failed sign-ins and the locks they start, in the audit trail (plain JDBC, committed at once: the
 * realm runs outside any transaction). At most one row per counted failure, so a locked account
 * or address costs no further writes. A name that cannot be an account is not kept.
 */
final class LoginAudit {

    private static final Logger LOG = Logger.getLogger(LoginAudit.class.getName());
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9._@-]{3,100}");

    private LoginAudit() {
    }

    static void failed(String account, String address, String credential) {
        String id = account == null ? null : ACCOUNT.matcher(account).matches() ? account : "(not an account name)";
        insert("LOGIN_FAILED", account == null ? "client" : "account", id, credential + " from " + address);
    }

    static void locked(LoginThrottle.Lock lock) {
        insert("LOCK", lock.kind() == LoginThrottle.Kind.ACCOUNT ? "login-account" : "login-address",
                lock.kind() == LoginThrottle.Kind.ACCOUNT && !ACCOUNT.matcher(lock.key()).matches() ? "(not an account name)" : lock.key(),
                "after " + lock.failures() + " failed sign-ins, until " + lock.until());
    }

    private static void insert(String action, String objectType, String objectId, String detail) {
        String sql = "insert into audit_event (at, actor, action, object_type, object_id, detail) values (?, 'anonymous', ?, ?, ?, ?)";
        try (Connection c = SecurityDatabase.get().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setString(2, action);
            ps.setString(3, objectType);
            ps.setString(4, objectId);
            ps.setString(5, detail);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.warning(() -> "Could not audit a failed sign-in: " + e.getSQLState());
        }
    }
}
