package org.lscp.workspace.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClockConfigurationTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ClockConfiguration.class);

    @Test
    void theChosenInstantIsWhereTheApplicationsClockStarts() {
        context.withPropertyValues("workspace.clock=2026-12-26T16:59:00Z").run(app -> {
            Instant now = app.getBean(Clock.class).instant();
            assertThat(Duration.between(Instant.parse("2026-12-26T16:59:00Z"), now)).isBetween(Duration.ZERO,
                    Duration.ofMinutes(1));
        });
    }

    @Test
    void withoutOneItIsTheRealTime() {
        // (blank, whatever the suite itself was started with)
        context.withPropertyValues("workspace.clock=").run(app -> assertThat(Duration.between(Instant.now(), app.getBean(Clock.class).instant()).abs())
                .isLessThan(Duration.ofMinutes(1)));
    }

    @Test
    void aMalformedSettingStopsTheStartWithAMessageSayingWhatToWrite() {
        context.withPropertyValues("workspace.clock=Saturday evening").run(app -> assertThat(app).hasFailed()
                .getFailure().rootCause().hasMessageContaining("workspace.clock is \u201cSaturday evening\u201d")
                .hasMessageContaining("2026-12-26T16:59:00Z"));
    }
}
