package org.lscp.workspace.domain.notice.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * Something a member should look at: what happened, and the record it is about (its subject, e.g. "contact/42",
 * which the inbox links to; opening it goes through the record's own access rules). Unread until marked read.
 */
public record Notice(@Nullable Long id, PartnershipId partnershipId, MemberId recipient, String text, String subject,
                     Instant createdAt, @Nullable Instant readAt) {
    public boolean unread() {
        return readAt == null;
    }

    /** The live-update subject a member's bell listens to. */
    public static String bellOf(MemberId member) {
        return "notices/" + member.value();
    }
}
