package org.lscp.workspace.domain.board.service;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.board.model.AnnexARow;
import org.lscp.workspace.domain.board.model.BoardFigures;
import org.lscp.workspace.domain.board.model.DecisionRecord;
import org.lscp.workspace.domain.board.model.MeasureFilter;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.board.port.out.BoardRepository;
import org.lscp.workspace.domain.shared.change.ChangeSubscriptions;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * The board's figures, counted once for everyone who asks at about the same time. Every open dashboard counts its
 * figures again when a partnership's records change, and before a meeting every chair and manager opens it: over a
 * year of a large partnership's records each count takes a third of a second of the database's time. So the figures
 * for a partnership and filter are kept while none of the partnership's records has changed since they were counted
 * (for at most a minute, as lateness is counted as of now), and while records keep changing they are counted again
 * at most once every {@code settle} (1.5 s, the time an open dashboard waits after a change before it refreshes, so
 * its refresh always finds the change counted). While changes from other instances may not arrive (Redis away), the
 * figures are counted again after {@code settle} whatever happened. Ages are measured in real elapsed time, not the
 * workspace's clock (a demo or a test may hold that still). The records behind the figures are always read afresh.
 */
public final class RecentBoardFigures implements BoardRepository {
    private static final int KEPT = 512;
    private final BoardRepository board;
    private final ChangeSubscriptions changes;
    private final long settleNanos;
    private final long longestNanos;
    private final LongSupplier nanoTime;
    private final Map<PartnershipId, AtomicLong> changed = new ConcurrentHashMap<>();
    private final Map<Key, Kept> kept = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
                    return size() > KEPT;
                }
            });

    /**
     * Turns to count, a fixed set shared out by the key's hash: one count at a time per key, and a bounded number of
     * locks however many filters (any date range a member picks) are asked for.
     */
    private final Object[] turns = java.util.stream.Stream.generate(Object::new).limit(64).toArray();

    private record Key(PartnershipId partnership, MeasureFilter filter, boolean monthly) {
    }

    private record Kept(Object figures, long countedAt, long changesSeen) {
    }

    public RecentBoardFigures(BoardRepository board, ChangeSubscriptions changes, Duration settle, Duration longest,
                              LongSupplier nanoTime) {
        this.board = board;
        this.changes = changes;
        this.settleNanos = settle.toNanos();
        this.longestNanos = longest.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public BoardFigures figures(PartnershipId partnership, MeasureFilter filter, Instant now) {
        return (BoardFigures) recent(new Key(partnership, filter, false), () -> board.figures(partnership, filter, now));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<YearMonth, BoardFigures> monthly(PartnershipId partnership, MeasureFilter filter, Instant now) {
        return (Map<YearMonth, BoardFigures>) recent(new Key(partnership, filter, true),
                () -> java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(
                        board.monthly(partnership, filter, now))));
    }

    /**
     * The kept figures while they are recent enough, else counted now; one count at a time per partnership and filter,
     * so those asking while it runs take its result rather than each counting the same again (under the load test,
     * a dozen dashboards opened together each held a database connection for the same three-second count).
     */
    private Object recent(Key key, Supplier<Object> count) {
        Object figures = stillRecent(key);
        if (figures != null) return figures;
        synchronized (turns[Math.floorMod(key.hashCode(), turns.length)]) {
            figures = stillRecent(key); // counted meanwhile by whoever held the turn
            if (figures != null) return figures;
            long changesNow = changesOf(key.partnership());
            long at = nanoTime.getAsLong(); // the count's start: a change made while it runs is not in it
            figures = count.get();
            kept.put(key, new Kept(figures, at, changesNow));
            return figures;
        }
    }

    private @Nullable Object stillRecent(Key key) {
        long changesNow = changesOf(key.partnership());
        Kept k = kept.get(key);
        if (k == null) return null;
        boolean unchanged = k.changesSeen() == changesNow && changes.healthy();
        return nanoTime.getAsLong() - k.countedAt() < (unchanged ? longestNanos : settleNanos) ? k.figures() : null;
    }

    /** How many changes the partnership has had since this instance began listening to it (on its first count). */
    private long changesOf(PartnershipId partnership) {
        AtomicLong count = changed.get(partnership);
        if (count != null) return count.get();
        synchronized (changed) {
            count = changed.get(partnership);
            if (count == null) {
                AtomicLong fresh = new AtomicLong();
                changes.subscribe(partnership, change -> fresh.incrementAndGet()); // kept for the instance's life
                changed.put(partnership, fresh);
                count = fresh;
            }
        }
        return count.get();
    }

    @Override
    public List<DecisionRecord> decisions(PartnershipId partnership, MeasureFilter filter, boolean lateOnly,
                                          Instant now, PageRequest page) {
        return board.decisions(partnership, filter, lateOnly, now, page);
    }

    @Override
    public long countDecisions(PartnershipId partnership, MeasureFilter filter, boolean lateOnly, Instant now) {
        return board.countDecisions(partnership, filter, lateOnly, now);
    }

    @Override
    public List<org.lscp.workspace.domain.board.model.DiscussionRecord> discussions(PartnershipId partnership,
                                                                                   MeasureFilter filter, Instant now,
                                                                                   PageRequest page) {
        return board.discussions(partnership, filter, now, page);
    }

    @Override
    public long countDiscussions(PartnershipId partnership, MeasureFilter filter, Instant now) {
        return board.countDiscussions(partnership, filter, now);
    }

    @Override
    public List<AnnexARow> annexA(PartnershipId partnership, Period period) {
        return board.annexA(partnership, period);
    }
}
