package org.lscp.workspace.domain.shared;

/** The record does not exist in the actor's partnership. */
public final class NotFoundException extends DomainException {
    public NotFoundException(String message) {
        super(message);
    }
}
