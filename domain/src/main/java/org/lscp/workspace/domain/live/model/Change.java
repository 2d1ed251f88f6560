package org.lscp.workspace.domain.live.model;

import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * Something in a partnership changed: the subject names what a view would show it under ("contact/42",
 * "escalation/7", "plan/recommendations/12"). It carries no data: a view that cares reads again through its use case,
 * which checks what the member may see.
 */
public record Change(PartnershipId partnership, String subject) {
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
