package org.lscp.workspace.domain.escalation.model;

public enum EscalationOutcome {
    DECISION_UPHELD("Decision upheld"), DECISION_CHANGED("Decision changed"), OTHER("Other outcome");

    private final String label;

    EscalationOutcome(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
