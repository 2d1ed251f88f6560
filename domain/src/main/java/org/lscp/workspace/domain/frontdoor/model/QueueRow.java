package org.lscp.workspace.domain.frontdoor.model;

import java.time.Instant;

/** One line of the queue. */
public record QueueRow(ContactId id, String reference, Instant receivedAt, String childName, String sourceAgency,
                       Rag rag, Instant deadline, boolean decided, String assignedTo, int openFlags) {
}
