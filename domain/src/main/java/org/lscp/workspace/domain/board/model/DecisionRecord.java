package org.lscp.workspace.domain.board.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.shared.AgencyId;

/**
 * One contact behind "decisions within the RAG deadline", pseudonymised: the contact's reference, never the
 * child's name or id. {@code sourceAgency} is null for a contact from no partner agency (its {@code source} says where
 * it came from). {@code firstDecisionAt} is null while undecided (and then it is late: it is past its deadline).
 */
public record DecisionRecord(ContactId contact, String reference, @Nullable AgencyId sourceAgency,
                             ContactSource source, Rag rag, Instant receivedAt,
                             Instant deadline, @Nullable Instant firstDecisionAt, @Nullable ThresholdLevel level) {
    public boolean inTime() {
        return firstDecisionAt != null && !firstDecisionAt.isAfter(deadline);
    }
}
