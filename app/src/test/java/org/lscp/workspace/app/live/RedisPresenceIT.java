package org.lscp.workspace.app.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.live.port.out.PresenceRegistry.Viewer;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;

/** Presence over the Redis server at 127.0.0.1:6379: two adapters stand for two app instances. */
class RedisPresenceIT {
    private static final PartnershipId ENFIELD = new PartnershipId(1);
    private static final PartnershipId WALTHAM_FOREST = new PartnershipId(2);
    private final String channel = "lscp-test:" + System.nanoTime();
    private final RedisChanges firstRedis = new RedisChanges("redis://127.0.0.1:6379", channel);
    private final RedisChanges secondRedis = new RedisChanges("redis://127.0.0.1:6379", channel);
    private final RedisPresence first = new RedisPresence(firstRedis, channel + ":presence:", Clock.systemUTC());
    private final RedisPresence second = new RedisPresence(secondRedis, channel + ":presence:", Clock.systemUTC());

    @AfterEach
    void close() {
        first.close();
        second.close();
        firstRedis.close();
        secondRedis.close();
    }

    @Test
    void whoHasARecordOpenOnOneInstanceIsSeenOnTheOtherUntilTheyLeave() throws Exception {
        AutoCloseable sam = first.enter(ENFIELD, "contact/42", new MemberId(5), "Sam Okafor");
        AutoCloseable dan = second.enter(ENFIELD, "contact/42", new MemberId(6), "Dan Price");
        assertThat(second.viewers(ENFIELD, "contact/42")).containsExactlyInAnyOrder(
                new Viewer(new MemberId(5), "Sam Okafor"), new Viewer(new MemberId(6), "Dan Price"));
        assertThat(second.viewers(ENFIELD, "contact/43")).isEmpty();
        assertThat(second.viewers(WALTHAM_FOREST, "contact/42")).isEmpty();

        sam.close();
        assertThat(second.viewers(ENFIELD, "contact/42")).containsExactly(new Viewer(new MemberId(6), "Dan Price"));
        dan.close();
        assertThat(first.viewers(ENFIELD, "contact/42")).isEmpty();
    }

    @Test
    void anInstanceThatStoppedRenewingNoLongerCountsItsViewers() throws Exception {
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofMinutes(5)), ZoneOffset.UTC);
        try (RedisPresence stopped = new RedisPresence(firstRedis, channel + ":presence:", past)) {
            stopped.enter(ENFIELD, "contact/42", new MemberId(5), "Sam Okafor");
            first.enter(ENFIELD, "contact/42", new MemberId(6), "Dan Price");
            assertThat(second.viewers(ENFIELD, "contact/42")).as("the fresh entry counts, the stale one does not")
                    .containsExactly(new Viewer(new MemberId(6), "Dan Price"));
        }
    }

    @Test
    void withoutRedisAnInstanceStillSeesItsOwnViewers() throws Exception {
        try (RedisChanges down = new RedisChanges("redis://127.0.0.1:1", channel);
             RedisPresence alone = new RedisPresence(down, channel + ":presence:", Clock.systemUTC())) {
            AutoCloseable sam = alone.enter(ENFIELD, "contact/42", new MemberId(5), "Sam Okafor");
            assertThat(alone.viewers(ENFIELD, "contact/42")).containsExactly(new Viewer(new MemberId(5), "Sam Okafor"));
            sam.close();
            assertThat(alone.viewers(ENFIELD, "contact/42")).isEmpty();
        }
    }
}
