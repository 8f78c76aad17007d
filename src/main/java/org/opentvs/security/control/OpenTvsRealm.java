package org.opentvs.security.control;

import org.opentvs.platform.control.DatabaseFaults;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.opentvs.security.entity.Caller;

/**
 * The one realm: people by username and password, machine clients by bearer token, both from
 * PostgreSQL. The realm verifies credentials itself (hash comparison), so Shiro's matcher only
 * confirms what the realm already decided.
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
        Caller caller = token instanceof BearerToken bearer ? byToken(bearer.getToken()) : byPassword((UsernamePasswordToken) token);
        return new SimpleAuthenticationInfo(caller, token.getCredentials(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        Caller caller = principals.oneByType(Caller.class);
        return new SimpleAuthorizationInfo(caller == null ? java.util.Set.of() : caller.roles());
    }

    /** How long a verified token is honoured from memory while the database cannot be asked. */
    private static final java.time.Duration LAST_KNOWN = java.time.Duration.ofHours(12);

    private Caller byToken(String token) {
        if (token == null || token.isBlank()) {
            throw new AuthenticationException("empty token");
        }
        String hash = Secrets.sha256(token);
        Caller cached = CredentialCache.token(hash);
        if (cached != null) {
            return cached;
        }
        Caller caller;
        try {
            caller = directory.clientByTokenHash(hash).orElseThrow(() -> new AuthenticationException("unknown or revoked token"));
        } catch (RuntimeException e) {
            Caller known = e instanceof AuthenticationException ? null : CredentialCache.lastKnownToken(hash, LAST_KNOWN);
            if (known != null && DatabaseFaults.unreachable(e)) {
                return known; // the database is down: a token seen recently keeps its cameras working
            }
            throw e;
        }
        CredentialCache.rememberToken(hash, caller);
        return caller;
    }

    private Caller byPassword(UsernamePasswordToken token) {
        String username = token.getUsername();
        String password = token.getPassword() == null ? "" : new String(token.getPassword());
        String credentialHash = Secrets.sha256(username + '\u0000' + password);
        Caller cached = CredentialCache.password(credentialHash);
        if (cached != null) {
            return cached;
        }
        CallerDirectory.StoredUser user = directory.user(username)
                .filter(u -> Secrets.passwordMatches(password, u.passwordHash()))
                .orElseThrow(() -> new AuthenticationException("wrong username or password"));
        CredentialCache.rememberPassword(credentialHash, user.caller());
        return user.caller();
    }
}
