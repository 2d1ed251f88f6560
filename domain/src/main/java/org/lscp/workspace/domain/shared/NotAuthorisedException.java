package org.lscp.workspace.domain.shared;

/** The actor may not do this (wrong role, agency or partnership). */
public final class NotAuthorisedException extends DomainException {
    public NotAuthorisedException(String message) {
        super(message);
    }
}
