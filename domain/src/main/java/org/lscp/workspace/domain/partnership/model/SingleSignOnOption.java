package org.lscp.workspace.domain.partnership.model;

import org.lscp.workspace.domain.shared.PartnershipId;

/** A partnership whose members may sign in through its provider, as the sign-in page offers it. */
public record SingleSignOnOption(PartnershipId partnershipId, String partnershipName) {
    private static final String[] SUFFIXES = {" Safeguarding Children Partnership", " Safeguarding Partnership",
            " Partnership"};

    public String registrationId() {
        return SingleSignOn.registrationId(partnershipId);
    }

    /** The partnership's place name, as the button says it: "Enfield" for Enfield Safeguarding Children Partnership. */
    public String shortName() {
        for (String suffix : SUFFIXES) {
            if (partnershipName.endsWith(suffix) && partnershipName.length() > suffix.length()) {
                return partnershipName.substring(0, partnershipName.length() - suffix.length());
            }
        }
        return partnershipName;
    }
}
