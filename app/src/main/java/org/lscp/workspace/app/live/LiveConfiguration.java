package org.lscp.workspace.app.live;

import java.time.Clock;
import org.lscp.workspace.domain.live.port.out.PresenceRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One instance: changes stay in process. Several instances behind a sticky load balancer: set
 * {@code workspace.live.redis-url} (e.g. redis://127.0.0.1:6379) on each, and they share changes and presence over
 * Redis.
 */
@Configuration
class LiveConfiguration {
    @Bean
    ChangeBus changes(@Value("${workspace.live.redis-url:}") String redisUrl,
                      @Value("${workspace.live.redis-channel:lscp-workspace:changes}") String channel) {
        return redisUrl.isBlank() ? new InProcessChanges() : new RedisChanges(redisUrl, channel);
    }

    /** Who has a record open: over the same Redis as the changes when there is one (keys beside the channel). */
    @Bean
    PresenceRegistry presenceRegistry(ChangeBus changes, Clock clock,
                                      @Value("${workspace.live.redis-channel:lscp-workspace:changes}") String channel) {
        return changes instanceof RedisChanges redis ? new RedisPresence(redis, channel + ":presence:", clock)
                : new InProcessPresence();
    }
}
