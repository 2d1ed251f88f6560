package org.lscp.workspace.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.fixtures.MutableClock;

class WorkspaceClockTest {
    private final MutableClock system = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void withoutAChosenInstantItIsTheSystemClock() {
        assertThat(WorkspaceClock.of(null, system)).isSameAs(system);
        assertThat(WorkspaceClock.of("  ", system)).isSameAs(system);
    }

    @Test
    void aChosenInstantIsWhereTheClockStartsAndItRunsOnFromThere() {
        Clock clock = WorkspaceClock.of("2026-12-26T16:59:00Z", system);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-26T16:59:00Z"));
        system.advance(Duration.ofMinutes(2));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-26T17:01:00Z"));
    }

    @Test
    void anOffsetOrALondonWallClockTimeIsReadToo() {
        assertThat(WorkspaceClock.of("2027-03-28T02:30+01:00", system).instant())
                .isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
        // 16:59 in London in summer is 15:59 UTC; in winter it is 16:59 UTC
        assertThat(WorkspaceClock.of("2027-07-02T16:59", system).instant())
                .isEqualTo(Instant.parse("2027-07-02T15:59:00Z"));
        assertThat(WorkspaceClock.of("2026-12-04T16:59", system).instant())
                .isEqualTo(Instant.parse("2026-12-04T16:59:00Z"));
    }

    @Test
    void aMalformedSettingIsRefusedWithAMessageThatSaysWhatToWrite() {
        assertThatThrownBy(() -> WorkspaceClock.of("next saturday", system))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("workspace.clock is \u201cnext saturday\u201d")
                .hasMessageContaining("2026-12-26T16:59:00Z");
        assertThatThrownBy(() -> WorkspaceClock.of("2026-02-30T10:00:00Z", system))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
