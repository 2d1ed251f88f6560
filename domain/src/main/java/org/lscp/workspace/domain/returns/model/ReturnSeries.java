package org.lscp.workspace.domain.returns.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the board reads for a data-return measure: the current return of each of its latest periods (oldest first)
 * and, when the latest period's return is overdue, that period and its due day.
 */
public record ReturnSeries(ReturnMeasure measure, List<DataReturn> returns, @Nullable ReturnPeriod latePeriod) {
    public ReturnSeries {
        returns = List.copyOf(returns);
    }

    /** The day the late period's return was due; none when nothing is late. */
    public @Nullable LocalDate lateDue() {
        return latePeriod == null ? null : measure.due(latePeriod);
    }

    public @Nullable DataReturn latest() {
        return returns.isEmpty() ? null : returns.getLast();
    }
}
