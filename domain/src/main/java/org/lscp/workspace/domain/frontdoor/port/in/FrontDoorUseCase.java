package org.lscp.workspace.domain.frontdoor.port.in;

import java.util.Set;
import org.lscp.workspace.domain.frontdoor.model.AgencyCheck;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.RecordContactCommand;
import org.lscp.workspace.domain.frontdoor.model.RecordDecisionCommand;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;

/**
 * The MASH front door. PRACTITIONER and MASH roles record contacts from their agency; MASH roles take contacts
 * and request agency checks; the asked agency answers; a MASH_MANAGER decides, revises, oversees another
 * manager's decision and resolves flags. Flags follow every change.
 */
public interface FrontDoorUseCase {
    Contact record(Actor actor, RecordContactCommand command);

    Contact assignToMe(Actor actor, ContactId contact, long expectedVersion);

    /** First decision, or a revision that supersedes the current one. */
    ThresholdDecision decide(Actor actor, ContactId contact, long expectedVersion, RecordDecisionCommand command);

    ThresholdDecision oversee(Actor actor, long decisionId, String comment);

    void resolveFlag(Actor actor, long flagId, String reason);

    java.util.List<AgencyCheck> requestChecks(Actor actor, ContactId contact, Set<AgencyId> agencies);

    AgencyCheck answerCheck(Actor actor, long checkId, String findings);

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
    int sweepFlags(org.lscp.workspace.domain.shared.PartnershipId partnership);

    /**
     * A MASH member confirms that two contacts are about the same child: the one whose child has no case-system id
     * takes the other's, so the child's history and repeat count follow. Exactly one of them must have an id.
     */
    Contact sameChild(Actor actor, ContactId contact, ContactId other);

    /** A MASH member judges two contacts not to be about the same child: the match is not suggested again. */
    void notSameChild(Actor actor, ContactId contact, ContactId other);
}
