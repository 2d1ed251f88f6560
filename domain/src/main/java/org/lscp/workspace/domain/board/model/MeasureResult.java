package org.lscp.workspace.domain.board.model;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.plan.model.MeasureStanding;
import org.lscp.workspace.domain.plan.model.Rag;
import org.lscp.workspace.domain.plan.model.SuccessMeasure;

/**
 * A recommendation's success measure beside its live value: the measure the workspace computes for it (none when
 * it is reported outside the workspace), the current value over the filter, the monthly trend and the RAG against
 * the target (none without data or a percentage target).
 */
public record MeasureResult(SuccessMeasure measure, @Nullable MeasureKind kind, Ratio current,
                            List<MonthValue> trend, @Nullable Rag rag) {
    /** Months of trend that must each move the same way to count as worsening or improving (two periods). */
    static final int TREND_STEPS = 2;

    public record MonthValue(YearMonth month, Ratio value) {
    }

    public MeasureResult {
        trend = List.copyOf(trend);
    }

    public boolean computed() {
        return kind != null;
    }

    /** Where it stands, for the one RAG rule. */
    public MeasureStanding standing() {
        return computed() ? new MeasureStanding(measure, current.display(), rag) : MeasureStanding.unmeasured(measure);
    }

    /** The target read as a percentage, if it is one. */
    public java.util.Optional<Target> target() {
        return Target.parse(measure.target());
    }

    /** Higher is better unless the target is an upper bound ("≤ 5%") or the measure is one where less is better. */
    public boolean higherIsBetter() {
        return target().map(t -> !t.atMost()).orElse(kind == null || kind.higherIsBetter());
    }

    /** Worse in each of the last two months than the month before (the last three months all have data). */
    public boolean worsening() {
        return moving(-1);
    }

    /** Better in each of the last two months than the month before. */
    public boolean improving() {
        return moving(1);
    }

    private boolean moving(int direction) {
        if (!computed() || trend.size() < TREND_STEPS + 1) return false;
        List<MonthValue> last = trend.subList(trend.size() - TREND_STEPS - 1, trend.size());
        if (last.stream().anyMatch(m -> m.value().noData())) return false;
        int better = higherIsBetter() ? 1 : -1;
        for (int i = 1; i < last.size(); i++) {
            double change = last.get(i).value().percent() - last.get(i - 1).value().percent();
            if (Math.signum(change) * better != direction) return false;
        }
        return true;
    }
}
