package org.lscp.workspace.domain.partnership.model;

import java.time.Instant;
import org.lscp.workspace.domain.shared.MemberId;

/**
 * A member's enrolled authenticator: the shared secret and the last time step a code was accepted from, so a code
 * is accepted once and never again (no replay).
 */
public record SecondFactor(MemberId member, String secret, Instant enrolledAt, long lastStep) {
    public SecondFactor usedAt(long step) {
        return new SecondFactor(member, secret, enrolledAt, step);
    }
}
