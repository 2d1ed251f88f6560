package org.lscp.workspace.domain.plan.model;

import org.jspecify.annotations.Nullable;

/**
 * Where a recommendation's success measure stands today: its live value as written ("78% (39 of 50)") and its RAG
 * against the target — none when the workspace does not compute the measure, has no data for it, or the target is
 * not a percentage.
 */
public record MeasureStanding(SuccessMeasure measure, String value, @Nullable Rag rag) {
    public static MeasureStanding unmeasured(SuccessMeasure measure) {
        return new MeasureStanding(measure, "reported outside the workspace", null);
    }

    /** "Management oversight within 1 working day: 78% (39 of 50) against a target of ≥ 90%". */
    public String reason() {
        return measure.measure() + ": " + value + " against a target of " + measure.target();
    }
}
