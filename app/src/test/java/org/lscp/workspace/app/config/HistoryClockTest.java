package org.lscp.workspace.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class HistoryClockTest {
    private static final Instant NOW = Instant.parse("2026-12-26T16:59:00Z");
    private static final Instant PAST = Instant.parse("2026-03-02T09:30:00Z");
    private final HistoryClock clock = new HistoryClock(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void holdsThePastOnTheDemosThreadOnlyAndOnlyWhileItWrites() throws Exception {
        assertThat(clock.instant()).isEqualTo(NOW);
        Instant seenElsewhere = clock.at(PAST, () -> {
            assertThat(clock.instant()).as("the demo's thread").isEqualTo(PAST);
            return CompletableFuture.supplyAsync(clock::instant).join();
        });
        assertThat(seenElsewhere).as("another thread meanwhile (a member, the minute sweep)").isEqualTo(NOW);
        assertThat(clock.instant()).as("after the write").isEqualTo(NOW);
    }

    @Test
    void aWriteInsideAnotherReturnsToTheOuterMoment() {
        Instant later = PAST.plusSeconds(3_600);
        clock.run(PAST, () -> {
            clock.run(later, () -> assertThat(clock.instant()).isEqualTo(later));
            assertThat(clock.instant()).isEqualTo(PAST);
        });
        assertThat(clock.instant()).isEqualTo(NOW);
    }

    @Test
    void aFailedWriteLetsTheClockGo() {
        try {
            clock.run(PAST, () -> {
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // the use case refused
        }
        assertThat(clock.instant()).isEqualTo(NOW);
    }
}
