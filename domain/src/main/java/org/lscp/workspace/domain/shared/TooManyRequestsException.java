package org.lscp.workspace.domain.shared;

/** A member asked for more costly work (reports, exports) than the workspace does for one member at a time. */
public final class TooManyRequestsException extends DomainException {
    public TooManyRequestsException(String message) {
        super(message);
    }
}
