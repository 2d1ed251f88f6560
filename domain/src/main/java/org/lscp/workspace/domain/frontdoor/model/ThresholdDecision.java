package org.lscp.workspace.domain.frontdoor.model;

import org.lscp.workspace.domain.live.model.Change;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.audit.model.Audited;
import org.lscp.workspace.domain.audit.model.Snapshot;
import org.lscp.workspace.domain.shared.MemberId;

/**
 * A threshold decision on a contact. A revision supersedes the previous decision, which is kept. Management
 * oversight is a manager's dated ratification with a comment.
 */
public record ThresholdDecision(@Nullable Long id, ContactId contactId, ThresholdLevel level, String rationale,
                                String nextStep, @Nullable LocalDate strategyDiscussionDate,
                                boolean cpMedicalConsidered, MemberId decidedBy, String decidedByName,
                                Instant decidedAt, @Nullable Long supersedes, boolean current,
                                @Nullable MemberId overseenBy, @Nullable String overseenByName,
                                @Nullable Instant overseenAt, @Nullable String oversightComment) implements Audited {

    public ThresholdDecision superseded() {
        return new ThresholdDecision(id, contactId, level, rationale, nextStep, strategyDiscussionDate,
                cpMedicalConsidered, decidedBy, decidedByName, decidedAt, supersedes, false, overseenBy,
                overseenByName, overseenAt, oversightComment);
    }

    public ThresholdDecision overseen(MemberId by, String byName, Instant at, String comment) {
        return new ThresholdDecision(id, contactId, level, rationale, nextStep, strategyDiscussionDate,
                cpMedicalConsidered, decidedBy, decidedByName, decidedAt, supersedes, current, by, byName, at, comment);
    }

    /** Oversight is recorded once, on the current decision, by a manager other than the one who decided. */
    public boolean mayBeOverseenBy(org.lscp.workspace.domain.shared.Actor actor) {
        return current && !hasOversight() && !decidedBy.equals(actor.memberId())
                && actor.has(org.lscp.workspace.domain.shared.Role.MASH_MANAGER);
    }

    public boolean hasOversight() {
        return overseenAt != null;
    }

    @Override public String auditType() { return "Threshold decision"; }

    @Override public String subject() { return Change.contact(contactId.value()); }

    @Override public String auditId() { return String.valueOf(id); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("contact", contactId).with("level", level.label()).with("rationale", rationale)
                .with("next step", nextStep).with("strategy discussion", strategyDiscussionDate)
                .with("CP medical considered", cpMedicalConsidered ? "yes" : "no").with("current", current ? "yes" : "no")
                .with("oversight", overseenAt == null ? "" : overseenByName + ": " + oversightComment);
    }
}
