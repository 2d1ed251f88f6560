package org.lscp.workspace.domain.frontdoor.model;

import java.time.Instant;
import java.util.Comparator;

/**
 * How the queue is sorted: most urgent first unless the member sorts a column. Ties fall to the newer contact (by
 * id), so paging is stable.
 */
public enum QueueSort {
    MOST_URGENT, RECEIVED_NEWEST, RECEIVED_OLDEST, DUE_SOONEST, DUE_LATEST;

    public Comparator<QueueRow> comparator(Instant now) {
        return switch (this) {
            case MOST_URGENT -> QueueRow.mostUrgentFirst(now);
            case RECEIVED_NEWEST -> Comparator.comparing(QueueRow::receivedAt).reversed().thenComparing(newerFirst());
            case RECEIVED_OLDEST -> Comparator.comparing(QueueRow::receivedAt).thenComparing(newerFirst());
            case DUE_SOONEST -> Comparator.comparing(QueueRow::deadline).thenComparing(newerFirst());
            case DUE_LATEST -> Comparator.comparing(QueueRow::deadline).reversed().thenComparing(newerFirst());
        };
    }

    private static Comparator<QueueRow> newerFirst() {
        return Comparator.comparingLong((QueueRow r) -> r.id().value()).reversed();
    }
}
