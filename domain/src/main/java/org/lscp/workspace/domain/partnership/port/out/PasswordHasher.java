package org.lscp.workspace.domain.partnership.port.out;

/** One-way password hashing, provided by the security adapter (Argon2id; older bcrypt hashes still match). */
public interface PasswordHasher {
    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);

    /** Whether a hash that matched should be replaced by a fresh one (an older algorithm or weaker parameters). */
    boolean needsUpgrade(String hash);
}
