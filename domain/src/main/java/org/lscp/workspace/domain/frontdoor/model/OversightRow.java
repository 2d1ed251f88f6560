package org.lscp.workspace.domain.frontdoor.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.MemberId;

/**
 * A current decision awaiting a manager's oversight, for the managers' list: oldest first. {@code due} is when
 * oversight is due ({@link FlagRules#oversightDue}); storage leaves it null and the query service works it out.
 */
public record OversightRow(long decisionId, ContactId contactId, String reference, String childName, Rag rag,
                           ThresholdLevel level, MemberId decidedBy, String decidedByName, Instant decidedAt,
                           @Nullable Instant due) {

    public OversightRow withDue(Instant value) {
        return new OversightRow(decisionId, contactId, reference, childName, rag, level, decidedBy, decidedByName,
                decidedAt, value);
    }

    /** Whether this manager may give the oversight: anyone but the manager who decided. */
    public boolean needsAnotherManager(MemberId manager) {
        return decidedBy.equals(manager);
    }
}
