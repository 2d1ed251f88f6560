package org.lscp.workspace.domain.shared;

/** Someone else changed the record after it was loaded for editing (optimistic locking). */
public final class ConcurrentChangeException extends DomainException {
    public ConcurrentChangeException(String message) {
        super(message);
    }
}
