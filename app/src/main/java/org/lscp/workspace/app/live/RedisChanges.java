package org.lscp.workspace.app.live;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change adapter for several app instances: a committed change is published on a Redis channel, and every
 * instance (this one too) delivers what it hears to its own open views. If Redis cannot be reached the instance
 * keeps working alone: it delivers its own changes itself, reports live updates as degraded, and Lettuce keeps
 * reconnecting in the background.
 */
public class RedisChanges implements ChangeBus, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RedisChanges.class);
    private final InProcessChanges local = new InProcessChanges();
    private final RedisClient client;
    private final String channel;
    private static final ScheduledExecutorService RETRY = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "redis-changes-reconnect");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean healthy = new AtomicBoolean(false);
    private volatile boolean closed;
    private volatile ScheduledFuture<?> reconnecting;
    private volatile StatefulRedisConnection<String, String> publisher;
    private volatile StatefulRedisPubSubConnection<String, String> subscriber;

    private final Duration retryEvery;

    public RedisChanges(String url, String channel) {
        this(url, channel, Duration.ofSeconds(5));
    }

    RedisChanges(String url, String channel, Duration retryEvery) {
        this.channel = channel;
        this.retryEvery = retryEvery;
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(Duration.ofSeconds(1));
        this.client = RedisClient.create(uri);
        // while Redis is away a publish fails at once (rather than waiting in a queue for a reconnect), so this
        // instance delivers its own changes itself; a lost connection makes the instance degraded immediately
        client.setOptions(ClientOptions.builder().autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(io.lettuce.core.TimeoutOptions.enabled(Duration.ofSeconds(1)))
                .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(1)).build()).build());
        client.addListener(new io.lettuce.core.RedisConnectionStateListener() {
            @Override
            public void onRedisDisconnected(io.lettuce.core.RedisChannelHandler<?, ?> connection) {
                if (!closed && healthy.get()) degrade("the connection to Redis was lost");
            }
        });
        if (!connect()) retry();
    }

    /** Keeps trying to be healthy again in the background, never on a member's request. */
    private synchronized void retry() {
        if (reconnecting != null && !reconnecting.isDone()) return;
        reconnecting = RETRY.scheduleWithFixedDelay(() -> {
            if (connect()) reconnecting.cancel(false);
        }, retryEvery.toMillis(), retryEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Redis failed us: deliver this instance's changes locally, say so, and work at getting back. */
    void degrade(String why) {
        healthy.set(false);
        LOG.warn("Live updates are degraded: {}", why);
        retry();
    }

    /** Subscribes, then opens the publishing connection; healthy only when both worked. */
    private synchronized boolean connect() {
        if (healthy.get()) return true;
        try {
            if (subscriber == null) {
                StatefulRedisPubSubConnection<String, String> pubSub = client.connectPubSub();
                pubSub.addListener(new RedisPubSubAdapter<>() {
                    @Override
                    public void message(String from, String message) {
                        if (channel.equals(from)) hear(message);
                    }
                });
                try {
                    pubSub.sync().subscribe(channel);
                } catch (RuntimeException e) {
                    pubSub.close();
                    throw e;
                }
                subscriber = pubSub;
            }
            if (publisher == null) publisher = client.connect();
            publisher.sync().ping();
            healthy.set(true);
            LOG.info("Live updates shared through Redis channel {}", channel);
            return true;
        } catch (RuntimeException e) {
            healthy.set(false);
            LOG.warn("Live updates are degraded: Redis cannot be reached ({}); this instance delivers its own changes "
                    + "only and keeps trying", e.getMessage());
            return false;
        }
    }

    @Override
    public void publish(Change change) {
        ChangeBus.afterCommit(() -> send(change));
    }

    private void send(Change change) {
        StatefulRedisConnection<String, String> connection = publisher;
        if (!healthy.get() || connection == null) {
            local.deliver(change);
            return;
        }
        connection.async().publish(channel, change.partnership().value() + "|" + change.subject() + "|"
                        + (change.by() == null ? "" : change.by().value()))
                .whenComplete((receivers, failure) -> {
                    if (failure != null) {
                        degrade("publishing to Redis failed (" + failure + ")");
                        local.deliver(change);
                    }
                });
    }

    /** "partnership|subject|by" (by empty for the system's changes). */
    private void hear(String message) {
        int bar = message.indexOf('|');
        int last = message.lastIndexOf('|');
        if (bar < 1 || last == bar) return;
        try {
            String by = message.substring(last + 1);
            local.deliver(new Change(new PartnershipId(Long.parseLong(message.substring(0, bar))),
                    message.substring(bar + 1, last), by.isEmpty() ? null : new MemberId(Long.parseLong(by))));
        } catch (NumberFormatException e) {
            LOG.warn("Ignored a malformed change on {}: {}", channel, message);
        }
    }

    @Override
    public AutoCloseable subscribe(PartnershipId partnership, Consumer<Change> listener) {
        return local.subscribe(partnership, listener);
    }

    /** The command connection while Redis is reachable (for presence); empty when live updates are degraded. */
    Optional<RedisCommands<String, String>> commands() {
        StatefulRedisConnection<String, String> connection = publisher;
        return healthy() && connection != null && connection.isOpen() ? Optional.of(connection.sync())
                : Optional.empty();
    }

    @Override
    public boolean healthy() {
        return healthy.get() && subscriber != null && subscriber.isOpen();
    }

    @Override
    public void close() {
        closed = true;
        if (reconnecting != null) reconnecting.cancel(false);
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
