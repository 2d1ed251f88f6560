package org.lscp.workspace.domain.live.port.out;

import org.lscp.workspace.domain.live.model.Change;

/** Tells open views that something changed; delivered once the writing transaction has committed. */
public interface ChangePublisher {
    void publish(Change change);

    ChangePublisher NONE = change -> { };
}
