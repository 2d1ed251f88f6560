package org.lscp.workspace.app.config;

import java.util.List;
import io.micrometer.core.instrument.Metrics;
import java.util.function.IntSupplier;
import org.lscp.workspace.domain.frontdoor.port.in.FlagsUseCase;
import org.lscp.workspace.domain.notice.port.in.Reminders;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * What time alone brings about, checked for every partnership once a minute: flags (a decision overdue, oversight
 * missing) and reminders (a deadline coming up). Every node sweeps; the rules and reminders are idempotent, so two
 * nodes sweeping together change nothing twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "workspace.time-sweep.enabled", havingValue = "true", matchIfMissing = true)
class TimeSweep {
    private static final Logger LOG = LoggerFactory.getLogger(TimeSweep.class);
    private static final int MOST_A_MINUTE = 1_000;
    private final FlagsUseCase flags;
    private final List<Reminders> reminders;
    private final PartnershipRepository partnerships;

    TimeSweep(FlagsUseCase flags, List<Reminders> reminders, PartnershipRepository partnerships) {
        this.flags = flags;
        this.reminders = reminders;
        this.partnerships = partnerships;
    }

    /** Each partnership and each feature on its own: one that fails is logged and retried next minute, not the rest. */
    @Scheduled(fixedDelayString = "${workspace.time-sweep.interval:PT1M}", initialDelayString = "PT30S")
    void sweep() {
        // the operators see how long each sweep takes (workspace.time.sweep) and how many parts failed
        Metrics.timer("workspace.time.sweep").record(this::sweepAll);
    }

    private void sweepAll() {
        for (var partnership : partnerships.ids()) {
            // in batches of a short transaction each (the load run's backlog of 1,000 in one transaction held the
            // rows members were writing for a minute, and with them every database connection): 1,000 contacts at
            // most a minute
            int changed = 0;
            for (int batch = 0; batch < MOST_A_MINUTE / FlagsUseCase.SWEEP_BATCH; batch++) {
                int n = each("flags", partnership, () -> flags.sweepFlags(partnership));
                changed += n;
                if (n < FlagsUseCase.SWEEP_BATCH) break;
            }
            if (changed > 0) LOG.info("Time sweep: {} contact(s) of partnership {} changed", changed, partnership);
            int told = 0;
            for (Reminders r : reminders) told += each("reminders", partnership, () -> r.sendReminders(partnership));
            if (told > 0) LOG.info("Time sweep: {} reminder(s) sent in partnership {}", told, partnership);
        }
    }

    private static int each(String what, Object partnership, IntSupplier sweep) {
        try {
            return sweep.getAsInt();
        } catch (RuntimeException e) {
            Metrics.counter("workspace.time.sweep.failures", "part", what).increment();
            LOG.error("Time sweep: {} of partnership {} failed; the next sweep tries again", what, partnership, e);
            return 0;
        }
    }
}
