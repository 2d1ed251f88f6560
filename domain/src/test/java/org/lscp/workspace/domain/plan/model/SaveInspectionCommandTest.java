package org.lscp.workspace.domain.plan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lscp.workspace.domain.shared.ValidationException;

class SaveInspectionCommandTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 12);
    private static final List<AreaJudgement> GRADES = List.of(
            new AreaJudgement("Overall effectiveness", Judgement.REQUIRES_IMPROVEMENT),
            new AreaJudgement("Help and protection", Judgement.INADEQUATE));

    private static SaveInspectionCommand command(InspectionType type, LocalDate start, LocalDate end,
                                                 LocalDate published, List<AreaJudgement> judgements) {
        return new SaveInspectionCommand("Ofsted", type, "ILACS 2026", start, end, published, judgements, "", "");
    }

    private static Map<String, String> errors(Runnable build) {
        ValidationException e = catchThrowableOfType(ValidationException.class, build::run);
        assertThat(e).as("expected a ValidationException").isNotNull();
        return e.fieldErrors();
    }

    @Test
    void aValidGradedInspectionIsKeptTrimmed() {
        var c = new SaveInspectionCommand("  Ofsted ", InspectionType.ILACS, "  ILACS January 2026 ", START,
                START.plusDays(11), START.plusDays(50), GRADES, "  Strong early help  ", null);
        assertThat(c.inspectorate()).isEqualTo("Ofsted");
        assertThat(c.title()).isEqualTo("ILACS January 2026");
        assertThat(c.strengths()).isEqualTo("Strong early help");
        assertThat(c.areasForImprovement()).isEmpty();
        assertThat(c.judgements()).isEqualTo(GRADES);
    }

    @Test
    void endBeforeStartIsRefused() {
        assertThat(errors(() -> command(InspectionType.ILACS, START, START.minusDays(1), null, List.of())))
                .containsExactly(Map.entry("endDate", "The end date must be on or after the start date."));
    }

    @Test
    void endOnTheStartDayIsAccepted() {
        assertThat(command(InspectionType.ILACS, START, START, START, List.of()).endDate()).isEqualTo(START);
    }

    @Test
    void publishedBeforeStartIsRefused() {
        assertThat(errors(() -> command(InspectionType.ILACS, START, null, START.minusDays(1), List.of())))
                .containsExactly(Map.entry("publishedOn",
                        "The report cannot be published before the inspection started."));
    }

    @Test
    void publishedOnTheStartDayOrNotYetIsAccepted() {
        assertThat(command(InspectionType.ILACS, START, null, START, List.of()).publishedOn()).isEqualTo(START);
        assertThat(command(InspectionType.ILACS, START, null, null, List.of()).publishedOn()).isNull();
    }

    @Test
    void judgementsOnAnUngradedFocusedVisitAreRefused() {
        assertThat(errors(() -> command(InspectionType.FOCUSED_VISIT, START, null, null, GRADES)))
                .containsExactly(Map.entry("judgements", "A focused visit is not graded: remove the judgements."));
    }

    @ParameterizedTest
    @EnumSource(value = InspectionType.class, names = {"ILACS", "SIF", "LSCB_REVIEW"})
    void gradedTypesTakeJudgements(InspectionType type) {
        assertThat(type.graded()).isTrue();
        assertThat(command(type, START, null, null, GRADES).judgements()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(value = InspectionType.class, names = {"ILACS", "SIF", "LSCB_REVIEW"},
            mode = EnumSource.Mode.EXCLUDE)
    void ungradedTypesRefuseJudgementsButAcceptNone(InspectionType type) {
        assertThat(type.graded()).isFalse();
        assertThat(errors(() -> command(type, START, null, null, GRADES))).containsKey("judgements");
        assertThat(command(type, START, null, null, null).judgements()).isEmpty();
    }

    @Test
    void everyJudgedAreaNeedsANameAndAJudgement() {
        assertThat(errors(() -> command(InspectionType.ILACS, START, null, null,
                List.of(new AreaJudgement(" ", Judgement.GOOD)))))
                .containsEntry("judgements", "Give every judged area a name and a judgement.");
        assertThat(errors(() -> command(InspectionType.ILACS, START, null, null,
                List.of(new AreaJudgement("Leadership", null)))))
                .containsEntry("judgements", "Give every judged area a name and a judgement.");
    }

    @Test
    void requiredFieldsAreAllReportedAtOnce() {
        assertThat(errors(() -> new SaveInspectionCommand(" ", null, "", null, null, null, null, null, null)))
                .containsOnlyKeys("inspectorate", "type", "title", "startDate")
                .containsEntry("inspectorate", "Enter the inspectorate or reviewer.")
                .containsEntry("type", "Choose the type of inspection or review.")
                .containsEntry("title", "Enter a title.")
                .containsEntry("startDate", "Enter the date it started.");
    }

    @Test
    void lengthLimits() {
        String max = "x".repeat(SaveInspectionCommand.TEXT_MAX);
        var ok = new SaveInspectionCommand("x".repeat(120), InspectionType.ILACS, "t".repeat(200), START, null, null,
                List.of(), max, max);
        assertThat(ok.strengths()).hasSize(10_000);
        assertThat(errors(() -> new SaveInspectionCommand("x".repeat(121), InspectionType.ILACS, "t".repeat(201),
                START, null, null, List.of(), max + "x", max + "x")))
                .containsOnlyKeys("inspectorate", "title", "strengths", "areasForImprovement")
                .containsEntry("strengths", "Strengths must be 10000 characters or fewer.");
    }
}
