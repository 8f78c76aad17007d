package org.opentvs.security.control;

import org.apache.shiro.authc.ExcessiveAttemptsException;

/** A sign-in refused because its account or source address is locked: answered 429 with {@code Retry-After}. */
public class LoginThrottled extends ExcessiveAttemptsException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public LoginThrottled(long retryAfterSeconds) {
        super("too many failed sign-ins");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The message people and integrators read with the 429. */
    public String advice() {
        long minutes = (retryAfterSeconds + 59) / 60;
        return "Too many failed sign-ins for this account or address; try again in " + minutes
                + (minutes == 1 ? " minute" : " minutes") + " or ask an administrator to clear the lock";
    }
}
