package org.lscp.workspace.domain.frontdoor.model;

/** A contact's priority: it sets the decision deadline. */
public enum Rag {
    RED("Red"), AMBER("Amber"), GREEN("Green");

    private final String label;

    Rag(String label) { this.label = label; }

    public String label() { return label; }
}
