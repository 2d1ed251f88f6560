package org.lscp.workspace.persistence.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Secrets at rest (authenticator secrets, single sign-on client secrets): AES-256-GCM with a random 96-bit nonce per
 * value, stored as {@code v1:} + Base64(nonce + ciphertext + tag), under {@code workspace.second-factor.key} (32 bytes
 * in Base64). Without it a fixed development key is used and a warning logged — production sets its own. Changing the
 * key makes every stored secret unreadable.
 */
@Component
public class SecretCipher {
    private static final Logger LOG = LoggerFactory.getLogger(SecretCipher.class);
    private static final String DEVELOPMENT_KEY = "bHNjcC13b3Jrc3BhY2UtZGV2ZWxvcG1lbnQta2V5ISE="; // 32 bytes
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    public SecretCipher(@Value("${workspace.second-factor.key:}") String configuredKey) {
        if (configuredKey.isBlank()) {
            LOG.warn("workspace.second-factor.key is not set: secrets at rest are encrypted with the development "
                    + "key. Set WORKSPACE_SECOND_FACTOR_KEY (32 random bytes, Base64) in production.");
        }
        byte[] bytes = Base64.getDecoder().decode(configuredKey.isBlank() ? DEVELOPMENT_KEY : configuredKey.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("workspace.second-factor.key must be 32 bytes in Base64 (openssl rand "
                    + "-base64 32); it is " + bytes.length + " bytes.");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public String encrypt(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** {@code what} names the secret in the message if it cannot be read, e.g. "An authenticator secret". */
    public String decrypt(String stored, String what) {
        try {
            if (!stored.startsWith(PREFIX)) throw new GeneralSecurityException("not written by this cipher");
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(what + " cannot be read with the configured "
                    + "workspace.second-factor.key: was the key changed?", e);
        }
    }
}
