package org.lscp.workspace.app.security;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins from the caller's network address: the password was not checked. */
public class SlowedDownException extends AuthenticationException {
    private final Instant until;

    SlowedDownException(Instant until) {
        super("slowed down");
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
