package org.lscp.workspace.domain.caseaudit.model;

/** What a multi-agency case audit looks at. */
public enum AuditTheme {
    NEGLECT("Neglect"), THRESHOLDS("Thresholds"), EXPLOITATION("Child exploitation"),
    DOMESTIC_ABUSE("Domestic abuse"), SEXUAL_ABUSE("Child sexual abuse"), MISSING("Children missing from home");

    private final String label;

    AuditTheme(String label) { this.label = label; }

    public String label() { return label; }
}
