package org.lscp.workspace.domain.frontdoor.model;

/** Annex A gender codes. */
public enum Gender {
    MALE("a) Male", "Male"), FEMALE("b) Female", "Female"), NOT_STATED("c) Not stated/recorded", "Not stated"),
    NEITHER("d) Neither", "Neither");

    private final String annexA;
    private final String label;

    Gender(String annexA, String label) {
        this.annexA = annexA;
        this.label = label;
    }

    public String annexA() { return annexA; }

    public String label() { return label; }
}
