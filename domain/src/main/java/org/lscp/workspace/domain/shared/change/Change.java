package org.lscp.workspace.domain.shared.change;

import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.MemberId;

import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * Something in a partnership changed: the subject names what a view would show it under ("contact/42",
 * "escalation/7", "plan/recommendations/12"), and {@code by} the member who made it (none for the system's own
 * changes), so a page can tell a member's own change from someone else's. It carries no data: a view that cares
 * reads again through its use case, which checks what the member may see.
 */
public record Change(PartnershipId partnership, String subject, @Nullable MemberId by) {

    /** A change made by the system (a sweep, a notice), or whose maker does not matter. */
    public Change(PartnershipId partnership, String subject) {
        this(partnership, subject, null);
    }

    /**
     * Whether another member made this change: not {@code member}, and not the system (whose changes follow a
     * member's own within the same use case, such as the flags a decision raises or clears).
     */
    public boolean byAnotherMemberThan(MemberId member) {
        return by != null && !by.equals(member);
    }

    public static String contact(long id) {
        return "contact/" + id;
    }

    public static String escalation(long id) {
        return "escalation/" + id;
    }

    public static String recommendation(long id) {
        return "plan/recommendations/" + id;
    }

    /** An action is shown on its recommendation's page. */
    public static String action(long recommendation, long action) {
        return recommendation(recommendation) + "/actions/" + action;
    }

    public boolean about(String prefix) {
        return subject.startsWith(prefix);
    }
}
