package org.lscp.workspace.domain.board.model;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.plan.model.MeasureStanding;
import org.lscp.workspace.domain.plan.model.Rag;
import org.lscp.workspace.domain.plan.model.SuccessMeasure;
import org.lscp.workspace.domain.plan.model.Target;

/**
 * A recommendation's success measure beside its live figure: the current value over the filter (computed from the
 * records, or the latest agency return), its trend (months, or the returns' periods), the RAG by the measure's rule,
 * where the figure came from, and what stands in its way when there is none or it is stale ({@code warning}, e.g.
 * "The Jul–Sep 2026 return is late: it was due on 15 Oct 2026.").
 */
public record MeasureResult(SuccessMeasure measure, @Nullable MeasureKind kind, boolean higherIsBetter,
                            Figure current, List<Point> trend, @Nullable Rag rag, String provenance,
                            @Nullable String warning) {
    /** Points of trend that must each move the same way to count as worsening or improving (two periods). */
    static final int TREND_STEPS = 2;

    /** One month's or period's value: its label on the chart ("Sep", "Jul–Sep") and the figure. */
    public record Point(String label, Figure value) {
    }

    public MeasureResult {
        trend = List.copyOf(trend);
    }

    /** A figure with no RAG and no trend, and why (a measure to define, a return not yet made). */
    public static MeasureResult without(SuccessMeasure measure, String why, String provenance) {
        return new MeasureResult(measure, null, true, Ratio.NONE, List.of(), null, provenance, why);
    }

    /** Where it stands, for the one RAG rule. */
    public MeasureStanding standing() {
        String value = current.noData() && warning != null ? warning : current.display();
        return new MeasureStanding(measure, value, rag, provenance);
    }

    public Optional<Target> target() {
        return measure.goal();
    }

    /** Worse at each of the last two points than at the one before (the last three all have data). */
    public boolean worsening() {
        return moving(-1);
    }

    /** Better at each of the last two points than at the one before. */
    public boolean improving() {
        return moving(1);
    }

    private boolean moving(int direction) {
        if (trend.size() < TREND_STEPS + 1) return false;
        List<Point> last = trend.subList(trend.size() - TREND_STEPS - 1, trend.size());
        if (last.stream().anyMatch(m -> m.value().noData())) return false;
        boolean up = target().map(t -> !t.upperBound(higherIsBetter)).orElse(higherIsBetter);
        int better = up ? 1 : -1;
        for (int i = 1; i < last.size(); i++) {
            double change = last.get(i).value().number() - last.get(i - 1).value().number();
            if (Math.signum(change) * better != direction) return false;
        }
        return true;
    }
}
