package org.lscp.workspace.app.config;

import org.lscp.workspace.domain.frontdoor.service.DiscussionService;
import org.lscp.workspace.domain.frontdoor.service.EnquiryImportService;
import org.lscp.workspace.domain.frontdoor.port.in.ImportEnquiriesUseCase;
import org.lscp.workspace.domain.frontdoor.port.out.StrategyDiscussionRepository;
import org.lscp.workspace.domain.frontdoor.port.in.StrategyDiscussionUseCase;
import org.lscp.workspace.domain.frontdoor.service.DecisionRecordsService;
import java.time.Clock;
import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.frontdoor.port.in.CaseworkUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.DecideUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.FlagsUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.RecordContactUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.ImportContactsUseCase;
import org.lscp.workspace.domain.shared.audit.AccessLog;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.ContactMeasures;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.DecisionRepository;
import org.lscp.workspace.domain.frontdoor.port.out.FlagRepository;
import org.lscp.workspace.domain.frontdoor.port.out.FrontDoorSettings;
import org.lscp.workspace.domain.frontdoor.service.ContactImportService;
import org.lscp.workspace.domain.frontdoor.service.DecisionReminders;
import org.lscp.workspace.domain.frontdoor.service.FrontDoorQueryService;
import org.lscp.workspace.domain.frontdoor.service.CaseworkService;
import org.lscp.workspace.domain.frontdoor.service.DecisionService;
import org.lscp.workspace.domain.frontdoor.service.FlagKeeper;
import org.lscp.workspace.domain.frontdoor.service.FlagService;
import org.lscp.workspace.domain.frontdoor.service.RecordContactService;
import org.lscp.workspace.domain.notice.port.in.Reminders;
import org.lscp.workspace.domain.notice.port.in.Notifier;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.partnership.port.out.BankHolidayRepository;
import org.lscp.workspace.domain.plan.port.in.PlanRecords;
import org.lscp.workspace.domain.shared.TableReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The front door: recording contacts, the MASH's casework, deciding, flags, importing, the queue, and decision
 * reminders. Each service is a bean behind its use-case interface, in one transaction per use case
 * (UseCaseTransactions).
 */
@Configuration(proxyBeanMethods = false)
class FrontDoorUseCases {

    /** Reminders of what falls due soon, one per feature, each sweep of a partnership in its own transaction. */
    @Bean
    Reminders decisionReminders(ContactRepository contacts, Notifier notifier, Clock clock,
                                UseCaseTransactions tx) {
        return tx.wrap(Reminders.class, new DecisionReminders(contacts, notifier, clock));
    }

    /** What every front-door use case that changes a contact ends with: its flags, and the board's measures. */
    @Bean
    FlagKeeper flagKeeper(ContactRepository contacts, DecisionRepository decisions, FlagRepository flags,
                          Auditor auditor, ContactMeasures measures, StrategyDiscussionRepository discussions,
                          FrontDoorSettings settings) {
        return new FlagKeeper(contacts, decisions, flags, auditor, measures, discussions, settings);
    }

    /** How other features read a decision and its contact (read-only, in their transactions). */
    @Bean
    DecisionRecordsService decisionRecords(ContactRepository contacts, DecisionRepository decisions,
                                           CheckRepository checks, StrategyDiscussionRepository discussions) {
        return new DecisionRecordsService(contacts, decisions, checks, discussions);
    }

    @Bean
    RecordContactUseCase recordContact(ContactRepository contacts, FrontDoorSettings settings,
                                       BankHolidayRepository holidays, AgencyDirectory agencies,
                                       PlanRecords recommendations, Auditor auditor, FlagKeeper keeper,
                                       ContactMeasures measures, UseCaseTransactions tx) {
        return tx.wrap(RecordContactUseCase.class, new RecordContactService(contacts, settings, holidays, agencies,
                recommendations, auditor, keeper, measures));
    }

    @Bean
    DecideUseCase decide(ContactRepository contacts, DecisionRepository decisions, CheckRepository checks,
                         PlanRecords recommendations, BankHolidayRepository holidays, Auditor auditor,
                         Notifier notifier, FlagKeeper keeper, ContactMeasures measures, UseCaseTransactions tx) {
        return tx.wrap(DecideUseCase.class, new DecisionService(contacts, decisions, checks, recommendations,
                holidays, auditor, notifier, keeper, measures));
    }

    @Bean
    CaseworkUseCase casework(ContactRepository contacts, CheckRepository checks, AgencyDirectory agencies,
                             BankHolidayRepository holidays, Auditor auditor, Notifier notifier, FlagKeeper keeper,
                             UseCaseTransactions tx) {
        return tx.wrap(CaseworkUseCase.class, new CaseworkService(contacts, checks, agencies, holidays, auditor,
                notifier, keeper));
    }

    @Bean
    FlagsUseCase flags(FlagRepository flags, ContactRepository contacts, BankHolidayRepository holidays,
                       Auditor auditor, FlagKeeper keeper, ContactMeasures measures, UseCaseTransactions tx) {
        return tx.wrap(FlagsUseCase.class, new FlagService(flags, contacts, holidays, auditor, keeper, measures));
    }

    @Bean
    ImportContactsUseCase importContacts(TableReader reader, ContactRepository contacts, AgencyDirectory agencies,
                                         FrontDoorSettings settings, Auditor auditor, UseCaseTransactions tx) {
        return tx.wrap(ImportContactsUseCase.class,
                new ContactImportService(reader, contacts, agencies, settings, auditor));
    }

    @Bean
    ImportEnquiriesUseCase importEnquiries(TableReader reader, ContactRepository contacts,
                                           StrategyDiscussionRepository discussions, Auditor auditor,
                                           UseCaseTransactions tx) {
        return tx.wrap(ImportEnquiriesUseCase.class, new EnquiryImportService(reader, contacts, discussions, auditor));
    }

    @Bean
    StrategyDiscussionUseCase strategyDiscussions(StrategyDiscussionRepository discussions, ContactRepository contacts,
                                                  DecisionRepository decisions, CheckRepository checks,
                                                  AgencyDirectory agencies, AccessLog accessLog, Auditor auditor,
                                                  Notifier notifier, BankHolidayRepository holidays,
                                                  FlagKeeper keeper, UseCaseTransactions tx) {
        return tx.wrap(StrategyDiscussionUseCase.class, new DiscussionService(discussions, contacts, decisions, checks,
                agencies, accessLog, auditor, notifier, holidays, keeper));
    }

    @Bean
    FrontDoorQuery frontDoorQuery(ContactRepository contacts, DecisionRepository decisions, FlagRepository flags,
                                  CheckRepository checks, AccessLog accessLog, AgencyDirectory agencies,
                                  PlanRecords recommendations, Auditor auditor,
                                  FrontDoorSettings settings, BankHolidayRepository holidays,
                                  StrategyDiscussionRepository discussions, UseCaseTransactions tx) {
        return tx.wrap(FrontDoorQuery.class, new FrontDoorQueryService(contacts, decisions, flags,
                checks, accessLog, agencies, recommendations, auditor, settings, holidays, discussions));
    }
}
