package org.lscp.workspace.app.config;

import java.time.Clock;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.WorkspaceClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one clock every rule, view and the demo data read: the real time, or the moment chosen with
 * {@code -Dworkspace.clock=2026-12-26T16:59:00Z} (an environment variable WORKSPACE_CLOCK works too), from which it
 * runs on. A malformed setting stops the start with a message saying what to write. With demo data it is a
 * {@link HistoryClock}, which the demo holds in the past on its own thread while it writes its history.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    Clock clock(Environment environment) {
        String chosen = environment.getProperty(WorkspaceClock.SETTING);
        Clock clock = WorkspaceClock.of(chosen, Clock.systemUTC());
        if (clock != Clock.systemUTC() && chosen != null && !chosen.isBlank()) {
            LOG.warn("The clock starts at {} ({} in London), set by {}; it is not the real time.", clock.instant(),
                    London.format(clock.instant()), WorkspaceClock.SETTING);
        }
        return environment.getProperty("workspace.demo-data", Boolean.class, false) ? new HistoryClock(clock) : clock;
    }
}
