package org.lscp.workspace.app.live;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness includes live updates: with Redis configured, the node is not ready while it cannot reach Redis (changes
 * made on other nodes would not reach its members); in one process, always up.
 */
@Component("live")
class LiveHealth implements HealthIndicator {
    private final ChangeBus changes;

    LiveHealth(ChangeBus changes) {
        this.changes = changes;
    }

    @Override
    public Health health() {
        return changes.healthy() ? Health.up().build()
                : Health.down().withDetail("redis", "not answering: live updates between nodes are paused").build();
    }
}
