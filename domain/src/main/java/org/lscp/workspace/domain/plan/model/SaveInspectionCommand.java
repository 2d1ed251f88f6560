package org.lscp.workspace.domain.plan.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.Text;

/** What an admin records about an inspection or review; validates itself. */
public record SaveInspectionCommand(String inspectorate, InspectionType type, String title, LocalDate startDate,
                                    @Nullable LocalDate endDate, @Nullable LocalDate publishedOn,
                                    List<AreaJudgement> judgements, String strengths, String areasForImprovement) {
    public static final int TEXT_MAX = 10_000;

    public SaveInspectionCommand {
        judgements = judgements == null ? List.of() : List.copyOf(judgements);
        strengths = strengths == null ? "" : java.util.Objects.requireNonNullElse(Text.block(strengths), "");
        areasForImprovement = java.util.Objects.requireNonNullElse(Text.block(areasForImprovement), "");
        new Check().text("inspectorate", inspectorate, "the inspectorate or reviewer", 120)
                .present("type", type, "Choose the type of inspection or review.")
                .text("title", title, "a title", 200)
                .present("startDate", startDate, "Enter the date it started.")
                .that(endDate == null || startDate == null || !endDate.isBefore(startDate), "endDate",
                        "The end date must be on or after the start date.")
                .that(publishedOn == null || startDate == null || !publishedOn.isBefore(startDate), "publishedOn",
                        "The report cannot be published before the inspection started.")
                .that(type == null || type.graded() || judgements.isEmpty(), "judgements",
                        "A " + (type == null ? "" : type.label().toLowerCase()) + " is not graded: remove the judgements.")
                .that(judgements.stream().allMatch(j -> j.area() != null && !j.area().isBlank() && j.judgement() != null),
                        "judgements", "Give every judged area a name and a judgement.")
                .that(strengths.length() <= TEXT_MAX, "strengths", "Strengths must be " + TEXT_MAX + " characters or fewer.")
                .that(areasForImprovement.length() <= TEXT_MAX, "areasForImprovement",
                        "Areas for improvement must be " + TEXT_MAX + " characters or fewer.")
                .done();
        inspectorate = Text.line(inspectorate);
        title = Text.line(title);
    }
}
