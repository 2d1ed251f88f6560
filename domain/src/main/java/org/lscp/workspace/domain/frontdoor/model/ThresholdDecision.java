package org.lscp.workspace.domain.frontdoor.model;

import org.lscp.workspace.domain.shared.change.Change;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.MemberId;

/**
 * A threshold decision on a contact. A revision supersedes the previous decision, which is kept. Management
 * oversight is a manager's dated ratification with a comment.
 */
public record ThresholdDecision(@Nullable Long id, ContactId contactId, ThresholdLevel level, String rationale,
                                String nextStep, @Nullable LocalDate strategyDiscussionDate,
                                boolean cpMedicalConsidered, MemberId decidedBy, String decidedByName,
                                Instant decidedAt, @Nullable Long supersedes, boolean current,
                                @Nullable Oversight oversight) implements Audited {

    /** A decision just made: the current one, not yet overseen or saved. */
    public static ThresholdDecision made(ContactId contact, ThresholdLevel level, String rationale, String nextStep,
                                         @Nullable LocalDate strategyDiscussionDate, boolean cpMedicalConsidered,
                                         MemberId by, String byName, Instant at, @Nullable Long supersedes) {
        return new ThresholdDecision(null, contact, level, rationale, nextStep, strategyDiscussionDate,
                cpMedicalConsidered, by, byName, at, supersedes, true, null);
    }

    public @Nullable MemberId overseenBy() {
        return oversight == null ? null : oversight.by();
    }

    public @Nullable String overseenByName() {
        return oversight == null ? null : oversight.byName();
    }

    public @Nullable Instant overseenAt() {
        return oversight == null ? null : oversight.at();
    }

    public @Nullable String oversightComment() {
        return oversight == null ? null : oversight.comment();
    }

    public ThresholdDecision superseded() {
        return new ThresholdDecision(id, contactId, level, rationale, nextStep, strategyDiscussionDate,
                cpMedicalConsidered, decidedBy, decidedByName, decidedAt, supersedes, false, oversight);
    }

    public ThresholdDecision overseen(MemberId by, String byName, Instant at, String comment) {
        return withOversight(new Oversight(by, byName, at, comment));
    }

    public ThresholdDecision withOversight(@Nullable Oversight ratified) {
        return new ThresholdDecision(id, contactId, level, rationale, nextStep, strategyDiscussionDate,
                cpMedicalConsidered, decidedBy, decidedByName, decidedAt, supersedes, current, ratified);
    }

    /** The same decision as saved, under its id. */
    public ThresholdDecision saved(long savedId) {
        return new ThresholdDecision(savedId, contactId, level, rationale, nextStep, strategyDiscussionDate,
                cpMedicalConsidered, decidedBy, decidedByName, decidedAt, supersedes, current, oversight);
    }

    /** Oversight is recorded once, on the current decision, by a manager other than the one who decided. */
    public boolean mayBeOverseenBy(org.lscp.workspace.domain.shared.Actor actor) {
        return current && !hasOversight() && !decidedBy.equals(actor.memberId())
                && actor.has(org.lscp.workspace.domain.shared.Role.MASH_MANAGER);
    }

    public boolean hasOversight() {
        return oversight != null;
    }

    @Override public String auditType() { return "Threshold decision"; }

    @Override public String subject() { return Change.contact(contactId.value()); }

    @Override public String auditId() { return String.valueOf(id); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("contact", contactId).with("level", level.label()).with("rationale", rationale)
                .with("next step", nextStep).with("strategy discussion", strategyDiscussionDate)
                .with("CP medical considered", cpMedicalConsidered ? "yes" : "no").with("current", current ? "yes" : "no")
                .with("oversight", oversight == null ? "" : oversight.byName() + ": " + oversight.comment());
    }
}
