package org.lscp.workspace.domain.plan.model;

public enum ActionStatus {
    NOT_STARTED("Not started"), ON_TRACK("On track"), AT_RISK("At risk"), OFF_TRACK("Off track"), COMPLETE("Complete");

    private final String label;

    ActionStatus(String label) { this.label = label; }

    public String label() { return label; }
}
