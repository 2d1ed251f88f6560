package org.lscp.workspace.domain.shared.audit;

import java.time.Instant;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * Someone opened a child's record (a contact, a child's history, an audited case) or was refused it, or was refused
 * another record they may not reach (another agency's data return, say).
 */
public record AccessLogEntry(PartnershipId partnershipId, MemberId who, String whoName, Instant at, String record,
                             boolean allowed) {
    /** The member, at that moment, opened the record (or was refused it). */
    public static AccessLogEntry of(Actor actor, Instant at, String record, boolean allowed) {
        return new AccessLogEntry(actor.partnershipId(), actor.memberId(), actor.name(), at, record, allowed);
    }
}
