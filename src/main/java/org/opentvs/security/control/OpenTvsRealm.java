package org.opentvs.security.control;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.HostAuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.opentvs.platform.control.DatabaseFaults;
import org.opentvs.security.entity.Caller;

/**
 * The one realm: people by username and password, machine clients by bearer token, both from
 * PostgreSQL. The realm verifies credentials itself (hash comparison), so Shiro's matcher only
 * confirms what the realm already decided. Every password attempt passes the {@link LoginThrottle}
 * first (a locked account or address is refused even with the right password); a bearer token
 * that is not valid counts against its source address.
 */
public class OpenTvsRealm extends AuthorizingRealm {

    private final CallerDirectory directory = new CallerDirectory();

    public OpenTvsRealm() {
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
        setAuthorizationCachingEnabled(false);
        setAuthenticationCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken || token instanceof BearerToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        String address = address(token);
        Caller caller = token instanceof BearerToken bearer
                ? byToken(bearer.getToken(), address)
                : byPassword((UsernamePasswordToken) token, address);
        return new SimpleAuthenticationInfo(caller, token.getCredentials(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        Caller caller = principals.oneByType(Caller.class);
        return new SimpleAuthorizationInfo(caller == null ? java.util.Set.of() : caller.roles());
    }

    /** How long a verified token is honoured from memory while the database cannot be asked. */
    private static final java.time.Duration LAST_KNOWN = java.time.Duration.ofHours(12);

    private Caller byToken(String token, String address) {
        Caller caller = token == null || token.isBlank() ? null : validToken(Secrets.sha256(token));
        if (caller != null) {
            return caller;
        }
        refuseIfThrottled(LoginThrottle.shared().attempt(null, address));
        LoginAudit.failed(null, address, "bearer token");
        throw new AuthenticationException("unknown, revoked or expired token");
    }

    private Caller validToken(String hash) {
        Caller cached = CredentialCache.token(hash);
        if (cached != null) {
            return cached;
        }
        try {
            return directory.clientByTokenHash(hash).map(client -> {
                CredentialCache.rememberToken(hash, client.caller(), client.expiresAt());
                return client.caller();
            }).orElse(null);
        } catch (RuntimeException e) {
            Caller known = CredentialCache.lastKnownToken(hash, LAST_KNOWN);
            if (known != null && DatabaseFaults.unreachable(e)) {
                return known; // the database is down: a token seen recently keeps its cameras working
            }
            throw e;
        }
    }

    private Caller byPassword(UsernamePasswordToken token, String address) {
        String username = token.getUsername() == null ? "" : token.getUsername();
        String account = username.length() <= 100 ? username : Secrets.sha256(username);
        refuseIfThrottled(LoginThrottle.shared().attempt(account, address));
        Caller caller;
        try {
            caller = verified(username, token.getPassword() == null ? "" : new String(token.getPassword()));
        } catch (RuntimeException e) {
            LoginThrottle.shared().undecided(account, address);
            throw e;
        }
        if (caller == null) {
            LoginAudit.failed(account, address, "password");
            throw new AuthenticationException("wrong username or password");
        }
        LoginThrottle.shared().succeeded(account, address);
        return caller;
    }

    private Caller verified(String username, String password) {
        String credentialHash = Secrets.sha256(username + '\u0000' + password);
        Caller caller = CredentialCache.password(credentialHash);
        if (caller == null) {
            caller = directory.user(username).filter(u -> Secrets.passwordMatches(password, u.passwordHash()))
                    .map(CallerDirectory.StoredUser::caller).orElse(null);
            if (caller != null) {
                CredentialCache.rememberPassword(credentialHash, caller);
            }
        }
        return caller;
    }

    private static void refuseIfThrottled(LoginThrottle.Verdict verdict) {
        if (verdict.newLock() != null) {
            LoginAudit.locked(verdict.newLock());
        }
        if (!verdict.allowed()) {
            throw new LoginThrottled(verdict.retryAfterSeconds());
        }
    }

    private static String address(AuthenticationToken token) {
        String host = token instanceof HostAuthenticationToken h ? h.getHost() : null;
        return host == null || host.isBlank() ? "unknown" : LoginAddresses.key(host);
    }
}
