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

    /** The field of a success measure's part, e.g. "successMeasures[0].target", for errors beside it. */
    public static String field(int index, String part) {
        return "successMeasures[" + index + "]." + part;
    }

    private static void measure(Check check, int i, SuccessMeasure m) {
        check.present(field(i, "measure"), m.ref(), "Choose the measure from the catalogue.")
                .text(field(i, "wording"), m.measure(), "how the plan words this success measure", 200)
                .text(field(i, "target"), m.target(), "a target", 60);
        if (m.target() != null && !m.target().isBlank()) {
            check.that(Target.parse(m.target()).isPresent(), field(i, "target"),
                    "Write the target as a number, e.g. \u2265 95% or \u2264 18 children.");
        }
        if (m.amberWithin() != null) {
            check.that(m.amberWithin() >= 0 && m.amberWithin() <= 1_000, field(i, "amberWithin"),
                    "Give the amber band as 0 or more.");
        }
    }

    public SaveRecommendationCommand {
        sharedWith = sharedWith == null ? Set.of() : Set.copyOf(sharedWith);
        successMeasures = successMeasures == null ? List.of() : List.copyOf(successMeasures);
        Check check = new Check();
        check.present("inspection", inspectionId, "Choose the inspection or review it came from.")
                .that(number >= 1 && number <= 999, "number", "Give the recommendation a number from 1 to 999.")
                .longText("text", text, "the recommendation's text", TEXT_MAX)
                .present("theme", theme, "Choose a theme.")
                .present("leadOfficer", leadOfficer, "Choose a lead officer.");
        for (int i = 0; i < successMeasures.size(); i++) measure(check, i, successMeasures.get(i));
        check.done();
        text = Text.block(text);
    }
}
