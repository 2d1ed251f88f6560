package org.lscp.workspace.domain.frontdoor.model;

/** The level of help a threshold decision applies, lowest first. */
public enum ThresholdLevel {
    NO_FURTHER_ACTION("No further action"),
    UNIVERSAL_SERVICES("Universal services"),
    EARLY_HELP("Early help"),
    CHILD_IN_NEED_ASSESSMENT("Child in need assessment (s17)"),
    STRATEGY_DISCUSSION("Strategy discussion (s47)"),
    IMMEDIATE_PROTECTION("Immediate protection");

    private final String label;

    ThresholdLevel(String label) { this.label = label; }

    public String label() { return label; }

    public boolean atLeast(ThresholdLevel other) {
        return compareTo(other) >= 0;
    }
}
