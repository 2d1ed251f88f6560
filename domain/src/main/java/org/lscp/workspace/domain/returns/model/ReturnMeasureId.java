package org.lscp.workspace.domain.returns.model;

/** A data-return measure's id. */
public record ReturnMeasureId(long value) {
}
