package org.lscp.workspace.domain.frontdoor.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One line of the flags queue: the open flag with what a manager needs to judge it at a glance: the contact, the
 * child (by initials), its RAG, where it came from, the current decision and who made it.
 */
public record FlagRow(long id, FlagType type, Instant raisedAt, ContactId contactId, String reference,
                      String childName, Rag rag, String sourceAgency, String sourceAgencyLabel,
                      @Nullable ThresholdLevel decision, @Nullable String decidedBy) {

    /**
     * The flags queue's order: the serious flags (a disclosure not progressed, a medical not considered) first, then
     * the rest; within each, the newest first, so a disclosure flagged today is at the top, not after June's.
     */
    public static Comparator<FlagRow> mostSeriousFirst() {
        return Comparator.comparing((FlagRow r) -> !r.type().serious())
                .thenComparing(FlagRow::raisedAt, Comparator.reverseOrder())
                .thenComparing(FlagRow::id, Comparator.reverseOrder());
    }

    /** The child's initials, e.g. "A. S." for "Aisha Smith": enough to tell rows apart, no more (words only). */
    public String childInitials() {
        return Arrays.stream(childName.strip().split("[\\s-]+")).filter(w -> !w.isEmpty() && Character.isLetter(w.codePointAt(0)))
                .map(w -> w.codePoints().limit(1).mapToObj(Character::toString).collect(Collectors.joining())
                        .toUpperCase(java.util.Locale.ROOT) + ".")
                .collect(Collectors.joining(" "));
    }
}
