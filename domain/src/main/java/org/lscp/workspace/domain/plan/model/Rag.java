package org.lscp.workspace.domain.plan.model;

/**
 * Red / amber / green for a recommendation (see {@link RagVerdict} for the one rule that derives it) or for a success
 * measure against its target; most urgent first. "Not yet evidenced" is a recommendation's only: nothing shows yet
 * whether it is working, which is never green.
 */
public enum Rag {
    RED("Red"), AMBER("Amber"), NOT_EVIDENCED("Not yet evidenced"), GREEN("Green");

    private final String label;

    Rag(String label) { this.label = label; }

    public String label() { return label; }
}
