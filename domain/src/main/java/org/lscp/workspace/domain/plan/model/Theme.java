package org.lscp.workspace.domain.plan.model;

/** What a recommendation is about; later issues suggest recommendations by theme. */
public enum Theme {
    THRESHOLDS("Thresholds"), FRONT_DOOR("Front door"), ASSESSMENT_QUALITY("Assessment quality"),
    PLANNING("Planning"), CASELOADS_WORKFORCE("Caseloads and workforce"),
    MANAGEMENT_OVERSIGHT("Management oversight"), PERFORMANCE_DATA("Performance data"),
    EXPLOITATION("Exploitation"), MISSING_CHILDREN("Missing children"), PRIVATE_FOSTERING("Private fostering"),
    CARE_LEAVERS("Care leavers"), VOICE_OF_CHILD("Voice of the child"), GOVERNANCE("Governance");

    private final String label;

    Theme(String label) { this.label = label; }

    public String label() { return label; }
}
