package org.lscp.workspace.app.security;

import java.util.Map;
import org.lscp.workspace.domain.partnership.port.out.PasswordHasher;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The domain's PasswordHasher port over Spring Security's DelegatingPasswordEncoder. New hashes are Argon2id
 * ({@code {argon2id}$argon2id$v=19$m=...}), which takes every password up to the policy's 128 characters whole
 * (bcrypt takes 72 bytes at most: Spring Security 7 refuses longer ones). Older {@code {bcrypt}} hashes still match, and {@link #needsUpgrade}
 * says so, so signing in stores them again as Argon2id; so do Argon2 hashes made with weaker parameters.
 * <p>
 * Parameters: 32 MiB of memory, 3 iterations, 1 lane, a 16-byte salt and a 32-byte hash, a step above OWASP's
 * minimum (19 MiB, 2 iterations, which took only 35-40 ms here): about 75 ms per hash measured on the project's
 * 2-core machine while other builds ran on it (bcrypt at strength 10 took 65-180 ms there). See README, Passwords.
 */
@Component
class SpringPasswordHasher implements PasswordHasher {
    static final String ID = "argon2id";
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 32 * 1024;
    static final int ITERATIONS = 3;

    private final PasswordEncoder encoder;

    SpringPasswordHasher() {
        this.encoder = encoder();
    }

    /** Argon2id for new hashes; bcrypt (and Spring's Argon2 defaults) still read. */
    static PasswordEncoder encoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                ID, new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS),
                "argon2@SpringSecurity_v5_8", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(ID, encoders);
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return encoder.matches(rawPassword, hash);
    }

    @Override
    public boolean needsUpgrade(String hash) {
        return encoder.upgradeEncoding(hash);
    }
}
