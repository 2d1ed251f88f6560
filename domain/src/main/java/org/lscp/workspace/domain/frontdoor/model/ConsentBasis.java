package org.lscp.workspace.domain.frontdoor.model;

/** On what basis information is shared about the child and family. */
public enum ConsentBasis {
    CONSENT_GIVEN("Consent given"),
    NOT_SOUGHT_RISK_OF_HARM("Not sought: seeking it would place the child at risk"),
    REFUSED_OVERRIDDEN("Refused, overridden to protect the child"),
    NOT_REQUIRED("Not required (statutory duty)");

    private final String label;

    ConsentBasis(String label) { this.label = label; }

    public String label() { return label; }
}
