package org.lscp.workspace.domain.plan.model;

/** How the board will know the recommendation worked, e.g. "Decisions within timescale" with target "≥ 95%". */
public record SuccessMeasure(String measure, String target) {
}
