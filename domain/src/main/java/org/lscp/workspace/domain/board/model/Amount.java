package org.lscp.workspace.domain.board.model;

import org.lscp.workspace.domain.plan.model.Target;

/** An amount an agency returned: "17.5 children per worker". */
public record Amount(double value, String unit) implements Figure {
    @Override public boolean noData() { return false; }

    @Override public double number() { return value; }

    @Override public String display() {
        return Target.number(value) + (unit.isBlank() ? "" : " " + unit);
    }
}
