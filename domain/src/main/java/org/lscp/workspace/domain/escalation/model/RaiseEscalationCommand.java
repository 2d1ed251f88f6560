package org.lscp.workspace.domain.escalation.model;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.RecommendationId;

/**
 * Raising an escalation: about a threshold decision ({@code decisionId}; the answering agency is the decision
 * maker's) or about a case ({@code childCaseId} and the agency it is raised with). A child at immediate risk goes
 * straight to stage 3, and needs the reason said.
 */
public record RaiseEscalationCommand(@Nullable Long decisionId, @Nullable String childCaseId,
                                     @Nullable AgencyId respondingAgency, String disputed, String outcomeSought,
                                     boolean immediateRisk, @Nullable String immediateRiskReason,
                                     Set<RecommendationId> recommendations) {
    public RaiseEscalationCommand {
        recommendations = recommendations == null ? Set.of() : Set.copyOf(recommendations);
        childCaseId = childCaseId == null || childCaseId.isBlank() ? null : childCaseId.strip();
        immediateRiskReason = immediateRiskReason == null || immediateRiskReason.isBlank() ? null
                : immediateRiskReason.strip();
        Check check = new Check().text("disputed", disputed, "what is disputed", 4_000)
                .text("outcomeSought", outcomeSought, "the outcome you seek", 2_000);
        if (decisionId == null) {
            check.present("childCaseId", childCaseId, "Enter the child's case-system id, or raise the escalation "
                            + "from the decision on the contact page.")
                    .that(childCaseId == null || childCaseId.length() <= 40, "childCaseId",
                            "The child's id must be 40 characters or fewer.")
                    .present("respondingAgency", respondingAgency, "Choose the agency you disagree with.");
        }
        if (immediateRisk) {
            check.present("immediateRiskReason", immediateRiskReason, "Say why the child is at immediate risk: "
                    + "that is what lets the escalation start at stage 3.");
        }
        check.that(immediateRiskReason == null || immediateRiskReason.length() <= 2_000, "immediateRiskReason",
                "The reason must be 2,000 characters or fewer.").done();
        disputed = disputed.strip();
        outcomeSought = outcomeSought.strip();
        if (!immediateRisk) immediateRiskReason = null;
    }

    public EscalationStage firstStage() {
        return immediateRisk ? EscalationStage.SENIOR_MANAGERS : EscalationStage.PRACTITIONERS;
    }
}
