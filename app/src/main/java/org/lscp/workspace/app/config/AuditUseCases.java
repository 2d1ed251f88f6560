package org.lscp.workspace.app.config;

import java.time.Clock;
import org.lscp.workspace.domain.audit.port.in.BrowseAuditTrailQuery;
import org.lscp.workspace.domain.audit.port.out.AuditLog;
import org.lscp.workspace.domain.audit.service.AuditTrailService;
import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.shared.change.ChangePublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit trail: the auditor every writing use case uses, and browsing the trail. Each service is a bean behind
 * its use-case interface, in one transaction per use case (UseCaseTransactions).
 */
@Configuration(proxyBeanMethods = false)
class AuditUseCases {

    @Bean
    Auditor auditor(AuditLog log, Clock clock, ChangePublisher changes) {
        return new Auditor(log, clock, changes);
    }

    @Bean
    BrowseAuditTrailQuery browseAuditTrail(AuditLog log, UseCaseTransactions tx) {
        return tx.wrap(BrowseAuditTrailQuery.class, new AuditTrailService(log));
    }
}
