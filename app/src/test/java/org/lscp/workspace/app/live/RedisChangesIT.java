package org.lscp.workspace.app.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.change.Change;

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

    @AfterEach
    void closeAdapter() {
        adapter.close();
    }

    @Test
    void aChangeCrossesToTheOtherInstanceSayingWhoMadeIt() throws Exception {
        try (RedisChanges other = new RedisChanges("redis://127.0.0.1:6379", channel)) {
            List<Change> heardOnOther = new CopyOnWriteArrayList<>();
            try (var listening = other.subscribe(ENFIELD, heardOnOther::add)) {
                Change byMember = new Change(ENFIELD, "contact/31", new org.lscp.workspace.domain.shared.MemberId(7));
                adapter.publish(byMember);
                awaitHeard(heardOnOther, byMember);
                assertThat(heardOnOther.getFirst().by()).isEqualTo(new org.lscp.workspace.domain.shared.MemberId(7));
            }
        }
    }

    @Test
    void aChangeOnOneInstanceReachesTheOthersOpenViews() throws Exception {
        try (RedisChanges other = new RedisChanges("redis://127.0.0.1:6379", channel)) {
            List<Change> heardOnOther = new CopyOnWriteArrayList<>();
            try (var listening = other.subscribe(ENFIELD, heardOnOther::add)) {
                assertThat(adapter.healthy()).isTrue();
                adapter.publish(new Change(ENFIELD, "contact/9"));
                awaitHeard(heardOnOther, new Change(ENFIELD, "contact/9"));
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
            await().atMost(Duration.ofSeconds(5)).alias("healthy again without anyone asking").until(instance::healthy);

            List<Change> heard = new CopyOnWriteArrayList<>();
            try (var listening = adapter.subscribe(ENFIELD, heard::add)) {
                instance.publish(new Change(ENFIELD, "contact/11"));
                awaitHeard(heard, new Change(ENFIELD, "contact/11"));
                assertThat(heard).containsExactly(new Change(ENFIELD, "contact/11"));
            }
        }
    }

    /** A Redis server of this test's own on a free port, so the test may stop it; ready when it answers. */
    private static Process redisServer(int port) throws Exception {
        Process server = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
                try (var socket = new java.net.Socket("127.0.0.1", port)) {
                    return true;
                }
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            server.destroyForcibly();
            throw e;
        }
        return server;
    }

    @Test
    void redisStoppedMidSessionLeavesEachInstanceWorkingAloneUntilItIsBack() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process redis = redisServer(port);
        String url = "redis://127.0.0.1:" + port;
        try (RedisChanges instance = new RedisChanges(url, channel, Duration.ofMillis(200));
             RedisChanges other = new RedisChanges(url, channel, Duration.ofMillis(200))) {
            List<Change> heardHere = new CopyOnWriteArrayList<>();
            List<Change> heardOnOther = new CopyOnWriteArrayList<>();
            try (var here = instance.subscribe(ENFIELD, heardHere::add);
                 var there = other.subscribe(ENFIELD, heardOnOther::add)) {
                assertThat(instance.healthy()).isTrue();

                redis.destroy();
                redis.waitFor();
                await().atMost(Duration.ofSeconds(5)).alias("degraded as soon as the connection is lost")
                        .until(() -> !instance.healthy());
                long start = System.nanoTime();
                instance.publish(new Change(ENFIELD, "contact/21"));
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as("a write is not held up")
                        .isLessThan(Duration.ofSeconds(1));
                awaitHeard(heardHere, new Change(ENFIELD, "contact/21"));
                assertThat(heardHere).as("its own change, delivered by the instance itself")
                        .containsExactly(new Change(ENFIELD, "contact/21"));

                redis = redisServer(port);
                await().atMost(Duration.ofSeconds(15)).alias("sharing again, by themselves")
                        .until(() -> instance.healthy() && other.healthy());
                // the other instance re-subscribes as it reconnects: publish until a change gets through
                await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).until(() -> {
                    instance.publish(new Change(ENFIELD, "contact/22"));
                    return heardOnOther.contains(new Change(ENFIELD, "contact/22"));
                });
                assertThat(heardOnOther).as("changes reach the other instance again")
                        .contains(new Change(ENFIELD, "contact/22")).doesNotContain(new Change(ENFIELD, "contact/21"));
            }
        } finally {
            redis.destroy();
        }
    }
}
