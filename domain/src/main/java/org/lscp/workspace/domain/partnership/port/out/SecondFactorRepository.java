package org.lscp.workspace.domain.partnership.port.out;

import java.util.Collection;
import java.util.Optional;
import org.lscp.workspace.domain.partnership.model.SecondFactor;
import org.lscp.workspace.domain.shared.MemberId;

/** Members' authenticator secrets and their recovery codes (stored as SHA-256 hashes only). */
public interface SecondFactorRepository {
    Optional<SecondFactor> find(MemberId member);

    /** Inserts or replaces the member's factor; recovery codes are replaced by these hashes. */
    void enrol(SecondFactor factor, Collection<String> recoveryCodeHashes);

    /**
     * Moves the last accepted step forward only if it is still before {@code step} (so two requests racing with
     * the same code cannot both pass); true when it moved.
     */
    boolean advance(MemberId member, long step);

    /** Marks an unused recovery code used; true when it was there and unused. */
    boolean useRecoveryCode(MemberId member, String codeHash, java.time.Instant at);

    long unusedRecoveryCodes(MemberId member);

    /** Removes the factor and its recovery codes: the member enrols again at their next sign-in. */
    void remove(MemberId member);
}
