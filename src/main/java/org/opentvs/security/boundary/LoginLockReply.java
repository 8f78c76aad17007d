package org.opentvs.security.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Locale;
import org.opentvs.security.control.LoginThrottle;

/** One sign-in lock as {@code GET /admin/login-locks} lists it: {@code account} or {@code address}, its key, failures and end. */
@JsonbPropertyOrder({"kind", "key", "failures", "lockedUntil"})
public record LoginLockReply(String kind, String key, int failures, Instant lockedUntil) {

    static LoginLockReply of(LoginThrottle.Lock lock) {
        return new LoginLockReply(lock.kind().name().toLowerCase(Locale.ROOT), lock.key(), lock.failures(), lock.until());
    }
}
