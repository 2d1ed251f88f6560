package org.lscp.workspace.domain.frontdoor.model;

/** Whether the child has a disability, as Annex A List 5 asks; "not known" until someone who knows records it. */
public enum Disability {
    YES("Yes", "a) Yes"),
    NO("No", "b) No"),
    NOT_KNOWN("Not known", "c) Not known");

    private final String label;
    private final String annexA;

    Disability(String label, String annexA) {
        this.label = label;
        this.annexA = annexA;
    }

    public String label() { return label; }

    /** As Annex A writes it. */
    public String annexA() { return annexA; }
}
