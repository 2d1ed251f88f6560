package org.lscp.workspace.domain.plan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.InspectionId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.ValidationException;

class SaveRecommendationCommandTest {
    private static final InspectionId INSPECTION = new InspectionId(1);
    private static final MemberId LEAD = new MemberId(2);

    private static SaveRecommendationCommand command(int number, String text, List<SuccessMeasure> measures) {
        return new SaveRecommendationCommand(INSPECTION, number, text, Theme.THRESHOLDS, LEAD, null, measures);
    }

    private static Map<String, String> errors(Runnable build) {
        ValidationException e = catchThrowableOfType(ValidationException.class, build::run);
        assertThat(e).as("expected a ValidationException").isNotNull();
        return e.fieldErrors();
    }

    @Test
    void aValidCommandIsTrimmedAndCopied() {
        Set<AgencyId> shared = new HashSet<>(Set.of(new AgencyId(3)));
        var c = new SaveRecommendationCommand(INSPECTION, 1, "  Apply thresholds appropriately  ", Theme.THRESHOLDS,
                LEAD, shared, List.of(new SuccessMeasure(MeasureRef.computed("DECISIONS_IN_TIME"), "Decisions within timescale", "≥ 95%")));
        shared.add(new AgencyId(4));
        assertThat(c.text()).isEqualTo("Apply thresholds appropriately");
        assertThat(c.sharedWith()).containsExactly(new AgencyId(3));
        assertThat(command(1, "x", null).successMeasures()).isEmpty();
        assertThat(command(1, "x", null).sharedWith()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 999})
    void numbersFrom1To999(int number) {
        assertThat(command(number, "x", List.of()).number()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 1000})
    void numbersOutsideTheRangeAreRefused(int number) {
        assertThat(errors(() -> command(number, "x", List.of())))
                .containsExactly(Map.entry("number", "Give the recommendation a number from 1 to 999."));
    }

    @Test
    void textIsRequiredAndLimited() {
        assertThat(errors(() -> command(1, "  ", List.of())))
                .containsExactly(Map.entry("text", "Enter the recommendation's text."));
        assertThat(command(1, "x".repeat(4_000), List.of()).text()).hasSize(4_000);
        assertThat(errors(() -> command(1, "x".repeat(4_001), List.of())))
                .containsExactly(Map.entry("text", "The recommendation's text must be 4000 characters or fewer."));
    }

    @Test
    void everyRequiredFieldIsReportedAtOnce() {
        assertThat(errors(() -> new SaveRecommendationCommand(null, 0, null, null, null, null, null)))
                .containsOnlyKeys("inspection", "number", "text", "theme", "leadOfficer")
                .containsEntry("inspection", "Choose the inspection or review it came from.")
                .containsEntry("theme", "Choose a theme.")
                .containsEntry("leadOfficer", "Choose a lead officer.");
    }

    @Test
    void aSuccessMeasureNeedsAMeasureFromTheCatalogueWordingAndATargetWrittenAsANumber() {
        MeasureRef timely = MeasureRef.computed("DECISIONS_IN_TIME");
        assertThat(command(1, "x", List.of(new SuccessMeasure(timely, "m".repeat(200), "≤ 18 children per worker",
                2.0))).successMeasures()).hasSize(1);
        assertThat(errors(() -> command(1, "x", List.of(new SuccessMeasure(timely, "Decisions", "95%"),
                new SuccessMeasure(null, " ", "most of them", -1.0)))))
                .containsOnly(Map.entry("successMeasures[1].measure", "Choose the measure from the catalogue."),
                        Map.entry("successMeasures[1].wording", "Enter how the plan words this success measure."),
                        Map.entry("successMeasures[1].target",
                                "Write the target as a number, e.g. \u2265 95% or \u2264 18 children."),
                        Map.entry("successMeasures[1].amberWithin", "Give the amber band as 0 or more."));
        assertThat(errors(() -> command(1, "x", List.of(new SuccessMeasure(timely, "m".repeat(201), "")))))
                .containsOnlyKeys("successMeasures[0].wording", "successMeasures[0].target");
    }
}
