package org.lscp.workspace.domain.frontdoor.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.WorkingCalendar;

/**
 * The rules after the front door, as pure functions of the contact's current decision, its strategy discussion (null:
 * none held yet) and the time. Each holds only while the current decision calls for a strategy discussion, so a
 * revision that lowers the level clears them all.
 */
public final class ProtectionRules {
    private ProtectionRules() {
    }

    /** A decision at STRATEGY_DISCUSSION or IMMEDIATE_PROTECTION calls for a strategy discussion. */
    public static boolean callsForADiscussion(ThresholdDecision current) {
        return current.level().atLeast(ThresholdLevel.STRATEGY_DISCUSSION);
    }

    /** No strategy discussion held within the partnership's timescale of the decision (held exactly then is in time). */
    public static boolean discussionLate(ThresholdDecision current, @Nullable StrategyDiscussion discussion,
                                         Instant now, WorkingCalendar calendar, ProtectionTimescales timescales) {
        if (!callsForADiscussion(current)) return false;
        Instant held = discussion == null ? now : discussion.heldAt();
        return held.isAfter(timescales.discussionDue(current.decidedAt(), calendar));
    }

    /**
     * The police or health did not take part: no police agency, or no health agency, recorded that it did (a
     * partnership may have several health agencies; one of them taking part is enough).
     */
    public static boolean agencyNotPresent(ThresholdDecision current, @Nullable StrategyDiscussion discussion) {
        return callsForADiscussion(current) && discussion != null
                && !(discussion.tookPart(AgencyKind.POLICE) && discussion.tookPart(AgencyKind.HEALTH));
    }

    /**
     * A section 47 enquiry started and no initial child protection conference within 15 working days of the strategy
     * discussion (by 17:00 on the 15th working day), none being deemed unnecessary: a conference set for a later day,
     * or none set once that moment has passed.
     */
    public static boolean conferenceLate(ThresholdDecision current, @Nullable StrategyDiscussion discussion,
                                         Instant now, WorkingCalendar calendar, ProtectionTimescales timescales) {
        if (!callsForADiscussion(current) || discussion == null || !discussion.enquiryStarted()) return false;
        Conference conference = discussion.conference();
        if (conference != null && conference.deemedUnnecessary()) return false;
        Instant due = timescales.conferenceDue(discussion.heldAt(), calendar);
        if (conference != null && conference.date() != null) {
            return conference.date().isAfter(due.atZone(London.ZONE).toLocalDate());
        }
        return now.isAfter(due);
    }
}
