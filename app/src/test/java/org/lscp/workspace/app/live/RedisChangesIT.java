package org.lscp.workspace.app.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.live.model.Change;

/**
 * The Redis adapter against the change contract, on the Redis server at 127.0.0.1:6379 (a channel of its own per
 * test); two adapters stand for two app instances; an unreachable Redis leaves an instance working alone.
 */
class RedisChangesIT extends ChangesContract {
    private final String channel = "lscp-test:" + System.nanoTime();
    private final RedisChanges adapter = new RedisChanges("redis://127.0.0.1:6379", channel);

    @Override
    @SuppressWarnings("unchecked")
    RedisChanges adapter() {
        return adapter;
    }

    @Override
    void settle() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void closeAdapter() {
        adapter.close();
    }

    @Test
    void aChangeOnOneInstanceReachesTheOthersOpenViews() throws Exception {
        try (RedisChanges other = new RedisChanges("redis://127.0.0.1:6379", channel)) {
            List<Change> heardOnOther = new CopyOnWriteArrayList<>();
            try (var listening = other.subscribe(ENFIELD, heardOnOther::add)) {
                assertThat(adapter.healthy()).isTrue();
                adapter.publish(new Change(ENFIELD, "contact/9"));
                settle();
                assertThat(heardOnOther).containsExactly(new Change(ENFIELD, "contact/9"));
            }
        }
    }

    @Test
    void withoutRedisAnInstanceKeepsWorkingAloneAndSaysSo() throws Exception {
        try (RedisChanges alone = new RedisChanges("redis://127.0.0.1:1", channel)) {
            List<Change> heard = new CopyOnWriteArrayList<>();
            try (var listening = alone.subscribe(ENFIELD, heard::add)) {
                assertThat(alone.healthy()).isFalse();
                alone.publish(new Change(ENFIELD, "contact/10"));
                assertThat(heard).containsExactly(new Change(ENFIELD, "contact/10"));
            }
        }
    }

    @Test
    void anInstanceThatLostRedisGetsBackToSharingByItself() throws Exception {
        try (RedisChanges instance = new RedisChanges("redis://127.0.0.1:6379", channel, Duration.ofMillis(200))) {
            assertThat(instance.healthy()).isTrue();
            instance.degrade("a test cut it off");
            assertThat(instance.healthy()).isFalse();
            long giveUp = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!instance.healthy() && System.nanoTime() < giveUp) Thread.sleep(50);
            assertThat(instance.healthy()).as("healthy again without anyone asking").isTrue();

            List<Change> heard = new CopyOnWriteArrayList<>();
            try (var listening = adapter.subscribe(ENFIELD, heard::add)) {
                instance.publish(new Change(ENFIELD, "contact/11"));
                settle();
                assertThat(heard).containsExactly(new Change(ENFIELD, "contact/11"));
            }
        }
    }
}
