package org.lscp.workspace.app.config;

import org.lscp.workspace.domain.plan.service.PlanRecordsService;
import java.time.Clock;
import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.notice.port.in.Reminders;
import org.lscp.workspace.domain.notice.port.in.Notifier;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.partnership.port.out.BankHolidayRepository;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import org.lscp.workspace.domain.plan.port.in.ImportPlanUseCase;
import org.lscp.workspace.domain.plan.port.in.ManageActionsUseCase;
import org.lscp.workspace.domain.plan.port.in.ManageInspectionsUseCase;
import org.lscp.workspace.domain.plan.port.in.ManageRecommendationsUseCase;
import org.lscp.workspace.domain.plan.port.in.ViewPlanQuery;
import org.lscp.workspace.domain.plan.port.out.ActionRepository;
import org.lscp.workspace.domain.plan.port.out.InspectionRepository;
import org.lscp.workspace.domain.plan.port.out.RecommendationRepository;
import org.lscp.workspace.domain.plan.service.ActionReminders;
import org.lscp.workspace.domain.plan.service.ActionService;
import org.lscp.workspace.domain.plan.service.InspectionService;
import org.lscp.workspace.domain.plan.service.PlanImportService;
import org.lscp.workspace.domain.plan.service.PlanQueryService;
import org.lscp.workspace.domain.plan.service.RecommendationService;
import org.lscp.workspace.domain.redaction.port.in.ChildIdentifierUseCase;
import org.lscp.workspace.domain.shared.TableReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The improvement plan: inspections, recommendations, actions, the plan view, its import, and action reminders.
 * Each service is a bean behind its use-case interface, in one transaction per use case (UseCaseTransactions).
 */
@Configuration(proxyBeanMethods = false)
class PlanUseCases {

    /** How the other features read the plan (read-only, in their transactions). */
    @Bean
    PlanRecordsService planRecords(RecommendationRepository recommendations, ActionRepository actions,
                                   InspectionRepository inspections) {
        return new PlanRecordsService(recommendations, actions, inspections);
    }

    @Bean
    Reminders actionReminders(ActionRepository actions, BankHolidayRepository holidays, Notifier notifier,
                              Clock clock, UseCaseTransactions tx) {
        return tx.wrap(Reminders.class, new ActionReminders(actions, holidays, notifier, clock));
    }

    @Bean
    ManageInspectionsUseCase manageInspections(InspectionRepository inspections, Auditor auditor,
                                               UseCaseTransactions tx) {
        return tx.wrap(ManageInspectionsUseCase.class, new InspectionService(inspections, auditor));
    }

    @Bean
    ManageRecommendationsUseCase manageRecommendations(RecommendationRepository recommendations,
                                                       InspectionRepository inspections, MemberDirectory members,
                                                       AgencyDirectory agencies,
                                                       org.lscp.workspace.domain.plan.port.out.MeasureCatalogue catalogue,
                                                       Auditor auditor, UseCaseTransactions tx) {
        return tx.wrap(ManageRecommendationsUseCase.class,
                new RecommendationService(recommendations, inspections, members, agencies, catalogue, auditor));
    }

    @Bean
    ManageActionsUseCase manageActions(ActionRepository actions, RecommendationRepository recommendations,
                                       MemberDirectory members, AgencyDirectory agencies, Auditor auditor,
                                       ChildIdentifierUseCase identifiers, UseCaseTransactions tx) {
        return tx.wrap(ManageActionsUseCase.class,
                new ActionService(actions, recommendations, members, agencies, auditor, identifiers));
    }

    @Bean
    ViewPlanQuery viewPlan(InspectionRepository inspections, RecommendationRepository recommendations,
                           ActionRepository actions, MemberDirectory members, AgencyDirectory agencies,
                           BankHolidayRepository holidays, BoardUseCases.Board board, Auditor auditor,
                           ChildIdentifierUseCase identifiers, UseCaseTransactions tx) {
        return tx.wrap(ViewPlanQuery.class, new PlanQueryService(inspections, recommendations,
                actions, members, agencies, holidays, board.service(), auditor, identifiers));
    }

    @Bean
    ImportPlanUseCase importPlan(TableReader reader, InspectionRepository inspections,
                                 RecommendationRepository recommendations, ActionRepository actions,
                                 MemberDirectory members, AgencyDirectory agencies, Auditor auditor,
                                 UseCaseTransactions tx) {
        return tx.wrap(ImportPlanUseCase.class, new PlanImportService(reader, inspections,
                recommendations, actions, members, agencies, auditor));
    }
}
