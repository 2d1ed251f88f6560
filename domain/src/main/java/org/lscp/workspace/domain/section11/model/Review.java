package org.lscp.workspace.domain.section11.model;

/** Where the challenge panel stands on an answer. */
public enum Review {
    AWAITING("Awaiting the panel"), ACCEPTED("Accepted"), CHALLENGED("Challenged"),
    RESPONDED("Agency responded");

    private final String label;

    Review(String label) { this.label = label; }

    public String label() { return label; }
}
