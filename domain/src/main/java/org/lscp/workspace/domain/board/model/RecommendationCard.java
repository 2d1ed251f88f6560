package org.lscp.workspace.domain.board.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.plan.model.ActionTally;
import org.lscp.workspace.domain.plan.model.ProgressUpdate;
import org.lscp.workspace.domain.plan.model.Rag;
import org.lscp.workspace.domain.plan.model.RagVerdict;
import org.lscp.workspace.domain.plan.model.Recommendation;

/**
 * One recommendation on the dashboard, named with its source ("ILACS 2019 · 1"): its success measures live, its
 * actions, its RAG by the plan's one rule, and the latest judgement. For the recommendations that need the board
 * (off track or drifting) it carries why: the overdue actions and their leads, and the latest progress note.
 */
public record RecommendationCard(Recommendation recommendation, String source, ActionTally actions,
                                 List<MeasureResult> measures, @Nullable AssuranceJudgement latest,
                                 @Nullable Reasons reasons) {
    /** Most urgent first: by RAG, worsening before steady, then by source and number. */
    public static final Comparator<RecommendationCard> MOST_URGENT_FIRST = Comparator
            .comparing((RecommendationCard c) -> c.rag())
            .thenComparing(c -> !c.worsening())
            .thenComparing(RecommendationCard::source)
            .thenComparingInt(c -> c.recommendation().number());

    /** An action past its due date, with its lead. */
    public record LateAction(String description, String leadName, LocalDate due) {
    }

    /** What the board reads under an exception. */
    public record Reasons(List<LateAction> overdue, @Nullable ProgressUpdate latestProgress) {
        public Reasons {
            overdue = List.copyOf(overdue);
        }
    }

    public RecommendationCard {
        measures = List.copyOf(measures);
    }

    public RecommendationCard withReasons(Reasons reasons) {
        return new RecommendationCard(recommendation, source, actions, measures, latest, reasons);
    }

    public RagVerdict verdict() {
        return RagVerdict.of(actions, measures.stream().map(MeasureResult::standing).toList());
    }

    public Rag rag() {
        return verdict().rag();
    }

    /** A computed measure has worsened two months running. */
    public boolean worsening() {
        return measures.stream().anyMatch(MeasureResult::worsening);
    }

    /** A computed measure has improved two months running, and none is worsening. */
    public boolean improving() {
        return !worsening() && measures.stream().anyMatch(MeasureResult::improving);
    }

    /** Off track (red) or drifting (amber, or a measure worsening two months running): it needs the board. */
    public boolean needsTheBoard() {
        return rag() == Rag.RED || rag() == Rag.AMBER || worsening();
    }

    /** Off track, in the summary's words. */
    public boolean offTrack() {
        return rag() == Rag.RED;
    }
}
