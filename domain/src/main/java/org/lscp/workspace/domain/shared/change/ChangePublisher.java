package org.lscp.workspace.domain.shared.change;


/** Tells open views that something changed; delivered once the writing transaction has committed. */
public interface ChangePublisher {
    void publish(Change change);

    ChangePublisher NONE = change -> { };
}
