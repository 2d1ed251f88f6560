package org.lscp.workspace.domain.frontdoor.port.in;

import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * Flags follow every change to a contact; time raises some (an overdue decision, missing oversight), which the system
 * sweeps for every minute; a MASH_MANAGER resolves a flag with a reason.
 */
public interface FlagsUseCase {
    void resolveFlag(Actor actor, long flagId, String reason);

    /**
     * How many contacts one call of {@link #sweepFlags} brings up to date: one short transaction each, so a backlog
     * (thousands of contacts due a flag at once) never holds the rows other members are writing for long. (Batches of
     * 100 took about 6 s each under the load test, holding the board's day rows that every decision also writes, until
     * the members' transactions waiting behind them had taken every database connection.)
     */
    int SWEEP_BATCH = 10;

    /**
     * Raises time-based flags (overdue decisions, missing oversight) on up to {@link #SWEEP_BATCH} of the
     * partnership's contacts due one, and returns how many changed; the system calls it again while a whole batch
     * changed.
     */
    int sweepFlags(PartnershipId partnership);
}
