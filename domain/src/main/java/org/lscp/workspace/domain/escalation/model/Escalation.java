package org.lscp.workspace.domain.escalation.model;

import org.lscp.workspace.domain.live.model.Change;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.audit.model.Audited;
import org.lscp.workspace.domain.audit.model.Snapshot;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * A professional disagreement raised by one agency about a threshold decision (or a case) owned by another, and
 * its way through the stages. The transitions below are the state machine; each refuses an invalid step with a
 * message that says what is possible instead. {@code stageResponse} is the answering agency's position at the
 * current stage: null until it answers, true when it agrees with the challenge, false when it maintains its view.
 */
public record Escalation(@Nullable Long id, PartnershipId partnershipId, String reference,
                         @Nullable ContactId contactId, @Nullable String contactReference, @Nullable Long decisionId,
                         @Nullable String childCaseId, AgencyId raisingAgency, AgencyId respondingAgency,
                         MemberId raisedBy, String raisedByName, Instant raisedAt, String disputed,
                         String outcomeSought, @Nullable String immediateRiskReason, EscalationStage stage,
                         Instant stageStartedAt, Instant stageDeadline, @Nullable Boolean stageResponse,
                         EscalationStatus status, @Nullable EscalationOutcome outcome, @Nullable String learning,
                         @Nullable Instant closedAt, @Nullable String closedByName, @Nullable Long resultingDecisionId,
                         Set<RecommendationId> recommendations, long version) implements Audited {

    public Escalation {
        recommendations = Set.copyOf(recommendations);
    }

    public long requireId() {
        if (id == null) throw new IllegalStateException("escalation not saved yet");
        return id;
    }

    public boolean open() {
        return status == EscalationStatus.OPEN;
    }

    /** Open and past its stage's deadline (a deadline reached exactly is not yet overdue). */
    public boolean overdue(Instant now) {
        return open() && now.isAfter(stageDeadline);
    }

    /** Whether this is the agency's open escalation about that decision: one is enough, add to it instead. */
    public boolean openAbout(long decision, AgencyId raisedBy) {
        return open() && decisionId != null && decisionId == decision && raisingAgency.equals(raisedBy);
    }

    public boolean involves(AgencyId agency) {
        return raisingAgency.equals(agency) || respondingAgency.equals(agency);
    }

    /** The answering agency records its position at the current stage, once per stage. */
    public Escalation responded(boolean agrees) {
        requireOpen("respond to");
        if (stageResponse != null) {
            throw ValidationException.of("response", stage.title() + " already has a response. "
                    + (stageResponse ? "The other agency agreed: resolve the escalation."
                    : "Escalate it to the next stage, or resolve it."));
        }
        return with(stage, stageStartedAt, stageDeadline, agrees, status, null, null, null, null, null, version);
    }

    /**
     * Moves to the next stage, never skipping one: allowed when the answering agency maintained its view at this
     * stage, or the stage is past its deadline without agreement.
     */
    public Escalation escalated(Instant now, Instant nextDeadline) {
        requireOpen("escalate");
        EscalationStage next = stage.next().orElseThrow(() -> ValidationException.of("reason",
                "Stage 4 is the last stage: the partnership resolves the disagreement."));
        if (Boolean.TRUE.equals(stageResponse)) {
            throw ValidationException.of("reason", "The other agency agreed at " + stage.title().toLowerCase(
                    java.util.Locale.ROOT) + ": resolve the escalation instead of escalating it.");
        }
        if (stageResponse == null && !now.isAfter(stageDeadline)) {
            throw ValidationException.of("reason", "Stage " + stage.number() + " is not finished: wait for the other "
                    + "agency's response or until its deadline, " + London.format(stageDeadline) + ".");
        }
        return with(next, now, nextDeadline, null, status, null, null, null, null, null, version);
    }

    public Escalation resolved(EscalationOutcome outcome, String learning, Instant now, String byName,
                               @Nullable Long resultingDecision) {
        requireOpen("resolve");
        return with(stage, stageStartedAt, stageDeadline, stageResponse, EscalationStatus.RESOLVED, outcome, learning,
                now, byName, resultingDecision, version);
    }

    public Escalation withdrawn(Instant now, String byName) {
        requireOpen("withdraw");
        return with(stage, stageStartedAt, stageDeadline, stageResponse, EscalationStatus.WITHDRAWN, null, null, now,
                byName, null, version);
    }

    public Escalation withRecommendations(Set<RecommendationId> recs) {
        return new Escalation(id, partnershipId, reference, contactId, contactReference, decisionId, childCaseId,
                raisingAgency, respondingAgency, raisedBy, raisedByName, raisedAt, disputed, outcomeSought,
                immediateRiskReason, stage, stageStartedAt, stageDeadline, stageResponse, status, outcome, learning,
                closedAt, closedByName, resultingDecisionId, recs, version);
    }

    /** The same escalation with nothing that identifies the child (for a board chair or an administrator). */
    public Escalation withoutChildData() {
        return new Escalation(id, partnershipId, reference, contactId, contactReference, decisionId, null,
                raisingAgency, respondingAgency, raisedBy, raisedByName, raisedAt, disputed, outcomeSought,
                immediateRiskReason, stage, stageStartedAt, stageDeadline, stageResponse, status, outcome, learning,
                closedAt, closedByName, resultingDecisionId, recommendations, version);
    }

    /** The same escalation with its free text as a reader may see it (children's identifiers masked, say). */
    public Escalation withFreeText(String disputedText, String outcomeSoughtText, @Nullable String immediateRisk,
                                   @Nullable String learningText) {
        return new Escalation(id, partnershipId, reference, contactId, contactReference, decisionId, childCaseId,
                raisingAgency, respondingAgency, raisedBy, raisedByName, raisedAt, disputedText, outcomeSoughtText,
                immediateRisk, stage, stageStartedAt, stageDeadline, stageResponse, status, outcome, learningText,
                closedAt, closedByName, resultingDecisionId, recommendations, version);
    }

    private void requireOpen(String verb) {
        if (!open()) {
            throw ValidationException.of("status", "This escalation is " + status.label().toLowerCase(
                    java.util.Locale.ROOT) + ", so you cannot " + verb + " it. Raise a new escalation if the "
                    + "disagreement continues.");
        }
    }

    private Escalation with(EscalationStage s, Instant started, Instant deadline, @Nullable Boolean response,
                            EscalationStatus st, @Nullable EscalationOutcome out, @Nullable String learnt,
                            @Nullable Instant closed, @Nullable String closedBy, @Nullable Long resulting, long v) {
        return new Escalation(id, partnershipId, reference, contactId, contactReference, decisionId, childCaseId,
                raisingAgency, respondingAgency, raisedBy, raisedByName, raisedAt, disputed, outcomeSought,
                immediateRiskReason, s, started, deadline, response, st, out, learnt, closed, closedBy, resulting,
                recommendations, v);
    }

    @Override public String auditType() { return "Escalation"; }

    @Override public String subject() { return Change.escalation(requireId()); }

    @Override public String auditId() { return reference.isEmpty() ? String.valueOf(id) : reference; }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("about", contactReference == null ? "case" : contactReference)
                .with("raising agency", raisingAgency).with("responding agency", respondingAgency)
                .with("stage", stage.number()).with("stage deadline", stageDeadline)
                .with("response", stageResponse == null ? "" : stageResponse ? "agrees" : "disagrees")
                .with("status", status.label()).with("outcome", outcome == null ? "" : outcome.label())
                .with("learning", learning == null ? "" : learning)
                .with("recommendations", recommendations.stream().map(r -> r.value()).sorted().toList());
    }
}
