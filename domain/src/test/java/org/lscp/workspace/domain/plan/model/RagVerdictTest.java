package org.lscp.workspace.domain.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one RAG rule, at its boundaries (the measure's own bands are tested in TargetTest). */
class RagVerdictTest {
    private static final SuccessMeasure OVERSIGHT = new SuccessMeasure(MeasureRef.computed("OVERSIGHT_IN_TIME"),
            "Management oversight within 1 working day",
            "≥ 90%");
    private static final SuccessMeasure AUDIT = new SuccessMeasure(MeasureRef.returned(1), "Audits graded good", "≥ 80%");

    private static ActionTally tally(long total, long complete, long overdue, long dueSoon, long offTrack,
                                     long atRisk) {
        return new ActionTally(total, complete, overdue, dueSoon, offTrack, atRisk);
    }

    private static MeasureStanding measure(Rag rag) {
        return new MeasureStanding(OVERSIGHT, "78% (39 of 50)", rag);
    }

    private static final ActionTally ON_TRACK = tally(2, 1, 0, 0, 0, 0);

    @Test
    void aRedMeasureMakesItRedEvenWhenEveryActionIsOnTrackAndSaysWhy() {
        RagVerdict verdict = RagVerdict.of(ON_TRACK, List.of(measure(Rag.RED)));
        assertThat(verdict.rag()).isEqualTo(Rag.RED);
        assertThat(verdict.reasons()).containsExactly(
                "Management oversight within 1 working day: 78% (39 of 50) against a target of ≥ 90%");
    }

    @ParameterizedTest(name = "overdue {0}, off track {1}")
    @CsvSource({"1, 0", "0, 1", "3, 2"})
    void anOverdueOrOffTrackActionMakesItRedEvenWhenTheMeasuresAreGreen(long overdue, long offTrack) {
        RagVerdict verdict = RagVerdict.of(tally(5, 0, overdue, 0, offTrack, 0), List.of(measure(Rag.GREEN)));
        assertThat(verdict.rag()).isEqualTo(Rag.RED);
        assertThat(verdict.reasons()).isNotEmpty();
    }

    @Test
    void redReasonsComeBeforeAmberOnes() {
        RagVerdict verdict = RagVerdict.of(tally(3, 0, 1, 0, 0, 1), List.of(measure(Rag.AMBER)));
        assertThat(verdict.rag()).isEqualTo(Rag.RED);
        assertThat(verdict.reasons()).containsExactly("1 action overdue",
                "Management oversight within 1 working day: 78% (39 of 50) against a target of ≥ 90%",
                "1 action at risk");
    }

    @ParameterizedTest(name = "measure {0}, at risk {1}, due soon {2}")
    @CsvSource({"AMBER, 0, 0", "GREEN, 1, 0", "GREEN, 0, 1", "AMBER, 2, 3"})
    void anAmberMeasureOrAnActionAtRiskOrDueSoonMakesItAmber(Rag measure, long atRisk, long dueSoon) {
        assertThat(RagVerdict.of(tally(4, 0, 0, dueSoon, 0, atRisk), List.of(measure(measure))).rag())
                .isEqualTo(Rag.AMBER);
    }

    @Test
    void nothingToShowIsNotYetEvidencedNeverGreen() {
        assertThat(RagVerdict.of(ActionTally.NONE, List.of()).rag()).isEqualTo(Rag.NOT_EVIDENCED);
        assertThat(RagVerdict.of(ActionTally.NONE, List.of(new MeasureStanding(AUDIT, "No return yet", null))).rag())
                .isEqualTo(Rag.NOT_EVIDENCED);
        assertThat(RagVerdict.of(ActionTally.NONE, List.of(new MeasureStanding(OVERSIGHT, "no data", null))).rag())
                .as("a computed measure without data evidences nothing").isEqualTo(Rag.NOT_EVIDENCED);
    }

    @Test
    void oneActionOrOneMeasureWithDataIsEnoughToBeJudged() {
        assertThat(RagVerdict.of(tally(1, 0, 0, 0, 0, 0), List.of()).rag()).isEqualTo(Rag.GREEN);
        assertThat(RagVerdict.of(ActionTally.NONE, List.of(measure(Rag.GREEN))).rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void greenNeedsEveryMeasureWithDataMetAndEveryActionOnTrackOrComplete() {
        RagVerdict verdict = RagVerdict.of(tally(3, 3, 0, 0, 0, 0),
                List.of(measure(Rag.GREEN), new MeasureStanding(AUDIT, "No return yet", null)));
        assertThat(verdict.rag()).isEqualTo(Rag.GREEN);
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void mostUrgentComesFirstInTheEnum() {
        assertThat(Rag.values()).containsExactly(Rag.RED, Rag.AMBER, Rag.NOT_EVIDENCED, Rag.GREEN);
    }
}
