package org.lscp.workspace.domain.frontdoor.model;

import java.util.Set;

/** What the contact is about: the kinds of harm, whether the child disclosed it, the account, consent and urgency. */
public record Concern(Set<ConcernCategory> categories, boolean disclosure, String summary, ConsentBasis consent,
                      Rag rag) {
    public Concern {
        categories = Set.copyOf(categories);
    }

    /** Physical or sexual abuse among the categories. */
    public boolean abuse() {
        return categories.stream().anyMatch(ConcernCategory::abuse);
    }

    /** Abuse the child disclosed: the case a strategy discussion must follow. */
    public boolean abuseDisclosed() {
        return disclosure && abuse();
    }
}
