package org.opentvs.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as 64 lower-case hex digits: the one digest of the application (keys, fingerprints, hash chains). */
public final class Sha256 {

    private Sha256() {
    }

    /** The digest of the bytes. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(incremental().digest(bytes));
    }

    /** A fresh digest to feed a stream through (e.g. a {@code DigestOutputStream}); finish with {@link #hex(MessageDigest)}. */
    public static MessageDigest incremental() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Completes a digest from {@link #incremental()} as 64 lower-case hex digits. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The digest of the text's UTF-8 bytes. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
