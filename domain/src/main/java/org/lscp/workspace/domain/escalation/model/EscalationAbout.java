package org.lscp.workspace.domain.escalation.model;

import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.frontdoor.model.ContactId;

/**
 * What an escalation is about: a threshold decision on a contact (all four known), or a case alone (the child's
 * case-system id only). The child's id is absent where the reader may not see it.
 */
public record EscalationAbout(@Nullable ContactId contactId, @Nullable String contactReference,
                              @Nullable Long decisionId, @Nullable String childCaseId) {
    /** About a case, not a recorded contact. */
    public static EscalationAbout aCase(@Nullable String childCaseId) {
        return new EscalationAbout(null, null, null, childCaseId);
    }

    public EscalationAbout withoutChild() {
        return new EscalationAbout(contactId, contactReference, decisionId, null);
    }
}
