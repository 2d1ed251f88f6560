package org.lscp.workspace.app.live;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default change adapter, for one app instance: a change is delivered to the partnership's open views once
 * the transaction that made it has committed (never for a rolled-back write), or at once outside a transaction.
 */
public class InProcessChanges implements ChangeBus {
    private static final Logger LOG = LoggerFactory.getLogger(InProcessChanges.class);
    private final Map<PartnershipId, List<Consumer<Change>>> listeners = new ConcurrentHashMap<>();

    @Override
    public void publish(Change change) {
        ChangeBus.afterCommit(() -> deliver(change));
    }

    /** Hands the change to this instance's listeners for its partnership. */
    void deliver(Change change) {
        for (Consumer<Change> listener : listeners.getOrDefault(change.partnership(), List.of())) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("A live view failed to take change {}: {}", change.subject(), e.toString());
            }
        }
    }

    @Override
    public AutoCloseable subscribe(PartnershipId partnership, Consumer<Change> listener) {
        listeners.computeIfAbsent(partnership, p -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(partnership, List.of()).remove(listener);
    }
}
