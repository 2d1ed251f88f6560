package org.lscp.workspace.domain.section11.model;

/** How an agency rates itself against a Section 11 standard (RAG: green, amber, red). */
public enum Rating {
    MET("Met"), PARTLY_MET("Partly met"), NOT_MET("Not met");

    private final String label;

    Rating(String label) { this.label = label; }

    public String label() { return label; }
}
