package org.lscp.workspace.domain.board.model;

public enum AssuranceLevel {
    ASSURED("Assured"), PARTIALLY_ASSURED("Partially assured"), NOT_ASSURED("Not assured");

    private final String label;

    AssuranceLevel(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
