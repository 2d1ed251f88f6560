package org.lscp.workspace.domain.plan.model;

/** Red / amber / green for a recommendation, derived from its actions (see {@link ActionTally#rag}). */
public enum Rag {
    RED("Red"), AMBER("Amber"), GREEN("Green");

    private final String label;

    Rag(String label) { this.label = label; }

    public String label() { return label; }
}
