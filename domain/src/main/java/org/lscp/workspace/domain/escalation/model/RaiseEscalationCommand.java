package org.lscp.workspace.domain.escalation.model;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.frontdoor.model.Child;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.domain.shared.Text;
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
        String typedId = childCaseId;
        childCaseId = Text.line(childCaseId);
        immediateRiskReason = Text.block(immediateRiskReason);
        Check check = new Check().longText("disputed", disputed, "what is disputed", 4_000)
                .longText("outcomeSought", outcomeSought, "the outcome you seek", 2_000);
        if (decisionId == null) {
            check.present("childCaseId", childCaseId, "Enter the child's case-system id, or raise the escalation "
                            + "from the decision on the contact page.")
                    .optionalText("childCaseId", typedId, "the child's case-system id", Child.CASE_SYSTEM_ID_MAX)
                    .that(childCaseId == null || !Child.isPlaceholder(childCaseId), "childCaseId",
                            "Enter the child's case-system id: \u201c" + childCaseId + "\u201d is not an id. Without "
                                    + "it, raise the escalation from the decision on the contact page.")
                    .present("respondingAgency", respondingAgency, "Choose the agency you disagree with.");
        }
        if (immediateRisk) {
            check.present("immediateRiskReason", immediateRiskReason, "Say why the child is at immediate risk: "
                    + "that is what lets the escalation start at stage 3.")
                    .longText("immediateRiskReason", immediateRiskReason, "the reason", 2_000);
        }
        check.done();
        disputed = Text.block(disputed);
        outcomeSought = Text.block(outcomeSought);
        if (!immediateRisk) immediateRiskReason = null;
    }

    public EscalationStage firstStage() {
        return immediateRisk ? EscalationStage.SENIOR_MANAGERS : EscalationStage.PRACTITIONERS;
    }
}
