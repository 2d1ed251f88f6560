package org.lscp.workspace.domain.frontdoor.model;

import java.time.Instant;
import java.util.Comparator;

/**
 * One line of the queue. {@code sourceAgency} is the agency's full name, {@code sourceAgencyLabel} what a busy list
 * shows (its short name where it has one). {@code emergencyDuty}: a RED contact out of hours, for the emergency duty
 * team (see {@link DecisionTimescales#emergencyDuty}); storage leaves it false and the query service works it out.
 */
public record QueueRow(ContactId id, String reference, Instant receivedAt, String childName, String sourceAgency,
                       String sourceAgencyLabel, Rag rag, Instant deadline, boolean decided, String assignedTo,
                       int openFlags, boolean emergencyDuty) {

    public QueueRow(ContactId id, String reference, Instant receivedAt, String childName, String sourceAgency,
                    String sourceAgencyLabel, Rag rag, Instant deadline, boolean decided, String assignedTo,
                    int openFlags) {
        this(id, reference, receivedAt, childName, sourceAgency, sourceAgencyLabel, rag, deadline, decided, assignedTo,
                openFlags, false);
    }

    public QueueRow withEmergencyDuty(boolean value) {
        return new QueueRow(id, reference, receivedAt, childName, sourceAgency, sourceAgencyLabel, rag, deadline,
                decided, assignedTo, openFlags, value);
    }

    /**
     * The queue's order, most urgent first: contacts awaiting a decision before decided ones; among those awaiting,
     * the overdue first — red before amber before green, then the longest overdue — and then the rest by deadline,
     * soonest first (when two are due at once, red before amber before green, then the earlier recorded). Decided contacts follow, most recently
     * received first. Storage adapters sort the same way.
     */
    public static Comparator<QueueRow> mostUrgentFirst(Instant now) {
        Comparator<QueueRow> awaitingFirst = Comparator.comparing(QueueRow::decided);
        Comparator<QueueRow> overdueFirst = Comparator.comparing(r -> r.decided() || r.deadline().isAfter(now));
        Comparator<QueueRow> redFirstWhenOverdue = Comparator.comparingInt(
                r -> r.decided() || r.deadline().isAfter(now) ? 0 : r.rag().ordinal());
        Comparator<QueueRow> soonestDeadline = Comparator.comparing(r -> r.decided() ? Instant.MIN : r.deadline());
        Comparator<QueueRow> redFirstAtOnce = Comparator.comparingInt(r -> r.decided() ? 0 : r.rag().ordinal());
        Comparator<QueueRow> newestDecided = Comparator.comparing(r -> r.decided() ? r.receivedAt() : Instant.MIN,
                Comparator.reverseOrder());
        return awaitingFirst.thenComparing(overdueFirst).thenComparing(redFirstWhenOverdue)
                .thenComparing(soonestDeadline).thenComparing(redFirstAtOnce).thenComparing(newestDecided)
                .thenComparingLong(r -> r.decided() ? -r.id().value() : r.id().value());
    }

    public boolean overdue(Instant now) {
        return !decided && !deadline.isAfter(now);
    }
}
