package org.lscp.workspace.domain.caseaudit.model;

/** Ofsted's four-point scale. */
public enum Grade {
    OUTSTANDING("Outstanding"), GOOD("Good"), REQUIRES_IMPROVEMENT("Requires improvement"),
    INADEQUATE("Inadequate");

    private final String label;

    Grade(String label) { this.label = label; }

    public String label() { return label; }

    public boolean goodOrBetter() {
        return this == OUTSTANDING || this == GOOD;
    }
}
