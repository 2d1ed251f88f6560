package org.lscp.workspace.domain.frontdoor.port.in;

import java.util.Optional;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.ConveneDiscussionCommand;
import org.lscp.workspace.domain.frontdoor.model.RecordAttendanceCommand;
import org.lscp.workspace.domain.frontdoor.model.RecordConferenceCommand;
import org.lscp.workspace.domain.frontdoor.model.RecordOutcomeCommand;
import org.lscp.workspace.domain.frontdoor.model.StrategyDiscussion;
import org.lscp.workspace.domain.shared.Actor;

/**
 * The strategy discussion a decision at STRATEGY_DISCUSSION or IMMEDIATE_PROTECTION calls for: the MASH or children's
 * social care convenes it (the police and health agencies always invited), each invited agency records its own part,
 * and the MASH or children's social care records the outcome and the conference that follows a section 47 enquiry.
 */
public interface StrategyDiscussionUseCase {
    StrategyDiscussion convene(Actor actor, ContactId contact, long expectedContactVersion,
                               ConveneDiscussionCommand command);

    /** For the actor's own agency, which must have been invited. */
    StrategyDiscussion recordAttendance(Actor actor, long discussionId, long expectedVersion,
                                        RecordAttendanceCommand command);

    StrategyDiscussion recordOutcome(Actor actor, long discussionId, long expectedVersion,
                                     RecordOutcomeCommand command);

    StrategyDiscussion recordConference(Actor actor, long discussionId, long expectedVersion,
                                        RecordConferenceCommand command);

    /**
     * The contact's latest strategy discussion, for the MASH, the contact's own agency and the agencies invited or
     * asked to check; anyone else is told the contact is not found, and the refusal is logged.
     */
    Optional<StrategyDiscussion> forContact(Actor actor, ContactId contact);

    /**
     * Whether the actor leads strategy discussions — records one held, its outcome and its conference: the MASH, and
     * practitioners of children's social care, which leads the section 47 enquiry.
     */
    boolean leads(Actor actor);
}
