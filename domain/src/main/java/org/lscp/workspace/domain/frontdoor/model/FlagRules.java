package org.lscp.workspace.domain.frontdoor.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.WorkingCalendar;

/** The flag rules of DOMAIN.md, as pure functions of a contact, its decisions and the time. */
public final class FlagRules {
    public static final int REPEAT_THRESHOLD = 3;

    private FlagRules() {
    }

    /**
     * Which flags apply now. {@code firstDecisionAt} is when the contact was first decided (null: not yet);
     * {@code contactsIn12Months} counts this child's contacts in the 12 months up to this one, this one included;
     * {@code discussion} is the contact's latest strategy discussion (null: none held), judged by {@link ProtectionRules}.
     */
    public static Set<FlagType> applicable(Contact contact, @Nullable ThresholdDecision current,
                                           @Nullable Instant firstDecisionAt, long contactsIn12Months, Instant now,
                                           WorkingCalendar calendar, @Nullable StrategyDiscussion discussion,
                                           ProtectionTimescales timescales) {
        Set<FlagType> flags = EnumSet.noneOf(FlagType.class);
        if (current != null && contact.abuseDisclosed() && !current.level().atLeast(ThresholdLevel.STRATEGY_DISCUSSION)) {
            flags.add(FlagType.DISCLOSURE_NOT_PROGRESSED);
        }
        if (current != null && contact.physicalOrSexualAbuse()
                && current.level().atLeast(ThresholdLevel.STRATEGY_DISCUSSION) && !current.cpMedicalConsidered()) {
            flags.add(FlagType.MEDICAL_NOT_CONSIDERED);
        }
        Instant decidedBy = firstDecisionAt == null ? now : firstDecisionAt;
        if (decidedBy.isAfter(contact.deadline())) {
            flags.add(FlagType.DECISION_OVERDUE);
        }
        if (current != null) {
            Instant oversightDue = oversightDue(current.decidedAt(), calendar);
            Instant overseen = current.overseenAt() == null ? now : current.overseenAt();
            if (overseen.isAfter(oversightDue)) flags.add(FlagType.NO_OVERSIGHT);
        }
        if (contactsIn12Months >= REPEAT_THRESHOLD) {
            flags.add(FlagType.REPEAT_CONTACT);
        }
        if (current != null) {
            if (ProtectionRules.discussionLate(current, discussion, now, calendar, timescales)) {
                flags.add(FlagType.STRATEGY_DISCUSSION_LATE);
            }
            if (ProtectionRules.agencyNotPresent(current, discussion)) flags.add(FlagType.AGENCY_NOT_PRESENT);
            if (ProtectionRules.conferenceLate(current, discussion, now, calendar, timescales)) {
                flags.add(FlagType.ICPC_LATE);
            }
        }
        return flags;
    }

    /** A decision needs a manager's oversight within one working day of it. */
    public static Instant oversightDue(Instant decidedAt, WorkingCalendar calendar) {
        return calendar.addWorkingDays(decidedAt, 1);
    }

    /** What to change so that the flags match the rules: flags to raise, and open flags to clear. */
    public record Changes(List<FlagType> raise, List<Flag> clear) {
        public boolean none() {
            return raise.isEmpty() && clear.isEmpty();
        }
    }

    /**
     * Raises an applicable flag unless one of its type is open or was resolved by a manager (their judgement
     * stands); clears open flags whose rule no longer applies.
     */
    public static Changes reconcile(List<Flag> existing, Set<FlagType> applicable) {
        List<FlagType> raise = new ArrayList<>();
        for (FlagType type : applicable) {
            boolean present = existing.stream().anyMatch(f -> f.type() == type && (f.open() || f.resolvedByManager()));
            if (!present) raise.add(type);
        }
        List<Flag> clear = existing.stream().filter(f -> f.open() && !applicable.contains(f.type())).toList();
        return new Changes(raise, clear);
    }
}
