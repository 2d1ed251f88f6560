package org.lscp.workspace.domain.partnership.port.in;

import org.lscp.workspace.domain.partnership.model.SecondFactorResult;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;

/**
 * The second factor after the password: time-based one-time codes from an authenticator app (RFC 6238), enrolled
 * at the first sign-in, with ten single-use recovery codes. The member is identified by the password step, so
 * these take a member id, not an actor.
 */
public interface SecondFactorUseCase {
    boolean enrolled(MemberId member);

    /** A new secret for the member to scan; nothing is stored until {@link #confirm} with a first code. */
    String newSecret();

    /** The otpauth:// address for the QR code. */
    String uri(MemberId member, String secret);

    /** Enrols the secret if the code is right for it (audited); returns the recovery codes to show once. */
    SecondFactorResult confirm(MemberId member, String secret, String code);

    /** A code from the app, accepted once within one step of drift; or a recovery code, each usable once. */
    SecondFactorResult verify(MemberId member, String code);

    /** A partnership admin removes a member's second factor (audited); the member enrols again at next sign-in. */
    void reset(Actor admin, MemberId member);
}
