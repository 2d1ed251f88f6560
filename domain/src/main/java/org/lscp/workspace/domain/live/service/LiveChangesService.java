package org.lscp.workspace.domain.live.service;

import java.util.function.Consumer;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.live.port.in.LiveChanges;
import org.lscp.workspace.domain.shared.change.ChangeSubscriptions;
import org.lscp.workspace.domain.shared.Actor;

public final class LiveChangesService implements LiveChanges {
    private final ChangeSubscriptions subscriptions;

    public LiveChangesService(ChangeSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public AutoCloseable listen(Actor actor, Consumer<Change> listener) {
        return subscriptions.subscribe(actor.partnershipId(), change -> {
            if (change.partnership().equals(actor.partnershipId())) listener.accept(change);
        });
    }

    @Override
    public boolean healthy() {
        return subscriptions.healthy();
    }
}
