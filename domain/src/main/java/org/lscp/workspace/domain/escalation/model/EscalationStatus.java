package org.lscp.workspace.domain.escalation.model;

public enum EscalationStatus {
    OPEN("Open"), RESOLVED("Resolved"), WITHDRAWN("Withdrawn");

    private final String label;

    EscalationStatus(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
