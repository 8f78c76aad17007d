package org.opentvs.security.control;

import java.security.SecureRandom;
import java.util.Base64;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.opentvs.platform.control.Sha256;

/** Password hashing (Shiro's default: a salted, memory-hard hash) and bearer-token generation. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DefaultPasswordService PASSWORDS = new DefaultPasswordService();

    private Secrets() {
    }

    public static String hashPassword(String password) {
        return PASSWORDS.encryptPassword(password);
    }

    public static boolean passwordMatches(String submitted, String stored) {
        return PASSWORDS.passwordsMatch(submitted, stored);
    }

    /** A new bearer token: 256 random bits, shown once to the administrator, stored only as a hash. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "otv_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256(String value) {
        return Sha256.hex(value);
    }
}
