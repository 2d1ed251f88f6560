package org.lscp.workspace.domain.live.port.out;

import java.util.List;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;

/** Who has which record open right now (a member with two tabs open counts once). */
public interface PresenceRegistry {
    /** Closing the returned handle marks the member as gone from the record (for that tab). */
    AutoCloseable enter(PartnershipId partnership, String subject, MemberId member, String name);

    /** The members with the record open, by name. */
    List<Viewer> viewers(PartnershipId partnership, String subject);

    record Viewer(MemberId member, String name) {
    }
}
