package org.lscp.workspace.domain.partnership.model;

import java.util.List;

/** How a second-factor step ended. */
public sealed interface SecondFactorResult {
    /** The code was right: the member is signed in. */
    record Passed() implements SecondFactorResult { }

    /** Enrolment confirmed: the recovery codes, shown once and stored only as hashes. */
    record Enrolled(List<String> recoveryCodes) implements SecondFactorResult {
        public Enrolled {
            recoveryCodes = List.copyOf(recoveryCodes);
        }
    }

    /** Wrong, stale, replayed or already-used code: said the same way so nothing is learnt from the difference. */
    record Wrong(int attemptsLeft) implements SecondFactorResult { }

    /** Five wrong codes: the second factor is locked for fifteen minutes. */
    record Locked(java.time.Instant until) implements SecondFactorResult { }
}
