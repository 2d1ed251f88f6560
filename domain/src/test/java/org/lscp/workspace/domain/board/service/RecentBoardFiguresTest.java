package org.lscp.workspace.domain.board.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.board.model.MeasureFilter;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.fixtures.FixedBoardRepository;
import org.lscp.workspace.domain.fixtures.RecordingChanges;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.PartnershipId;

/** The board's figures are counted once for everyone asking at about the same time, and never miss a change for long. */
class RecentBoardFiguresTest {
    private static final PartnershipId ENFIELD = new PartnershipId(1);
    private static final PartnershipId WALTHAM = new PartnershipId(2);
    private static final Instant NOW = Instant.parse("2026-12-26T18:45:00Z");
    private static final MeasureFilter YEAR = new MeasureFilter(new Period(LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 26)), null);

    private final FixedBoardRepository counted = new FixedBoardRepository();
    private final AtomicLong elapsed = new AtomicLong();
    private final RecordingChanges changes = new RecordingChanges();
    private final RecentBoardFigures recent = new RecentBoardFigures(counted, changes, Duration.ofMillis(1_500),
            Duration.ofMinutes(1), elapsed::get);

    private void later(long millis) {
        elapsed.addAndGet(Duration.ofMillis(millis).toNanos());
    }

    private int counts() {
        return counted.asked().size();
    }

    @Test
    void thoseAskingWhileTheFiguresAreBeingCountedTakeThatCount() throws Exception {
        var started = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        // the database adapter, taking its time over the figures until released
        var slow = (org.lscp.workspace.domain.board.port.out.BoardRepository) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {org.lscp.workspace.domain.board.port.out.BoardRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("figures")) {
                        started.countDown();
                        release.await();
                    }
                    return method.invoke(counted, args);
                });
        var shared = new RecentBoardFigures(slow, changes, Duration.ofMillis(1_500), Duration.ofMinutes(1),
                elapsed::get);
        List<Thread> askers = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r);
            askers.add(t);
            return t;
        })) {
            var first = pool.submit(() -> shared.figures(ENFIELD, YEAR, NOW));
            started.await();
            var others = java.util.stream.IntStream.range(0, 3)
                    .mapToObj(i -> pool.submit(() -> shared.figures(ENFIELD, YEAR, NOW))).toList();
            try {
                // the three others wait for the count in progress (blocked on its turn), rather than counting too
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (askers.stream().filter(t -> t.getState() == Thread.State.BLOCKED).count() < 3) {
                    assertThat(System.nanoTime()).as("the others wait their turn").isLessThan(deadline);
                    Thread.onSpinWait();
                }
            } finally {
                release.countDown();
            }
            var figures = first.get();
            for (var other : others) assertThat(other.get()).isSameAs(figures);
        }
        assertThat(counts()).as("one count for the four who asked").isEqualTo(1);
    }

    @Test
    void whileNothingChangesEveryoneGetsTheSameCountForAMinute() {
        recent.figures(ENFIELD, YEAR, NOW);
        later(59_999);
        recent.figures(ENFIELD, YEAR, NOW);
        recent.monthly(ENFIELD, YEAR, NOW);
        recent.monthly(ENFIELD, YEAR, NOW);
        assertThat(counts()).as("one count of the figures, one of the months").isEqualTo(2);
        later(1);
        recent.figures(ENFIELD, YEAR, NOW);
        assertThat(counts()).as("counted again after a minute, lateness being as of now").isEqualTo(3);
    }

    @Test
    void afterAChangeTheFiguresAreCountedAgainOnceTheChangeHasSettled() {
        recent.figures(ENFIELD, YEAR, NOW);
        later(200);
        changes.publish(new Change(ENFIELD, "contact/7"));
        later(1_299);
        recent.figures(ENFIELD, YEAR, NOW);
        assertThat(counts()).as("within 1.5 s of the last count").isEqualTo(1);
        later(1);
        recent.figures(ENFIELD, YEAR, NOW);
        assertThat(counts()).as("an open dashboard refreshing 1.5 s after the change finds it counted").isEqualTo(2);
        later(10_000);
        recent.figures(ENFIELD, YEAR, NOW);
        assertThat(counts()).as("nothing changed since").isEqualTo(2);
    }

    @Test
    void eachPartnershipAndFilterIsCountedForItselfAndAnotherPartnershipsChangeLeavesItBe() {
        MeasureFilter oneAgency = new MeasureFilter(YEAR.period(), new AgencyId(3));
        recent.figures(ENFIELD, YEAR, NOW);
        recent.figures(ENFIELD, oneAgency, NOW);
        recent.figures(WALTHAM, YEAR, NOW);
        assertThat(counts()).isEqualTo(3);
        changes.publish(new Change(WALTHAM, "contact/8"));
        later(2_000);
        recent.figures(ENFIELD, YEAR, NOW);
        recent.figures(ENFIELD, oneAgency, NOW);
        assertThat(counts()).isEqualTo(3);
        recent.figures(WALTHAM, YEAR, NOW);
        assertThat(counts()).isEqualTo(4);
    }

    @Test
    void whileChangesFromOtherInstancesMayNotArriveTheFiguresAreKeptOnlyBriefly() {
        recent.figures(ENFIELD, YEAR, NOW);
        changes.setHealthy(false);
        later(1_499);
        recent.figures(ENFIELD, YEAR, NOW);
        assertThat(counts()).isEqualTo(1);
        later(1);
        recent.figures(ENFIELD, YEAR, NOW);
        assertThat(counts()).isEqualTo(2);
    }
}
