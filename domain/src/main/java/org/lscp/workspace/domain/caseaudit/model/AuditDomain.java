package org.lscp.workspace.domain.caseaudit.model;

/** What the group grades in each case: the multi-agency practice, domain by domain. */
public enum AuditDomain {
    RECOGNITION_OF_RISK("Recognition of risk"), ASSESSMENT("Assessment"), PLANNING("Planning"),
    JOINT_WORKING("Joint working"), VOICE_OF_CHILD("Voice of the child"),
    MANAGEMENT_OVERSIGHT("Management oversight"), IMPACT("Impact");

    private final String label;

    AuditDomain(String label) { this.label = label; }

    public String label() { return label; }
}
