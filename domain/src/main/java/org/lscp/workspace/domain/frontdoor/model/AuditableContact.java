package org.lscp.workspace.domain.frontdoor.model;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.AgencyId;

/** A contact as a case audit reads it: the child, when it came, and the agencies that knew the child through it. */
public record AuditableContact(ContactId id, String reference, String childName, @Nullable String childCaseId,
                               Instant receivedAt, Set<AgencyId> agencies) {
    public AuditableContact {
        agencies = Set.copyOf(agencies);
    }
}
