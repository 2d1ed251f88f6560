package org.lscp.workspace.domain.frontdoor.model;

import java.time.Duration;
import java.time.Instant;

/**
 * How pressing a contact is, which its "time left" shows by colour (the words say it too). A RED contact awaiting a
 * decision is always at least {@link #URGENT}, however long is left; AMBER at least {@link #SOON}; only a GREEN
 * contact with eight hours or more to go is {@link #IN_TIME}.
 */
public enum Urgency {
    OVERDUE, URGENT, SOON, IN_TIME, DECIDED;

    /** A deadline with no RAG of its own (oversight due, say): urgent in its last hour, soon in its last eight. */
    public static Urgency of(Instant deadline, Instant now) {
        return of(Rag.GREEN, deadline, false, now);
    }

    public static Urgency of(Rag rag, Instant deadline, boolean decided, Instant now) {
        if (decided) return DECIDED;
        Duration left = Duration.between(now, deadline);
        if (!left.isPositive()) return OVERDUE;
        if (rag == Rag.RED || left.compareTo(Duration.ofHours(1)) < 0) return URGENT;
        if (rag == Rag.AMBER || left.compareTo(Duration.ofHours(8)) < 0) return SOON;
        return IN_TIME;
    }
}
