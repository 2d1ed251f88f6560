package org.lscp.workspace.app.live;

import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.lscp.workspace.domain.live.port.out.PresenceRegistry;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Presence shared by several app instances: each open tab is a field of a Redis hash per record, written by the
 * instance that serves it and renewed every few seconds; a field not renewed for {@link #FRESH_FOR_MILLIS} no longer
 * counts, so an instance that stops leaves no one "looking" for long. This instance also keeps its own tabs, and
 * answers from them alone while Redis cannot be reached (live updates are then reported as degraded).
 */
public class RedisPresence implements PresenceRegistry, AutoCloseable {
    static final long FRESH_FOR_MILLIS = 30_000;
    private static final long RENEW_EVERY_MILLIS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(RedisPresence.class);
    private final InProcessPresence local = new InProcessPresence();
    private final RedisChanges redis;
    private final String prefix;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();
    /** This instance's open tabs: field → (hash key, member|name). */
    private final Map<String, String[]> mine = new ConcurrentHashMap<>();
    private final ScheduledExecutorService renew = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "redis-presence-renew");
        t.setDaemon(true);
        return t;
    });

    public RedisPresence(RedisChanges redis, String prefix, Clock clock) {
        this.redis = redis;
        this.prefix = prefix;
        this.clock = clock;
        renew.scheduleWithFixedDelay(this::renewAll, RENEW_EVERY_MILLIS, RENEW_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public AutoCloseable enter(PartnershipId partnership, String subject, MemberId member, String name) {
        AutoCloseable here = local.enter(partnership, subject, member, name);
        String key = key(partnership, subject);
        String field = node + ":" + UUID.randomUUID();
        String[] entry = {key, member.value() + "|" + name};
        mine.put(field, entry);
        write(field, entry);
        return () -> {
            here.close();
            synchronized (entry) {
                // under the entry's lock, so a renewal cannot write the field again after it is deleted
                mine.remove(field);
                redis.commands().ifPresent(c -> quietly(() -> c.hdel(key, field)));
            }
        };
    }

    @Override
    public List<Viewer> viewers(PartnershipId partnership, String subject) {
        var commands = redis.commands();
        if (commands.isEmpty()) return local.viewers(partnership, subject);
        try {
            String key = key(partnership, subject);
            long now = clock.millis();
            List<Viewer> viewers = new ArrayList<>();
            for (var field : commands.get().hgetall(key).entrySet()) {
                String[] parts = field.getValue().split("\\|", 3);
                if (parts.length < 3 || Long.parseLong(parts[0]) < now) {
                    commands.get().hdel(key, field.getKey());
                    continue;
                }
                viewers.add(new Viewer(new MemberId(Long.parseLong(parts[1])), parts[2]));
            }
            return viewers;
        } catch (RuntimeException e) {
            LOG.warn("Presence read from this instance only: Redis failed ({})", e.toString());
            return local.viewers(partnership, subject);
        }
    }

    /** "lscp-workspace:presence:7|contact/42" — the hash of who has the record open. */
    private String key(PartnershipId partnership, String subject) {
        return prefix + partnership.value() + "|" + subject;
    }

    /** The field's value: fresh until, member id, name. */
    private void write(String field, String[] entry) {
        redis.commands().ifPresent(c -> quietly(() -> {
            c.hset(entry[0], field, (clock.millis() + FRESH_FOR_MILLIS) + "|" + entry[1]);
            c.pexpire(entry[0], FRESH_FOR_MILLIS * 2);
        }));
    }

    private void renewAll() {
        mine.forEach((field, entry) -> {
            synchronized (entry) {
                if (mine.get(field) == entry) write(field, entry);
            }
        });
    }

    private static void quietly(Runnable command) {
        try {
            command.run();
        } catch (RuntimeException e) {
            LOG.warn("Presence kept on this instance only: Redis failed ({})", e.toString());
        }
    }

    @Override
    public void close() {
        renew.shutdownNow();
        redis.commands().ifPresent(c -> quietly(() -> mine.forEach((field, entry) -> c.hdel(entry[0], field))));
    }
}
