package org.lscp.workspace.app.config;

import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorUseCase;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Time alone raises some flags (a decision overdue, oversight missing): the rules are re-checked for every
 * partnership once a minute.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "workspace.flag-sweep.enabled", havingValue = "true", matchIfMissing = true)
class FlagSweep {
    private static final Logger LOG = LoggerFactory.getLogger(FlagSweep.class);
    private final FrontDoorUseCase frontDoor;
    private final PartnershipRepository partnerships;

    FlagSweep(FrontDoorUseCase frontDoor, PartnershipRepository partnerships) {
        this.frontDoor = frontDoor;
        this.partnerships = partnerships;
    }

    @Scheduled(fixedDelayString = "${workspace.flag-sweep.interval:PT1M}", initialDelayString = "PT30S")
    void sweep() {
        for (var partnership : partnerships.ids()) {
            int changed = frontDoor.sweepFlags(partnership);
            if (changed > 0) LOG.info("Flag sweep: {} contact(s) of partnership {} changed", changed, partnership);
        }
    }
}
