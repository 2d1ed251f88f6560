package org.lscp.workspace.domain.live.service;

import java.util.List;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.live.port.in.Presence;
import org.lscp.workspace.domain.shared.change.ChangePublisher;
import org.lscp.workspace.domain.live.port.out.PresenceRegistry;
import org.lscp.workspace.domain.shared.change.SubjectAccess;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.NotFoundException;

public final class PresenceService implements Presence {
    private final PresenceRegistry registry;
    private final ChangePublisher changes;
    private final SubjectAccess access;

    public PresenceService(PresenceRegistry registry, ChangePublisher changes, SubjectAccess access) {
        this.registry = registry;
        this.changes = changes;
        this.access = access;
    }

    /** Only a member who may see the record learns, or tells, who is looking at it. */
    private void requireAccess(Actor actor, String subject) {
        if (!access.maySee(actor, subject)) throw new NotFoundException("Record not found, or not one you may see.");
    }

    @Override
    public AutoCloseable enter(Actor actor, String subject) {
        requireAccess(actor, subject);
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
        requireAccess(actor, subject);
        return registry.viewers(actor.partnershipId(), subject).stream()
                .filter(v -> !v.member().equals(actor.memberId())).map(PresenceRegistry.Viewer::name).distinct()
                .sorted().toList();
    }
}
