package org.lscp.workspace.domain.shared;

/**
 * The workspace's records cannot be reached just now (the database does not answer). Nothing was saved: the whole
 * use case was rolled back, so the member can simply try again once it is back.
 */
public final class StorageUnavailableException extends DomainException {
    public static final String MESSAGE =
            "The database is not answering; nothing was saved — try again in a moment.";

    public StorageUnavailableException(Throwable cause) {
        super(MESSAGE);
        initCause(cause);
    }
}
