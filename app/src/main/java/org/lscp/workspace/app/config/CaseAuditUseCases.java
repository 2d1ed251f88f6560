package org.lscp.workspace.app.config;

import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.caseaudit.port.in.AuditedFigures;
import org.lscp.workspace.domain.caseaudit.port.in.CaseAuditUseCase;
import org.lscp.workspace.domain.caseaudit.port.out.CaseAuditRepository;
import org.lscp.workspace.domain.caseaudit.service.CaseAuditService;
import org.lscp.workspace.domain.frontdoor.port.in.ContactSamples;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.StrategyDiscussionRepository;
import org.lscp.workspace.domain.frontdoor.service.ContactSampleService;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import org.lscp.workspace.domain.plan.port.in.ManageActionsUseCase;
import org.lscp.workspace.domain.plan.port.in.PlanActions;
import org.lscp.workspace.domain.plan.port.in.PlanRecords;
import org.lscp.workspace.domain.redaction.port.in.ChildIdentifierUseCase;
import org.lscp.workspace.domain.shared.audit.AccessLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Multi-agency case audits; the board reads their grades. One service behind each port. */
@Configuration(proxyBeanMethods = false)
class CaseAuditUseCases {

    /** Held, not registered as itself (it implements two ports), so each port below is one unambiguous bean. */
    record CaseAudits(CaseAuditService service) {
    }

    /** How a case audit draws its sample from the front door's contacts (in the audit's transaction). */
    @Bean
    ContactSamples contactSamples(ContactRepository contacts, CheckRepository checks,
                                  StrategyDiscussionRepository discussions, UseCaseTransactions tx) {
        return tx.wrap(ContactSamples.class, new ContactSampleService(contacts, checks, discussions));
    }

    @Bean
    CaseAudits caseAudits(CaseAuditRepository audits, ContactSamples contacts, AgencyDirectory agencies,
                          MemberDirectory members, PlanRecords plan, ManageActionsUseCase actions,
                          AccessLog accessLog, ChildIdentifierUseCase identifiers, Auditor auditor) {
        // the plan's own use case, seen only as what it offers other features
        PlanActions planActions = actions::add;
        return new CaseAudits(new CaseAuditService(audits, contacts, agencies, members, plan, planActions,
                accessLog, identifiers, auditor));
    }

    @Bean
    CaseAuditUseCase caseAuditUseCase(CaseAudits audits, UseCaseTransactions tx) {
        return tx.wrap(CaseAuditUseCase.class, audits.service());
    }

    @Bean
    AuditedFigures auditedFigures(CaseAudits audits, UseCaseTransactions tx) {
        return tx.wrap(AuditedFigures.class, audits.service());
    }
}
