package org.lscp.workspace.domain.plan.model;

/** Where recommendations come from: inspections and reviews. Focused and monitoring visits are not graded. */
public enum InspectionType {
    ILACS("ILACS inspection", "ILACS", true),
    SIF("Single inspection (SIF)", "SIF", true),
    FOCUSED_VISIT("Focused visit", "Focused visit", false),
    MONITORING_VISIT("Monitoring visit", "Monitoring visit", false),
    JTAI("Joint targeted area inspection", "JTAI", false),
    LSCB_REVIEW("LSCB review", "LSCB review", true),
    CHILD_SAFEGUARDING_PRACTICE_REVIEW("Child safeguarding practice review", "CSPR", false),
    PEER_REVIEW("Peer review", "Peer review", false),
    MULTI_AGENCY_AUDIT("Multi-agency audit", "Audit", false);

    private final String label;
    private final String shortLabel;
    private final boolean graded;

    InspectionType(String label, String shortLabel, boolean graded) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.graded = graded;
    }

    public String label() { return label; }

    /** As a citation: "ILACS", "Focused visit", "CSPR". */
    public String shortLabel() { return shortLabel; }

    public boolean graded() { return graded; }
}
