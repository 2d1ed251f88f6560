package org.lscp.workspace.domain.shared.change;

import java.util.function.Consumer;
import org.lscp.workspace.domain.shared.PartnershipId;

/** Where open views listen for a partnership's changes. */
public interface ChangeSubscriptions {
    /** Closing the returned handle stops the delivery. */
    AutoCloseable subscribe(PartnershipId partnership, Consumer<Change> listener);

    /** False while changes from other app instances cannot arrive (their own still do). */
    default boolean healthy() {
        return true;
    }
}
