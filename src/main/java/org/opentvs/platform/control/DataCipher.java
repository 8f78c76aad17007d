package org.opentvs.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encryption at rest for biometric data and archived messages: AES-256-GCM with the data key from
 * {@code OPENTVS_DATA_KEY} (base64, 32 bytes), a random 96-bit nonce per value. Stored form:
 * version byte, nonce, ciphertext with tag.
 */
@ApplicationScoped
public class DataCipher {

    private static final Logger LOG = Logger.getLogger(DataCipher.class.getName());
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "opentvs.data-key")
    Optional<String> configuredKey;

    private SecretKey key;

    /** {@code Cipher.getInstance} walks the provider list each time; each thread keeps its own. */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    });

    @PostConstruct
    void init() {
        key = configuredKey.map(DataCipher::parse).orElse(null);
        if (key == null) {
            LOG.severe("OPENTVS_DATA_KEY is not set: biometric data and archived messages cannot be stored");
        }
    }

    public boolean ready() {
        return key != null;
    }

    public byte[] encrypt(byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, requireKey(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public byte[] decrypt(byte[] stored) {
        if (stored == null || stored.length < 1 + NONCE_BYTES || stored[0] != VERSION) {
            throw new IllegalStateException("not a value sealed by this cipher");
        }
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, requireKey(), new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            return cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong data key or altered value", e);
        }
    }

    private SecretKey requireKey() {
        if (key == null) {
            throw new IllegalStateException("OPENTVS_DATA_KEY is not configured");
        }
        return key;
    }

    private static SecretKey parse(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.trim());
        if (bytes.length != 32) {
            throw new IllegalStateException("OPENTVS_DATA_KEY must be 32 bytes, base64-encoded");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
