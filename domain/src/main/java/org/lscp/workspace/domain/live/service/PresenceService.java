package org.lscp.workspace.domain.live.service;

import java.util.List;
import org.lscp.workspace.domain.live.model.Change;
import org.lscp.workspace.domain.live.port.in.Presence;
import org.lscp.workspace.domain.live.port.out.ChangePublisher;
import org.lscp.workspace.domain.live.port.out.PresenceRegistry;
import org.lscp.workspace.domain.shared.Actor;

public final class PresenceService implements Presence {
    private final PresenceRegistry registry;
    private final ChangePublisher changes;

    public PresenceService(PresenceRegistry registry, ChangePublisher changes) {
        this.registry = registry;
        this.changes = changes;
    }

    @Override
    public AutoCloseable enter(Actor actor, String subject) {
        AutoCloseable here = registry.enter(actor.partnershipId(), subject, actor.memberId(), actor.name());
        Change change = new Change(actor.partnershipId(), Presence.of(subject));
        changes.publish(change);
        return () -> {
            here.close();
            changes.publish(change);
        };
    }

    @Override
    public List<String> others(Actor actor, String subject) {
        return registry.viewers(actor.partnershipId(), subject).stream()
                .filter(v -> !v.member().equals(actor.memberId())).map(PresenceRegistry.Viewer::name).distinct()
                .sorted().toList();
    }
}
