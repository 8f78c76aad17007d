package org.opentvs.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.opentvs.security.entity.Caller;

/** Who is signed in, as the portal's header shows it: the account name and the roles in words. */
@Named
@RequestScoped
public class PortalUser {

    public String getName() {
        Caller caller = caller();
        return caller == null ? "" : caller.name();
    }

    /** "Program manager, auditor" for roles program-manager and auditor. */
    public String getRoles() {
        Caller caller = caller();
        if (caller == null) {
            return "";
        }
        String words = caller.roles().stream().sorted().map(r -> r.replace('-', ' ')).map(r -> r.equals("pau analyst") ? "PAU analyst" : r)
                .collect(Collectors.joining(", "));
        return words.isEmpty() ? "" : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    public boolean isSignedIn() {
        return caller() != null;
    }

    private static Caller caller() {
        Subject subject = SecurityUtils.getSubject();
        return subject.getPrincipals() == null ? null : subject.getPrincipals().oneByType(Caller.class);
    }
}
