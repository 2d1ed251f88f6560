package org.lscp.workspace.app.config;

import org.lscp.workspace.domain.frontdoor.port.in.DecisionRecords;
import java.time.Clock;
import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.escalation.port.in.EscalationQuery;
import org.lscp.workspace.domain.escalation.port.in.EscalationUseCase;
import org.lscp.workspace.domain.escalation.port.out.EscalationRepository;
import org.lscp.workspace.domain.escalation.port.out.EscalationSettings;
import org.lscp.workspace.domain.escalation.service.EscalationQueryService;
import org.lscp.workspace.domain.escalation.service.EscalationService;
import org.lscp.workspace.domain.escalation.service.StageReminders;
import org.lscp.workspace.domain.frontdoor.port.in.DecideUseCase;
import org.lscp.workspace.domain.shared.audit.AccessLog;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.DecisionRepository;
import org.lscp.workspace.domain.notice.port.in.Reminders;
import org.lscp.workspace.domain.notice.port.in.Notifier;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.partnership.port.out.BankHolidayRepository;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import org.lscp.workspace.domain.plan.port.in.PlanRecords;
import org.lscp.workspace.domain.redaction.port.in.ChildIdentifierUseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Escalations: raising and moving them through their stages, the lists, and stage reminders. Each service is a bean
 * behind its use-case interface, in one transaction per use case (UseCaseTransactions).
 */
@Configuration(proxyBeanMethods = false)
class EscalationUseCases {

    @Bean
    Reminders stageReminders(EscalationRepository escalations, BankHolidayRepository holidays, Notifier notifier,
                             Clock clock, UseCaseTransactions tx) {
        return tx.wrap(Reminders.class, new StageReminders(escalations, holidays, notifier, clock));
    }

    @Bean
    EscalationUseCase escalations(EscalationRepository escalations, EscalationSettings settings,
                                  DecisionRecords decisions, DecideUseCase deciding,
                                  MemberDirectory members, AgencyDirectory agencies,
                                  PlanRecords plan, BankHolidayRepository holidays, Auditor auditor,
                                  Notifier notifier, ChildIdentifierUseCase identifiers, UseCaseTransactions tx) {
        // a decision an escalation changes is recorded by the front door's own use case
        return tx.wrap(EscalationUseCase.class, new EscalationService(escalations, settings, decisions,
                deciding::decide, members, agencies, plan, holidays, auditor, notifier, identifiers));
    }

    @Bean
    EscalationQuery escalationQuery(EscalationRepository escalations, AgencyDirectory agencies,
                                    PlanRecords recommendations, AccessLog accessLog, Auditor auditor,
                                    ChildIdentifierUseCase identifiers, UseCaseTransactions tx) {
        return tx.wrap(EscalationQuery.class, new EscalationQueryService(escalations, agencies,
                recommendations, accessLog, auditor, identifiers));
    }
}
