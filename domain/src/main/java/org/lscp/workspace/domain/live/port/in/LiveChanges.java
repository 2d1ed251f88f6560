package org.lscp.workspace.domain.live.port.in;

import java.util.function.Consumer;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.shared.Actor;

/** An open view listens for changes in the member's own partnership, and nowhere else. */
public interface LiveChanges {
    AutoCloseable listen(Actor actor, Consumer<Change> listener);

    /** Whether changes made on other app instances reach this one (false: live updates are degraded). */
    boolean healthy();
}
