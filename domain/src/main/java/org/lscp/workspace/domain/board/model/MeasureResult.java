package org.lscp.workspace.domain.board.model;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.plan.model.Rag;
import org.lscp.workspace.domain.plan.model.SuccessMeasure;

/**
 * A recommendation's success measure beside its live value: the measure the workspace computes for it (none when
 * it is reported outside the workspace), the current value over the filter, the monthly trend and the RAG against
 * the target (none without data or a percentage target).
 */
public record MeasureResult(SuccessMeasure measure, @Nullable MeasureKind kind, Ratio current,
                            List<MonthValue> trend, @Nullable Rag rag) {
    public record MonthValue(YearMonth month, Ratio value) {
    }

    public MeasureResult {
        trend = List.copyOf(trend);
    }

    public boolean computed() {
        return kind != null;
    }
}
