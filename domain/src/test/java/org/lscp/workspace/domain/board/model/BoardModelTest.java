package org.lscp.workspace.domain.board.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.plan.model.MeasureRef;
import org.lscp.workspace.domain.plan.model.Target;
import org.lscp.workspace.domain.fixtures.FixedBoardRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.ValidationException;

class BoardModelTest {
    private static final AgencyId POLICE = new AgencyId(1);
    private static final AgencyId HEALTH = new AgencyId(2);

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedOnItsEnd() {
        var e = catchThrowableOfType(ValidationException.class,
                () -> new Period(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1)));
        assertThat(e.fieldErrors()).containsOnly(Map.entry("to", "The period must end on or after the day it starts."));
        assertThat(new Period(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2)).to()).isEqualTo("2026-11-02");
        assertThat(Period.yearTo(LocalDate.of(2026, 11, 22)))
                .isEqualTo(new Period(LocalDate.of(2025, 11, 23), LocalDate.of(2026, 11, 22)));
    }

    @Test
    void aRatioWithNothingToCountIsNoDataNeverZeroPercent() {
        assertThat(Ratio.NONE.noData()).isTrue();
        assertThat(Ratio.NONE.display()).isEqualTo("no data");
        assertThat(new Ratio(0, 4).display()).isEqualTo("0% (0 of 4)");
        assertThat(new Ratio(174, 200).display()).isEqualTo("87% (174 of 200)");
        assertThat(new Ratio(1, 3).plus(new Ratio(2, 2))).isEqualTo(new Ratio(3, 5));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "≥ 95%   | 96 | GREEN", "≥ 95%   | 95 | GREEN", "≥ 95%   | 85 | AMBER", "≥ 95%   | 84 | RED",
            "100%    | 100 | GREEN", "100%   | 91 | AMBER", ">= 90 % | 70 | RED",
            "≤ 5%    | 5  | GREEN", "≤ 5%    | 15 | AMBER", "<= 5%   | 16 | RED"})
    void aTargetGivesGreenWhenMetAmberWithinTenPointsRedBeyond(String target, long percent,
                                                               org.lscp.workspace.domain.plan.model.Rag rag) {
        assertThat(Target.parse(target).orElseThrow().rag(new Ratio(percent, 100).orNull(), true)).contains(rag);
    }

    /** A returned amount ("≤ 18 children"): amber within a tenth of the target unless the plan gives a band. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "≤ 18 children | 18   | true  |     | GREEN", "≤ 18 children | 19.8 | true  |     | AMBER",
            "≤ 18 children | 19.9 | true  |     | RED",   "18            | 19   | false |     | AMBER",
            "18            | 17   | true  |     | AMBER", "≤ 18          | 20   | true  | 2   | AMBER",
            "≤ 18          | 20.5 | true  | 2   | RED",   "≥ 95%         | 93   | true  | 1   | RED"})
    void aTargetsRuleGivesAmberWithinItsBandAndTheMeasuresDirectionWhenTheTargetHasNoSign(
            String target, double value, boolean higherIsBetter, Double band,
            org.lscp.workspace.domain.plan.model.Rag rag) {
        Target t = Target.parse(target).orElseThrow();
        assertThat((band == null ? t : t.amberWithin(band)).rag(value, higherIsBetter)).contains(rag);
    }

    @Test
    void wordsThatAreNoNumberAreNoTargetAndNoDataGivesNoRag() {
        assertThat(Target.parse("3 of 3")).isEmpty();
        assertThat(Target.parse("most of them")).isEmpty();
        assertThat(Target.parse("≥ 95%").orElseThrow().rag(Ratio.NONE.orNull(), true)).isEmpty();
        assertThat(new Amount(17.5, "children per worker").display()).isEqualTo("17.5 children per worker");
        assertThat(new Amount(18, "children").display()).isEqualTo("18 children");
    }

    /** A success measure names a computed measure by reference; a reference to no measure names none. */
    @Test
    void aComputedMeasureIsFoundByItsReferenceNeverByWordsAndNeverShowsNoDataAsZero() {
        for (MeasureKind kind : MeasureKind.values()) {
            assertThat(MeasureKind.of(kind.ref())).contains(kind);
            assertThat(kind.entry().ref()).isEqualTo(kind.ref());
            assertThat(kind.entry().percentage()).isTrue();
        }
        assertThat(MeasureKind.of(MeasureRef.computed("DECISIONS_WITHIN_TIMESCALE"))).isEmpty();
        assertThat(MeasureKind.of(MeasureRef.returned(1))).isEmpty();
        assertThat(MeasureKind.REPEAT_CONTACTS.entry().higherIsBetter()).isFalse();
        var figures = new BoardFigures(List.of(), Map.of(), Map.of(), Ratio.NONE, EscalationCounts.NONE,
                BoardFigures.ActionCounts.NONE, new BoardFigures.ProtectionCounts(10, 8, 9, 9, 6, 6, 7, 5, 5, 4, 3,
                2));
        assertThat(figures.discussionsInTime()).isEqualTo(new Ratio(8, 10));
        assertThat(figures.policeAtDiscussions()).isEqualTo(new Ratio(9, 9));
        assertThat(figures.healthAtDiscussions()).isEqualTo(new Ratio(6, 9));
        assertThat(figures.policeAndHealthAtDiscussions()).isEqualTo(new Ratio(6, 9));
        assertThat(figures.enquiriesToConference()).isEqualTo(new Ratio(5, 7));
        assertThat(figures.conferencesInTime()).isEqualTo(new Ratio(4, 5));
        assertThat(figures.conferencesToPlan()).isEqualTo(new Ratio(2, 3));
        assertThat(MeasureKind.CONFERENCES_IN_TIME.of(FixedBoardRepository.EMPTY).noData()).isTrue();
    }

    /** Contacts from no agency are shown under their Annex A source, never under an agency, and not dropped. */
    @Test
    void decisionsBySourceShowContactsFromNoAgencyUnderTheirSource() {
        var figures = new BoardFigures(List.of(
                new GroupCounts(Rag.RED, SourceGroup.of(ContactSource.S9), 2, 2, 1, 0, 0, 2, 0, 0, 0, 0, 0),
                new GroupCounts(Rag.GREEN, SourceGroup.of(HEALTH), 3, 3, 3, 0, 0, 3, 0, 0, 0, 0, 0),
                new GroupCounts(Rag.GREEN, SourceGroup.of(ContactSource.S1B), 4, 4, 2, 0, 0, 4, 0, 0, 0, 0, 0),
                new GroupCounts(Rag.RED, SourceGroup.of(ContactSource.S1B), 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0),
                new GroupCounts(Rag.RED, SourceGroup.of(POLICE), 5, 5, 5, 0, 0, 5, 0, 0, 0, 0, 0)),
                Map.of(), Map.of(), Ratio.NONE, EscalationCounts.NONE, BoardFigures.ActionCounts.NONE, BoardFigures.ProtectionCounts.NONE);

        assertThat(figures.decisionsInTimeBySource()).containsExactly(
                Map.entry(SourceGroup.of(POLICE), new Ratio(5, 5)),
                Map.entry(SourceGroup.of(HEALTH), new Ratio(3, 3)),
                Map.entry(SourceGroup.of(ContactSource.S1B), new Ratio(3, 5)),
                Map.entry(SourceGroup.of(ContactSource.S9), new Ratio(1, 2)));
        assertThat(figures.contacts()).isEqualTo(15);
        assertThat(figures.decisionsInTime()).isEqualTo(new Ratio(12, 15));
        Map<AgencyId, String> names = Map.of(POLICE, "Metropolitan Police", HEALTH, "NHS North Central London");
        assertThat(figures.decisionsInTimeBySource().keySet()).extracting(g -> g.label(names))
                .containsExactly("Metropolitan Police", "NHS North Central London", "1B Acquaintance", "9 Anonymous");
    }

    @Test
    void aSourceGroupIsAnAgencyOrASourceNeverBoth() {
        assertThat(SourceGroup.of(null, ContactSource.S1B)).isEqualTo(SourceGroup.of(ContactSource.S1B));
        assertThat(SourceGroup.of(POLICE, ContactSource.S6)).isEqualTo(SourceGroup.of(POLICE));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SourceGroup(POLICE, ContactSource.S6))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SourceGroup(null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFiguresSumTheirGroupsIntoRatios() {
        var figures = new BoardFigures(List.of(
                new GroupCounts(Rag.RED, SourceGroup.of(POLICE), 10, 8, 6, 4, 2, 8, 3, 2, 2, 1, 1),
                new GroupCounts(Rag.GREEN, SourceGroup.of(POLICE), 5, 5, 5, 1, 0, 5, 0, 0, 0, 0, 0),
                new GroupCounts(Rag.RED, SourceGroup.of(HEALTH), 5, 2, 1, 1, 1, 2, 1, 1, 1, 1, 2)),
                Map.of(ThresholdLevel.EARLY_HELP, 9L, ThresholdLevel.STRATEGY_DISCUSSION, 6L),
                Map.of(FlagType.DECISION_OVERDUE, new BoardFigures.FlagCounts(5, 2, 3),
                        FlagType.NO_OVERSIGHT, new BoardFigures.FlagCounts(4, 1, 3)), new Ratio(3, 4),
                new EscalationCounts(4, Map.of(), Map.of(), 3, 2, 1, Map.of(), 3),
                new BoardFigures.ActionCounts(10, 4, 2), BoardFigures.ProtectionCounts.NONE);
        assertThat(figures.contacts()).isEqualTo(20);
        assertThat(figures.decisionsInTime()).isEqualTo(new Ratio(12, 15));
        assertThat(figures.decisionsInTimeByRag()).containsEntry(Rag.RED, new Ratio(7, 10))
                .containsEntry(Rag.GREEN, new Ratio(5, 5)).doesNotContainKey(Rag.AMBER);
        assertThat(figures.decisionsInTimeBySource()).containsEntry(SourceGroup.of(POLICE), new Ratio(11, 13))
                .containsEntry(SourceGroup.of(HEALTH), new Ratio(1, 2));
        assertThat(figures.conversionToCin()).isEqualTo(new Ratio(6, 15));
        assertThat(figures.conversionToS47()).isEqualTo(new Ratio(3, 15));
        assertThat(figures.disclosuresToStrategy()).isEqualTo(new Ratio(3, 4));
        assertThat(figures.medicalConsidered()).isEqualTo(new Ratio(2, 3));
        assertThat(figures.repeatContacts()).isEqualTo(new Ratio(3, 20));
        assertThat(figures.thresholdAgreed()).isEqualTo(new Ratio(12, 15));
        assertThat(figures.escalationsResolvedEarly()).isEqualTo(new Ratio(2, 3));
        assertThat(figures.actionsComplete()).isEqualTo(new Ratio(4, 10));
        assertThat(MeasureKind.DECISIONS_IN_TIME.of(figures)).isEqualTo(new Ratio(12, 15));
        assertThat(figures.decided()).isEqualTo(15);
        assertThat(figures.flagsOpen()).isEqualTo(3);
        assertThat(figures.flagsRaised()).isEqualTo(9);
    }

    private static MeasureResult trend(String target, long... percents) {
        List<MeasureResult.Point> months = new java.util.ArrayList<>();
        for (int i = 0; i < percents.length; i++) {
            months.add(new MeasureResult.Point("m" + i, percents[i] < 0 ? Ratio.NONE : new Ratio(percents[i], 100)));
        }
        return new MeasureResult(new org.lscp.workspace.domain.plan.model.SuccessMeasure(
                MeasureKind.DECISIONS_IN_TIME.ref(), "Decisions within timescale", target),
                MeasureKind.DECISIONS_IN_TIME, true, months.getLast().value(), months, null, "Computed", null);
    }

    @ParameterizedTest(name = "{0}: {1} -> worsening {2}, improving {3}")
    @CsvSource(delimiter = '|', value = {
            "≥ 95% | 90,88,85     | true  | false",
            "≥ 95% | 80,90,88,85  | true  | false",
            "≥ 95% | 90,88,88     | false | false",
            "≥ 95% | 88,85,86     | false | false",
            "≥ 95% | 85,88,90     | false | true",
            "≤ 5%  | 3,4,6        | true  | false",
            "≤ 5%  | 6,4,3        | false | true",
            "≥ 95% | 90,85        | false | false",
            "≥ 95% | 90,-1,85     | false | false"})
    void worseningAndImprovingMeanTwoMonthsRunningInTheTargetsDirection(String target, String values,
                                                                       boolean worsening, boolean improving) {
        long[] percents = java.util.Arrays.stream(values.split(",")).mapToLong(Long::parseLong).toArray();
        MeasureResult m = trend(target, percents);
        assertThat(m.worsening()).isEqualTo(worsening);
        assertThat(m.improving()).isEqualTo(improving);
    }
}
