package org.lscp.workspace.domain.shared;

/**
 * The workspace's records cannot be reached just now (the database does not answer). Nothing was saved: the whole
 * use case was rolled back, so the member can simply try again once it is back.
 */
public final class StorageUnavailableException extends DomainException {
    public static final String MESSAGE =
            "The database is not answering; nothing was saved — try again in a moment.";
    public static final String BUSY =
            "The workspace is very busy just now; nothing was saved — try again in a moment.";

    private final boolean busy;

    /** The database could not be reached. */
    public StorageUnavailableException(Throwable cause) {
        this(false, cause);
    }

    private StorageUnavailableException(boolean busy, Throwable cause) {
        super(busy ? BUSY : MESSAGE);
        this.busy = busy;
        initCause(cause);
    }

    /** Whether the database answered but the workspace was too busy (rather than the database being away). */
    public boolean busy() {
        return busy;
    }

    /** The database answers, but every connection to it was in use for longer than an action may wait. */
    public static StorageUnavailableException busy(Throwable cause) {
        return new StorageUnavailableException(true, cause);
    }
}
