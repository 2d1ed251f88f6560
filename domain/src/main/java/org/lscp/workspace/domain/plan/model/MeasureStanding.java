package org.lscp.workspace.domain.plan.model;

import org.jspecify.annotations.Nullable;

/**
 * Where a recommendation's success measure stands today: its live value as written ("78% (39 of 50)", or why there
 * is none), where the figure came from ("computed from records", "returned by Enfield Council on 3 Oct 2026 from
 * Liquidlogic") and its RAG by the measure's rule — none without a figure.
 */
public record MeasureStanding(SuccessMeasure measure, String value, @Nullable Rag rag, String provenance) {
    public MeasureStanding(SuccessMeasure measure, String value, @Nullable Rag rag) {
        this(measure, value, rag, "");
    }

    /** "Management oversight within 1 working day: 78% (39 of 50) against a target of ≥ 90%". */
    public String reason() {
        return measure.measure() + ": " + value + " against a target of " + measure.target();
    }
}
