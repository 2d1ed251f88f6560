package org.lscp.workspace.app.security;

import org.lscp.workspace.domain.partnership.port.out.PasswordHasher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The domain's PasswordHasher port, backed by Spring Security's DelegatingPasswordEncoder (bcrypt). */
@Component
class SpringPasswordHasher implements PasswordHasher {
    private final PasswordEncoder encoder;

    SpringPasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return encoder.matches(rawPassword, hash);
    }
}
