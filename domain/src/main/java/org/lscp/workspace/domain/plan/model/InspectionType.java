package org.lscp.workspace.domain.plan.model;

/** Where recommendations come from: inspections and reviews. Focused and monitoring visits are not graded. */
public enum InspectionType {
    ILACS("ILACS inspection", true),
    SIF("Single inspection (SIF)", true),
    FOCUSED_VISIT("Focused visit", false),
    MONITORING_VISIT("Monitoring visit", false),
    JTAI("Joint targeted area inspection", false),
    LSCB_REVIEW("LSCB review", true),
    CHILD_SAFEGUARDING_PRACTICE_REVIEW("Child safeguarding practice review", false),
    PEER_REVIEW("Peer review", false),
    MULTI_AGENCY_AUDIT("Multi-agency audit", false);

    private final String label;
    private final boolean graded;

    InspectionType(String label, boolean graded) {
        this.label = label;
        this.graded = graded;
    }

    public String label() { return label; }

    public boolean graded() { return graded; }
}
