package org.opentvs.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.security.control.ScopePolicy;
import org.opentvs.security.entity.Caller;
import org.opentvs.security.entity.Scope;

/** The caller of the current request, from Shiro, with the scope checks of {@link ScopePolicy}. */
@RequestScoped
public class CurrentCaller {

    public Caller get() {
        Subject subject = SecurityUtils.getSubject();
        Caller caller = subject.getPrincipals() == null ? null : subject.getPrincipals().oneByType(Caller.class);
        if (caller == null) {
            throw new ApiException(401, "UNAUTHENTICATED", "Credentials are required", null);
        }
        return caller;
    }

    public Scope scope() {
        return get().scope();
    }

    public ScopePolicy policy() {
        return ScopePolicy.of(get());
    }

    public void requireCarrier(String carrier) {
        if (!policy().coversCarrier(carrier)) {
            throw ApiException.forbidden("Carrier " + carrier + " is outside this client's scope");
        }
    }

    public void requirePort(String port) {
        if (!policy().coversPort(port)) {
            throw ApiException.forbidden("Port " + port + " is outside this client's scope");
        }
    }

    /** National data (no carrier or port to scope it by): people and administrators without a scope only. */
    public void requireNational(String what) {
        if (!policy().national()) {
            throw ApiException.forbidden(what + " is national data: it needs a caller without a carrier or port scope");
        }
    }
}
