package org.lscp.workspace.app.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lscp.workspace.domain.live.port.out.PresenceRegistry;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * Presence inside this app instance: each open tab is an entry until its view closes (or its session ends).
 * Viewers on other instances are not seen here.
 */
class InProcessPresence implements PresenceRegistry {
    private final Map<String, List<Viewer>> open = new ConcurrentHashMap<>();

    @Override
    public AutoCloseable enter(PartnershipId partnership, String subject, MemberId member, String name) {
        String key = partnership.value() + "|" + subject;
        Viewer viewer = new Viewer(member, name);
        open.compute(key, (k, viewers) -> {
            List<Viewer> now = viewers == null ? new ArrayList<>() : new ArrayList<>(viewers);
            now.add(viewer);
            return List.copyOf(now);
        });
        return () -> open.computeIfPresent(key, (k, viewers) -> {
            List<Viewer> now = new ArrayList<>(viewers);
            now.remove(viewer);
            return now.isEmpty() ? null : List.copyOf(now);
        });
    }

    @Override
    public List<Viewer> viewers(PartnershipId partnership, String subject) {
        return open.getOrDefault(partnership.value() + "|" + subject, List.of());
    }
}
