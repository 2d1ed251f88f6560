package org.lscp.workspace.domain.plan.model;

public enum Judgement {
    OUTSTANDING("Outstanding"), GOOD("Good"), REQUIRES_IMPROVEMENT("Requires improvement"), INADEQUATE("Inadequate");

    private final String label;

    Judgement(String label) { this.label = label; }

    public String label() { return label; }
}
