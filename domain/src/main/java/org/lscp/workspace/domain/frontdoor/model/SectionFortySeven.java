package org.lscp.workspace.domain.frontdoor.model;

/** What the strategy discussion decided about a section 47 enquiry. */
public enum SectionFortySeven {
    SINGLE_AGENCY("Section 47 enquiry by children's social care"),
    JOINT_WITH_POLICE("Joint section 47 enquiry with the police"),
    NONE("No section 47 enquiry");

    private final String label;

    SectionFortySeven(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether an enquiry starts, and so an initial child protection conference is due unless deemed unnecessary. */
    public boolean startsAnEnquiry() {
        return this != NONE;
    }
}
