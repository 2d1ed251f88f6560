package org.lscp.workspace.domain.frontdoor.model;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.domain.shared.RecommendationId;

/** A threshold decision as the manager records it; the rationale is required. */
public record RecordDecisionCommand(ThresholdLevel level, String rationale, String nextStep,
                                    @Nullable LocalDate strategyDiscussionDate, boolean cpMedicalConsidered,
                                    Set<RecommendationId> recommendations) {
    public RecordDecisionCommand {
        recommendations = recommendations == null ? Set.of() : Set.copyOf(recommendations);
        nextStep = java.util.Objects.requireNonNullElse(Text.line(nextStep), "");
        new Check().present("level", level, "Choose the threshold level.")
                .longText("rationale", rationale, "the rationale for the decision", 8_000)
                .that(nextStep.length() <= 200, "nextStep", "The next step must be 200 characters or fewer.")
                .that(strategyDiscussionDate == null || level == null || level.atLeast(ThresholdLevel.STRATEGY_DISCUSSION),
                        "strategyDiscussionDate", "A strategy discussion date belongs to a strategy discussion decision.")
                .done();
        rationale = Text.block(rationale);
    }
}
