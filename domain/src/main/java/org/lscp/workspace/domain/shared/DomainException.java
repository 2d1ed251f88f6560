package org.lscp.workspace.domain.shared;

/** A rule of the domain was not met; the message is written for the member who caused it. */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }
}
