package org.lscp.workspace.domain.partnership.port.out;

/** One-way password hashing, provided by the security adapter (bcrypt or Argon2). */
public interface PasswordHasher {
    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}
