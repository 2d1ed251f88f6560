package org.lscp.workspace.app.config;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.lscp.workspace.domain.audit.port.in.BrowseAuditTrailQuery;
import org.lscp.workspace.domain.audit.port.out.AuditLog;
import org.lscp.workspace.domain.audit.service.AuditTrailService;
import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.partnership.port.in.ProvisionPartnershipUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.partnership.port.in.SecondFactorUseCase;
import org.lscp.workspace.domain.partnership.port.out.SecondFactorRepository;
import org.lscp.workspace.domain.partnership.service.SecondFactorService;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.partnership.port.out.LoginThrottleRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberSessions;
import org.lscp.workspace.domain.partnership.port.in.SessionsUseCase;
import org.lscp.workspace.domain.partnership.model.AddressThrottle;
import org.lscp.workspace.domain.partnership.service.SessionService;
import org.lscp.workspace.domain.partnership.port.out.CommonPasswords;
import org.lscp.workspace.domain.partnership.port.in.ChangePasswordUseCase;
import org.lscp.workspace.domain.partnership.model.PasswordPolicy;
import org.lscp.workspace.domain.partnership.service.ChangePasswordService;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.lscp.workspace.domain.partnership.port.out.PasswordHasher;
import org.lscp.workspace.domain.partnership.service.AgencyService;
import org.lscp.workspace.domain.partnership.service.MemberService;
import org.lscp.workspace.domain.partnership.service.ProvisioningService;
import org.lscp.workspace.domain.partnership.service.SignInService;
import org.lscp.workspace.domain.partnership.port.in.ManageBankHolidaysUseCase;
import org.lscp.workspace.domain.partnership.port.out.BankHolidayRepository;
import org.lscp.workspace.domain.partnership.service.BankHolidayService;
import org.lscp.workspace.domain.plan.port.in.ImportPlanUseCase;
import org.lscp.workspace.domain.plan.port.in.ManageActionsUseCase;
import org.lscp.workspace.domain.plan.port.in.ManageInspectionsUseCase;
import org.lscp.workspace.domain.plan.port.in.ManageRecommendationsUseCase;
import org.lscp.workspace.domain.plan.port.in.ViewPlanQuery;
import org.lscp.workspace.domain.plan.port.out.ActionRepository;
import org.lscp.workspace.domain.plan.port.out.InspectionRepository;
import org.lscp.workspace.domain.plan.port.out.RecommendationRepository;
import org.lscp.workspace.domain.plan.service.ActionService;
import org.lscp.workspace.domain.plan.service.InspectionService;
import org.lscp.workspace.domain.plan.service.PlanImportService;
import org.lscp.workspace.domain.plan.service.PlanQueryService;
import org.lscp.workspace.domain.plan.service.RecommendationService;
import org.lscp.workspace.domain.shared.TableReader;
import org.lscp.workspace.domain.board.port.in.AnnexAExportUseCase;
import org.lscp.workspace.domain.board.port.in.AssuranceUseCase;
import org.lscp.workspace.domain.board.port.out.AnnexAWriter;
import org.lscp.workspace.domain.board.service.AnnexAExportService;
import org.lscp.workspace.domain.board.service.LimitedBoardFiles;
import org.lscp.workspace.domain.shared.CostlyRequests;
import org.lscp.workspace.domain.board.port.in.BoardQuery;
import org.lscp.workspace.domain.board.port.in.BoardReportUseCase;
import org.lscp.workspace.domain.board.port.out.BoardReportRenderer;
import org.lscp.workspace.domain.board.port.out.BoardRepository;
import org.lscp.workspace.domain.board.port.out.JudgementRepository;
import org.lscp.workspace.domain.board.service.BoardService;
import org.lscp.workspace.domain.escalation.port.in.EscalationQuery;
import org.lscp.workspace.domain.live.port.in.LiveChanges;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.comment.port.in.CommentUseCase;
import org.lscp.workspace.domain.comment.port.out.CommentRepository;
import org.lscp.workspace.domain.comment.service.CommentService;
import org.lscp.workspace.domain.notice.port.in.Notices;
import org.lscp.workspace.domain.notice.port.out.NoticeRepository;
import org.lscp.workspace.domain.notice.service.NoticeService;
import org.lscp.workspace.domain.notice.service.NoticeSender;
import org.lscp.workspace.domain.notice.service.Notifier;
import org.lscp.workspace.domain.notice.port.in.Reminders;
import org.lscp.workspace.domain.frontdoor.service.DecisionReminders;
import org.lscp.workspace.domain.escalation.service.StageReminders;
import org.lscp.workspace.domain.plan.service.ActionReminders;
import org.lscp.workspace.domain.live.port.in.Presence;
import org.lscp.workspace.domain.live.port.out.SubjectAccess;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.live.port.out.PresenceRegistry;
import org.lscp.workspace.domain.live.service.PresenceService;
import org.lscp.workspace.domain.live.port.out.ChangePublisher;
import org.lscp.workspace.domain.live.port.out.ChangeSubscriptions;
import org.lscp.workspace.domain.live.service.LiveChangesService;
import org.lscp.workspace.domain.escalation.port.in.EscalationUseCase;
import org.lscp.workspace.domain.escalation.port.out.EscalationRepository;
import org.lscp.workspace.domain.escalation.port.out.EscalationSettings;
import org.lscp.workspace.domain.escalation.service.EscalationQueryService;
import org.lscp.workspace.domain.escalation.service.EscalationService;
import org.lscp.workspace.domain.settings.port.in.ManageSettingsUseCase;
import org.lscp.workspace.domain.settings.port.out.SettingsRepository;
import org.lscp.workspace.domain.settings.service.SettingsService;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.ImportContactsUseCase;
import org.lscp.workspace.domain.frontdoor.service.ContactImportService;
import org.lscp.workspace.domain.frontdoor.port.out.AccessLog;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.DecisionRepository;
import org.lscp.workspace.domain.frontdoor.port.out.FlagRepository;
import org.lscp.workspace.domain.frontdoor.port.out.FrontDoorSettings;
import org.lscp.workspace.domain.frontdoor.service.FrontDoorQueryService;
import org.lscp.workspace.domain.frontdoor.service.ContactSubjects;
import org.lscp.workspace.domain.plan.service.PlanSubjects;
import org.lscp.workspace.domain.escalation.service.EscalationSubjects;
import org.lscp.workspace.domain.frontdoor.service.FrontDoorService;
import org.lscp.workspace.domain.redaction.port.in.ChildIdentifierUseCase;
import org.lscp.workspace.domain.redaction.port.out.ChildRecords;
import org.lscp.workspace.domain.redaction.port.out.KeptIdentifiers;
import org.lscp.workspace.domain.redaction.service.ChildIdentifierService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The domain's services are plain Java; here each becomes a bean behind its use-case interface, inside a
 * transaction that spans the whole use case (the write and its audit entry commit or roll back together).
 */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    Auditor auditor(AuditLog log, Clock clock, ChangePublisher changes) {
        return new Auditor(log, clock, changes);
    }

    @Bean
    LiveChanges liveChanges(ChangeSubscriptions subscriptions) {
        return new LiveChangesService(subscriptions);
    }

    /** Who may see a record named by its subject (for comments, mentions and presence): each feature's own rule. */
    @Bean
    SubjectAccess subjectAccess(ContactRepository contacts, CheckRepository checks,
                                RecommendationRepository recommendations, ActionRepository actions,
                                EscalationRepository escalations) {
        return SubjectAccess.anyOf(new ContactSubjects(contacts, checks), new PlanSubjects(recommendations, actions),
                new EscalationSubjects(escalations));
    }

    @Bean
    Presence presence(PresenceRegistry registry, ChangePublisher changes, SubjectAccess access,
                      PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(Presence.class, new PresenceService(registry, changes, access), tx);
    }

    @Bean
    Notices notices(NoticeRepository notices, ChangePublisher changes, Auditor auditor, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(Notices.class, new NoticeService(notices, changes, auditor), tx);
    }

    /** How features tell members: not a use case of its own, it runs inside the telling feature's transaction. */
    @Bean
    Notifier notifier(NoticeRepository notices, MemberRepository members, ChangePublisher changes, Auditor auditor) {
        return new NoticeSender(notices, members, changes, auditor);
    }

    /**
     * Children's identifiers in the free text a board chair reads: checked by the saving use cases, masked by the
     * reading ones (which join this transaction), kept with a reason from the forms.
     */
    @Bean
    ChildIdentifierUseCase childIdentifiers(ChildRecords records, KeptIdentifiers kept, Auditor auditor,
                                            PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(ChildIdentifierUseCase.class, new ChildIdentifierService(records, kept,
                auditor), tx);
    }

    @Bean
    CommentUseCase comments(CommentRepository comments, MemberRepository members, SubjectAccess access,
                            Notifier notifier, Auditor auditor, ChildIdentifierUseCase identifiers,
                            PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(CommentUseCase.class, new CommentService(comments, members, access,
                notifier, auditor, identifiers), tx);
    }

    /** Reminders of what falls due soon, one per feature, each sweep of a partnership in its own transaction. */
    @Bean
    Reminders decisionReminders(ContactRepository contacts, Notifier notifier, Clock clock,
                                PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(Reminders.class, new DecisionReminders(contacts, notifier, clock), tx);
    }

    @Bean
    Reminders stageReminders(EscalationRepository escalations, BankHolidayRepository holidays, Notifier notifier,
                             Clock clock, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(Reminders.class, new StageReminders(escalations, holidays, notifier, clock),
                tx);
    }

    @Bean
    Reminders actionReminders(ActionRepository actions, BankHolidayRepository holidays, Notifier notifier,
                              Clock clock, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(Reminders.class, new ActionReminders(actions, holidays, notifier, clock), tx);
    }

    @Bean
    ManageAgenciesUseCase manageAgencies(AgencyRepository agencies, Auditor auditor, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(ManageAgenciesUseCase.class, new AgencyService(agencies, auditor), tx);
    }

    /** The one password policy: wherever a password is set (a temporary one, or the member's own). */
    @Bean
    PasswordPolicy passwordPolicy(CommonPasswords commonPasswords) {
        return new PasswordPolicy(commonPasswords);
    }

    @Bean
    ManageMembersUseCase manageMembers(MemberRepository members, AgencyRepository agencies, PasswordHasher hasher,
                                       PasswordPolicy policy, MemberSessions sessions, Auditor auditor,
                                       PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(ManageMembersUseCase.class,
                new MemberService(members, agencies, hasher, policy, sessions, auditor), tx);
    }

    @Bean
    ChangePasswordUseCase changePassword(MemberRepository members, PasswordHasher hasher, PasswordPolicy policy,
                                         MemberSessions sessions, Auditor auditor, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(ChangePasswordUseCase.class,
                new ChangePasswordService(members, hasher, policy, sessions, auditor), tx);
    }

    @Bean
    SessionsUseCase sessions(MemberRepository members, MemberSessions sessions, Auditor auditor,
                             PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(SessionsUseCase.class, new SessionService(members, sessions, auditor), tx);
    }

    @Bean
    SignInUseCase signIn(MemberRepository members, LoginThrottleRepository throttles, PasswordHasher hasher,
                         Auditor auditor, PlatformTransactionManager tx,
                         @org.springframework.beans.factory.annotation.Value(
                                 "${workspace.sign-in.free-failures-per-address:20}") int freeFailuresPerAddress,
                         @org.springframework.beans.factory.annotation.Value(
                                 "${workspace.sign-in.first-wait-per-address:1s}") java.time.Duration firstWait) {
        AddressThrottle perAddress = new AddressThrottle(freeFailuresPerAddress, firstWait,
                AddressThrottle.DEFAULT.maxWait().compareTo(firstWait) < 0 ? firstWait : AddressThrottle.DEFAULT.maxWait(),
                AddressThrottle.DEFAULT.forgetAfter());
        return UseCaseTransactions.wrap(SignInUseCase.class,
                new SignInService(members, throttles, hasher, auditor, perAddress), tx);
    }

    /** Single sign-on: the admin's settings and the sign-in through the partnership's provider (one service). */
    @Bean
    org.lscp.workspace.domain.partnership.port.in.ManageSingleSignOnUseCase manageSingleSignOn(
            org.lscp.workspace.domain.partnership.port.out.SingleSignOnRepository settings, MemberRepository members,
            Auditor auditor, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(org.lscp.workspace.domain.partnership.port.in.ManageSingleSignOnUseCase.class,
                new org.lscp.workspace.domain.partnership.service.SingleSignOnService(settings, members, auditor), tx);
    }

    @Bean
    org.lscp.workspace.domain.partnership.port.in.SingleSignOnUseCase singleSignOn(
            org.lscp.workspace.domain.partnership.port.out.SingleSignOnRepository settings, MemberRepository members,
            Auditor auditor, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(org.lscp.workspace.domain.partnership.port.in.SingleSignOnUseCase.class,
                new org.lscp.workspace.domain.partnership.service.SingleSignOnService(settings, members, auditor), tx);
    }

    /**
     * Codes from an authenticator app follow real time (the member's phone does), so the second factor reads the
     * system clock, not the workspace's clock that may run as if at another moment.
     */
    @Bean
    SecondFactorUseCase secondFactor(SecondFactorRepository factors, MemberRepository members,
                                     LoginThrottleRepository throttles, Auditor auditor,
                                     PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(SecondFactorUseCase.class, new SecondFactorService(factors, members,
                throttles, auditor, java.time.Clock.systemUTC(), "Safeguarding Partnership Workspace"), tx);
    }

    @Bean
    ProvisionPartnershipUseCase provisionPartnership(PartnershipRepository partnerships, AgencyRepository agencies,
                                                     MemberRepository members, BankHolidayRepository holidays,
                                                     PasswordHasher hasher, PasswordPolicy policy,
                                                     Auditor auditor, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(ProvisionPartnershipUseCase.class,
                new ProvisioningService(partnerships, agencies, members, holidays, hasher, policy, auditor), tx);
    }

    @Bean
    FrontDoorUseCase frontDoor(ContactRepository contacts, DecisionRepository decisions, FlagRepository flags,
                               CheckRepository checks, FrontDoorSettings settings, BankHolidayRepository holidays,
                               AgencyRepository agencies, RecommendationRepository recommendations, Auditor auditor,
                               Notifier notifier, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(FrontDoorUseCase.class, new FrontDoorService(contacts, decisions, flags, checks,
                settings, holidays, agencies, recommendations, auditor, notifier), tx);
    }

    @Bean
    EscalationUseCase escalations(EscalationRepository escalations, EscalationSettings settings,
                                  ContactRepository contacts, DecisionRepository decisions, CheckRepository checks,
                                  MemberRepository members, AgencyRepository agencies,
                                  RecommendationRepository recommendations, BankHolidayRepository holidays,
                                  FrontDoorUseCase frontDoor, Auditor auditor, Notifier notifier,
                                  ChildIdentifierUseCase identifiers, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(EscalationUseCase.class, new EscalationService(escalations, settings, contacts,
                decisions, checks, members, agencies, recommendations, holidays, frontDoor, auditor, notifier,
                identifiers), tx);
    }

    @Bean
    EscalationQuery escalationQuery(EscalationRepository escalations, AgencyRepository agencies,
                                    RecommendationRepository recommendations, AccessLog accessLog, Auditor auditor,
                                    ChildIdentifierUseCase identifiers, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(EscalationQuery.class, new EscalationQueryService(escalations, agencies,
                recommendations, accessLog, auditor, identifiers), tx);
    }

    /**
     * One service reads the board's figures, records its judgements and builds its report. It is held, not
     * registered as itself (it implements all three ports), so each port below is one unambiguous transactional bean.
     */
    record Board(BoardService service) {
    }

    @Bean
    Board board(BoardRepository board, JudgementRepository judgements, RecommendationRepository recommendations,
                InspectionRepository inspections, AgencyRepository agencies, ActionRepository actions,
                MemberRepository members, EscalationQuery escalations, ChildIdentifierUseCase identifiers,
                BoardReportRenderer renderer, Auditor auditor) {
        return new Board(new BoardService(board, judgements, recommendations, inspections, agencies, actions, members,
                escalations, identifiers, renderer, auditor));
    }

    @Bean
    BoardQuery boardQuery(Board board, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(BoardQuery.class, board.service(), tx);
    }

    @Bean
    AssuranceUseCase assurance(Board board, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(AssuranceUseCase.class, board.service(), tx);
    }

    @Bean
    BoardReportUseCase boardReport(Board board, CostlyRequests costly, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(BoardReportUseCase.class, LimitedBoardFiles.reports(board.service(), costly),
                tx);
    }

    @Bean
    AnnexAExportUseCase annexAExport(BoardRepository board, AnnexAWriter writer, AccessLog accessLog, Auditor auditor,
                                     CostlyRequests costly, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(AnnexAExportUseCase.class, LimitedBoardFiles.exports(
                new AnnexAExportService(board, writer, accessLog, auditor), costly), tx);
    }

    /** One member's reports and exports together, at most so many in a window (a flood slows nobody else). */
    @Bean
    CostlyRequests costlyRequests(Clock clock,
                                  @Value("${workspace.costly-requests.allowed:10}") int allowed,
                                  @Value("${workspace.costly-requests.window:1m}") java.time.Duration window) {
        return new CostlyRequests(clock, allowed, window);
    }

    @Bean
    ManageSettingsUseCase manageSettings(SettingsRepository settings, Auditor auditor, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(ManageSettingsUseCase.class, new SettingsService(settings, auditor), tx);
    }

    @Bean
    ImportContactsUseCase importContacts(TableReader reader, ContactRepository contacts, AgencyRepository agencies,
                                         FrontDoorSettings settings, Auditor auditor, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(ImportContactsUseCase.class,
                new ContactImportService(reader, contacts, agencies, settings, auditor), tx);
    }

    @Bean
    FrontDoorQuery frontDoorQuery(ContactRepository contacts, DecisionRepository decisions, FlagRepository flags,
                                  CheckRepository checks, AccessLog accessLog, AgencyRepository agencies,
                                  RecommendationRepository recommendations, Auditor auditor,
                                  FrontDoorSettings settings, BankHolidayRepository holidays,
                                  PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(FrontDoorQuery.class, new FrontDoorQueryService(contacts, decisions, flags,
                checks, accessLog, agencies, recommendations, auditor, settings, holidays), tx);
    }

    @Bean
    ManageBankHolidaysUseCase manageBankHolidays(BankHolidayRepository holidays, Auditor auditor,
                                                 PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(ManageBankHolidaysUseCase.class, new BankHolidayService(holidays, auditor), tx);
    }

    @Bean
    ManageInspectionsUseCase manageInspections(InspectionRepository inspections, Auditor auditor,
                                               PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(ManageInspectionsUseCase.class, new InspectionService(inspections, auditor), tx);
    }

    @Bean
    ManageRecommendationsUseCase manageRecommendations(RecommendationRepository recommendations,
                                                       InspectionRepository inspections, MemberRepository members,
                                                       AgencyRepository agencies, Auditor auditor,
                                                       PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(ManageRecommendationsUseCase.class,
                new RecommendationService(recommendations, inspections, members, agencies, auditor), tx);
    }

    @Bean
    ManageActionsUseCase manageActions(ActionRepository actions, RecommendationRepository recommendations,
                                       MemberRepository members, AgencyRepository agencies, Auditor auditor,
                                       ChildIdentifierUseCase identifiers, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(ManageActionsUseCase.class,
                new ActionService(actions, recommendations, members, agencies, auditor, identifiers), tx);
    }

    @Bean
    ViewPlanQuery viewPlan(InspectionRepository inspections, RecommendationRepository recommendations,
                           ActionRepository actions, MemberRepository members, AgencyRepository agencies,
                           BankHolidayRepository holidays, Board board, Auditor auditor,
                           ChildIdentifierUseCase identifiers, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(ViewPlanQuery.class, new PlanQueryService(inspections, recommendations,
                actions, members, agencies, holidays, board.service(), auditor, identifiers), tx);
    }

    @Bean
    ImportPlanUseCase importPlan(TableReader reader, InspectionRepository inspections,
                                 RecommendationRepository recommendations, ActionRepository actions,
                                 MemberRepository members, AgencyRepository agencies, Auditor auditor,
                                 PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(ImportPlanUseCase.class, new PlanImportService(reader, inspections,
                recommendations, actions, members, agencies, auditor), tx);
    }

    @Bean
    BrowseAuditTrailQuery browseAuditTrail(AuditLog log, PlatformTransactionManager tx) {
        return UseCaseTransactions.wrap(BrowseAuditTrailQuery.class, new AuditTrailService(log), tx);
    }
}
