package org.lscp.workspace.domain.escalation.model;

import org.lscp.workspace.domain.shared.change.Change;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * A professional disagreement raised by one agency about a threshold decision (or a case) owned by another, and
 * its way through the stages: what it is {@link EscalationAbout about}, how it was {@link Raised raised}, the
 * {@link CurrentStage stage it is at}, its status and, once ended, its {@link Closure}. The transitions below are the
 * state machine; each refuses an invalid step with a message that says what is possible instead.
 */
public record Escalation(@Nullable Long id, PartnershipId partnershipId, String reference, EscalationAbout about,
                         Raised raised, CurrentStage current, EscalationStatus status, @Nullable Closure closure,
                         Set<RecommendationId> recommendations, long version) implements Audited {

    public Escalation {
        recommendations = Set.copyOf(recommendations);
    }

    /** An escalation just raised: open at its first stage, not yet saved. */
    public static Escalation raised(PartnershipId partnership, EscalationAbout about, Raised raised,
                                    CurrentStage first, Set<RecommendationId> recommendations) {
        return new Escalation(null, partnership, "", about, raised, first, EscalationStatus.OPEN, null,
                recommendations, 0);
    }

    public long requireId() {
        if (id == null) throw new IllegalStateException("escalation not saved yet");
        return id;
    }

    public @Nullable ContactId contactId() {
        return about.contactId();
    }

    public @Nullable String contactReference() {
        return about.contactReference();
    }

    public @Nullable Long decisionId() {
        return about.decisionId();
    }

    public @Nullable String childCaseId() {
        return about.childCaseId();
    }

    public AgencyId raisingAgency() {
        return raised.raisingAgency();
    }

    public AgencyId respondingAgency() {
        return raised.respondingAgency();
    }

    public MemberId raisedBy() {
        return raised.raisedBy();
    }

    public String raisedByName() {
        return raised.raisedByName();
    }

    public Instant raisedAt() {
        return raised.raisedAt();
    }

    public String disputed() {
        return raised.disputed();
    }

    public String outcomeSought() {
        return raised.outcomeSought();
    }

    public @Nullable String immediateRiskReason() {
        return raised.immediateRiskReason();
    }

    public EscalationStage stage() {
        return current.stage();
    }

    public Instant stageStartedAt() {
        return current.startedAt();
    }

    public Instant stageDeadline() {
        return current.deadline();
    }

    public @Nullable Boolean stageResponse() {
        return current.response();
    }

    public @Nullable EscalationOutcome outcome() {
        return closure == null ? null : closure.outcome();
    }

    public @Nullable String learning() {
        return closure == null ? null : closure.learning();
    }

    public @Nullable Instant closedAt() {
        return closure == null ? null : closure.closedAt();
    }

    public @Nullable String closedByName() {
        return closure == null ? null : closure.closedByName();
    }

    public @Nullable Long resultingDecisionId() {
        return closure == null ? null : closure.resultingDecisionId();
    }

    public boolean open() {
        return status == EscalationStatus.OPEN;
    }

    /** Open and past its stage's deadline (a deadline reached exactly is not yet overdue). */
    public boolean overdue(Instant now) {
        return open() && now.isAfter(current.deadline());
    }

    /** Whether this is the agency's open escalation about that decision: one is enough, add to it instead. */
    public boolean openAbout(long decision, AgencyId raisedBy) {
        Long about = decisionId();
        return open() && about != null && about == decision && raisingAgency().equals(raisedBy);
    }

    public boolean involves(AgencyId agency) {
        return raisingAgency().equals(agency) || respondingAgency().equals(agency);
    }

    /** The answering agency records its position at the current stage, once per stage. */
    public Escalation responded(boolean agrees) {
        requireOpen("respond to");
        Boolean response = current.response();
        if (response != null) {
            throw ValidationException.of("response", stage().title() + " already has a response. "
                    + (response ? "The other agency agreed: resolve the escalation."
                    : "Escalate it to the next stage, or resolve it."));
        }
        return atStage(current.answered(agrees));
    }

    /**
     * Moves to the next stage, never skipping one: allowed when the answering agency maintained its view at this
     * stage, or the stage is past its deadline without agreement.
     */
    public Escalation escalated(Instant now, Instant nextDeadline) {
        requireOpen("escalate");
        EscalationStage next = stage().next().orElseThrow(() -> ValidationException.of("reason",
                "Stage 4 is the last stage: the partnership resolves the disagreement."));
        if (Boolean.TRUE.equals(current.response())) {
            throw ValidationException.of("reason", "The other agency agreed at " + stage().title().toLowerCase(
                    java.util.Locale.ROOT) + ": resolve the escalation instead of escalating it.");
        }
        if (current.response() == null && !now.isAfter(current.deadline())) {
            throw ValidationException.of("reason", "Stage " + stage().number() + " is not finished: wait for the "
                    + "other agency's response or until its deadline, " + London.format(current.deadline()) + ".");
        }
        return atStage(CurrentStage.begun(next, now, nextDeadline));
    }

    public Escalation resolved(EscalationOutcome outcome, String learning, Instant now, String byName,
                               @Nullable Long resultingDecision) {
        requireOpen("resolve");
        return closed(EscalationStatus.RESOLVED, new Closure(outcome, learning, now, byName, resultingDecision));
    }

    public Escalation withdrawn(Instant now, String byName) {
        requireOpen("withdraw");
        return closed(EscalationStatus.WITHDRAWN, Closure.withdrawn(now, byName));
    }

    /** The same escalation at this stage (a stage's answer, the next stage, or a test's starting point). */
    public Escalation atStage(CurrentStage stage) {
        return new Escalation(id, partnershipId, reference, about, raised, stage, status, closure, recommendations,
                version);
    }

    private Escalation closed(EscalationStatus ended, Closure how) {
        return new Escalation(id, partnershipId, reference, about, raised, current, ended, how, recommendations,
                version);
    }

    /** The same escalation as saved: its id, reference and version. */
    public Escalation saved(long savedId, String savedReference, long savedVersion) {
        return new Escalation(savedId, partnershipId, savedReference, about, raised, current, status, closure,
                recommendations, savedVersion);
    }

    public Escalation withRecommendations(Set<RecommendationId> recs) {
        return new Escalation(id, partnershipId, reference, about, raised, current, status, closure, recs, version);
    }

    /** The same escalation with nothing that identifies the child (for a board chair or an administrator). */
    public Escalation withoutChildData() {
        return new Escalation(id, partnershipId, reference, about.withoutChild(), raised, current, status, closure,
                recommendations, version);
    }

    /** The same escalation with its free text as a reader may see it (children's identifiers masked, say). */
    public Escalation withFreeText(String disputedText, String outcomeSoughtText, @Nullable String immediateRisk,
                                   @Nullable String learningText) {
        return new Escalation(id, partnershipId, reference, about,
                raised.withText(disputedText, outcomeSoughtText, immediateRisk), current, status,
                closure == null ? null : closure.withLearning(learningText), recommendations, version);
    }

    private void requireOpen(String verb) {
        if (!open()) {
            throw ValidationException.of("status", "This escalation is " + status.label().toLowerCase(
                    java.util.Locale.ROOT) + ", so you cannot " + verb + " it. Raise a new escalation if the "
                    + "disagreement continues.");
        }
    }

    @Override public String auditType() { return "Escalation"; }

    @Override public String subject() { return Change.escalation(requireId()); }

    @Override public String auditId() { return reference.isEmpty() ? String.valueOf(id) : reference; }

    @Override
    public Snapshot snapshot() {
        Boolean response = stageResponse();
        EscalationOutcome outcome = outcome();
        String learning = learning();
        return Snapshot.of().with("about", contactReference() == null ? "case" : contactReference())
                .with("raising agency", raisingAgency()).with("responding agency", respondingAgency())
                .with("stage", stage().number()).with("stage deadline", stageDeadline())
                .with("response", response == null ? "" : response ? "agrees" : "disagrees")
                .with("status", status.label()).with("outcome", outcome == null ? "" : outcome.label())
                .with("learning", learning == null ? "" : learning)
                .with("recommendations", recommendations.stream().map(r -> r.value()).sorted().toList());
    }
}
