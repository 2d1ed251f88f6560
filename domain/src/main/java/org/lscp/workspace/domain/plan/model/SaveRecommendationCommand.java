package org.lscp.workspace.domain.plan.model;

import java.util.List;
import java.util.Set;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.domain.shared.InspectionId;
import org.lscp.workspace.domain.shared.MemberId;

/** What an admin records about a recommendation; validates itself. */
public record SaveRecommendationCommand(InspectionId inspectionId, int number, String text, Theme theme,
                                        MemberId leadOfficer, Set<AgencyId> sharedWith,
                                        List<SuccessMeasure> successMeasures) {
    public static final int TEXT_MAX = 4_000;

    /** What a member is told when the inspection already has a recommendation with that number. */
    public static String numberTaken(int number) {
        return "This inspection already has a recommendation " + number + ".";
    }

    public SaveRecommendationCommand {
        sharedWith = sharedWith == null ? Set.of() : Set.copyOf(sharedWith);
        successMeasures = successMeasures == null ? List.of() : List.copyOf(successMeasures);
        new Check().present("inspection", inspectionId, "Choose the inspection or review it came from.")
                .that(number >= 1 && number <= 999, "number", "Give the recommendation a number from 1 to 999.")
                .longText("text", text, "the recommendation's text", TEXT_MAX)
                .present("theme", theme, "Choose a theme.")
                .present("leadOfficer", leadOfficer, "Choose a lead officer.")
                .that(successMeasures.stream().allMatch(m -> m.measure() != null && !m.measure().isBlank()
                        && m.target() != null && !m.target().isBlank() && m.measure().length() <= 200
                        && m.target().length() <= 60), "successMeasures",
                        "Give every success measure a description (up to 200 characters) and a target (up to 60).")
                .done();
        text = Text.block(text);
    }
}
