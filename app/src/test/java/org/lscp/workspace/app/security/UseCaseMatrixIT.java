package org.lscp.workspace.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.domain.audit.model.AuditFilter;
import org.lscp.workspace.domain.audit.port.in.BrowseAuditTrailQuery;
import org.lscp.workspace.domain.board.model.AnnexAList;
import org.lscp.workspace.domain.board.model.AssuranceLevel;
import org.lscp.workspace.domain.board.model.MeasureFilter;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.board.port.in.AnnexAExportUseCase;
import org.lscp.workspace.domain.board.port.in.AssuranceUseCase;
import org.lscp.workspace.domain.board.port.in.BoardQuery;
import org.lscp.workspace.domain.board.port.in.BoardReportUseCase;
import org.lscp.workspace.domain.comment.port.in.CommentUseCase;
import org.lscp.workspace.domain.escalation.model.EscalationFilter;
import org.lscp.workspace.domain.escalation.port.in.EscalationQuery;
import org.lscp.workspace.domain.escalation.port.in.EscalationUseCase;
import org.lscp.workspace.domain.frontdoor.model.ContactFilter;
import org.lscp.workspace.domain.frontdoor.model.RecordContactCommand;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.FlagFilter;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.frontdoor.port.in.CaseworkUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.DecideUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.FlagsUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.RecordContactUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.ImportContactsUseCase;
import org.lscp.workspace.domain.live.port.in.LiveChanges;
import org.lscp.workspace.domain.live.port.in.Presence;
import org.lscp.workspace.domain.notice.port.in.Notices;
import org.lscp.workspace.domain.partnership.model.AgencyFilter;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.port.in.ChangePasswordUseCase;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.partnership.port.in.ManageBankHolidaysUseCase;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.partnership.port.in.ManageSingleSignOnUseCase;
import org.lscp.workspace.domain.partnership.port.in.SecondFactorUseCase;
import org.lscp.workspace.domain.partnership.port.in.SessionsUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.plan.model.PlanFilter;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.port.in.ImportPlanUseCase;
import org.lscp.workspace.domain.plan.port.in.ManageInspectionsUseCase;
import org.lscp.workspace.domain.plan.port.in.ManageRecommendationsUseCase;
import org.lscp.workspace.domain.plan.port.in.ViewPlanQuery;
import org.lscp.workspace.domain.redaction.port.in.ChildIdentifierUseCase;
import org.lscp.workspace.domain.settings.port.in.ManageSettingsUseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.InspectionId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.ValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may do what, below the views: one table, a call to each use case (its guarded operation, or each where they
 * differ by role) against a demo member of each role, through the real wired use cases with Enfield's demo records.
 * "allowed" means the call passed the role and partnership checks (it answered, or refused its input); "refused"
 * means "You do not have permission"; "hidden" means the record was answered as not found. Each call runs in a
 * transaction that is rolled back, so a write that is allowed leaves the demo data as it was. The use cases a member cannot call themselves
 * (signing in, provisioning, reminders, and what one feature reads of another: notifying, the partnership's
 * directory of agencies and members, the plan's records, the front door's decisions, the guard on free text) are listed with "-". A use case without a row fails the build.
 */
@WorkspaceTest
class UseCaseMatrixIT {
    private static final List<String> MEMBERS = List.of("admin", "chair", "mash.manager", "mash", "lead", "police",
            "police.manager", "head.of.service");

    /** use case . operation | admin | chair | mash.manager | mash | lead | police | police.manager | head.of.service */
    private static final String MATRIX = """
            BrowseAuditTrailQuery.count                 | allowed | refused | refused | refused | refused | refused | refused | refused
            AnnexAExportUseCase.csv                     | allowed | refused | allowed | refused | refused | refused | refused | refused
            AssuranceUseCase.history                    | allowed | allowed | allowed | allowed | allowed | allowed | allowed | allowed
            AssuranceUseCase.judge                      | refused | allowed | refused | refused | refused | refused | refused | refused
            BoardQuery.countDecisionsBehind             | allowed | allowed | allowed | refused | allowed | refused | allowed | allowed
            BoardReportUseCase.report                   | allowed | allowed | allowed | refused | allowed | refused | allowed | allowed
            CommentUseCase.on                           | hidden  | hidden  | allowed | allowed | hidden  | allowed | allowed | hidden
            EscalationQuery.count                       | allowed | allowed | allowed | allowed | allowed | allowed | allowed | allowed
            EscalationQuery.open                        | allowed | allowed | allowed | allowed | hidden  | allowed | allowed | allowed
            EscalationUseCase.withdraw                  | refused | refused | refused | refused | hidden  | refused | allowed | refused
            FrontDoorQuery.count                        | refused | refused | allowed | allowed | refused | allowed | allowed | refused
            FrontDoorQuery.open                         | hidden  | hidden  | allowed | allowed | hidden  | allowed | allowed | hidden
            FrontDoorQuery.openFlagCounts               | refused | refused | allowed | allowed | refused | refused | refused | refused
            FrontDoorQuery.accessLog                    | allowed | refused | refused | refused | refused | refused | refused | refused
            CaseworkUseCase.assignToMe                  | refused | refused | allowed | allowed | refused | refused | refused | refused
            DecideUseCase.oversee                       | refused | refused | allowed | refused | refused | refused | refused | refused
            FlagsUseCase.resolveFlag                    | refused | refused | allowed | refused | refused | refused | refused | refused
            DecisionRecords                             | -       | -       | -       | -       | -       | -       | -       | -
            StrategyDiscussionUseCase.forContact        | hidden  | hidden  | allowed | allowed | hidden  | allowed | allowed | hidden
            RecordContactUseCase.record                 | refused | refused | allowed | allowed | refused | allowed | allowed | refused
            ImportContactsUseCase.preview               | allowed | refused | refused | refused | refused | refused | refused | refused
            ImportEnquiriesUseCase.preview              | allowed | refused | refused | refused | refused | refused | refused | refused
            LiveChanges.listen                          | allowed | allowed | allowed | allowed | allowed | allowed | allowed | allowed
            Presence.others                             | hidden  | hidden  | allowed | allowed | hidden  | allowed | allowed | hidden
            Notices.unread                              | allowed | allowed | allowed | allowed | allowed | allowed | allowed | allowed
            Reminders                                   | -       | -       | -       | -       | -       | -       | -       | -
            Notifier                                    | -       | -       | -       | -       | -       | -       | -       | -
            ChangePasswordUseCase.mustChange            | allowed | allowed | allowed | allowed | allowed | allowed | allowed | allowed
            ManageAgenciesUseCase.count                 | allowed | allowed | allowed | allowed | allowed | allowed | allowed | allowed
            ManageBankHolidaysUseCase.list              | allowed | allowed | allowed | allowed | allowed | allowed | allowed | allowed
            ManageMembersUseCase.count                  | allowed | refused | refused | refused | refused | refused | refused | refused
            ManageSingleSignOnUseCase.get               | allowed | refused | refused | refused | refused | refused | refused | refused
            AgencyDirectory                             | -       | -       | -       | -       | -       | -       | -       | -
            MemberDirectory                             | -       | -       | -       | -       | -       | -       | -       | -
            ProvisionPartnershipUseCase                 | -       | -       | -       | -       | -       | -       | -       | -
            SecondFactorUseCase.reset                   | allowed | refused | refused | refused | refused | refused | refused | refused
            SessionsUseCase.mine                        | allowed | allowed | allowed | allowed | allowed | allowed | allowed | allowed
            SessionsUseCase.of                          | allowed | refused | refused | refused | refused | refused | refused | refused
            SignInUseCase                               | -       | -       | -       | -       | -       | -       | -       | -
            SingleSignOnUseCase                         | -       | -       | -       | -       | -       | -       | -       | -
            PlanRecords                                 | -       | -       | -       | -       | -       | -       | -       | -
            ImportPlanUseCase.preview                   | allowed | refused | refused | refused | refused | refused | refused | refused
            ManageActionsUseCase                        | allowed | refused | refused | refused | allowed | refused | refused | refused
            ManageInspectionsUseCase.list               | allowed | allowed | allowed | allowed | allowed | allowed | allowed | allowed
            ManageRecommendationsUseCase.changeStatus   | allowed | refused | refused | refused | allowed | refused | refused | refused
            ViewPlanQuery.overview                      | allowed | allowed | allowed | allowed | allowed | allowed | allowed | allowed
            ViewPlanQuery.myActions                     | allowed | allowed | allowed | allowed | allowed | allowed | allowed | allowed
            ChildIdentifierGuard                        | -       | -       | -       | -       | -       | -       | -       | -
            ChildIdentifierUseCase.forReader            | allowed | allowed | allowed | allowed | allowed | allowed | allowed | allowed
            ManageSettingsUseCase.get                   | allowed | refused | refused | refused | refused | refused | refused | refused
            ReturnMeasuresUseCase.measures              | allowed | allowed | allowed | refused | allowed | refused | allowed | allowed
            DataReturnsUseCase.history                  | allowed | allowed | allowed | allowed | allowed | refused | allowed | allowed
            ReturnedFigures                             | -       | -       | -       | -       | -       | -       | -       | -
            CaseAuditUseCase.programme                  | allowed | allowed | allowed | refused | allowed | allowed | allowed | allowed
            CaseAuditUseCase.openCase                   | allowed | refused | allowed | refused | refused | allowed | refused | allowed
            AuditedFigures                              | -       | -       | -       | -       | -       | -       | -       | -
            ContactSamples                              | -       | -       | -       | -       | -       | -       | -       | -
            PlanActions                                 | -       | -       | -       | -       | -       | -       | -       | -
            Section11UseCase.heatMap                    | allowed | allowed | allowed | refused | allowed | refused | allowed | allowed
            """;

    @Autowired SignInUseCase signIn;
    @Autowired PlatformTransactionManager tx;
    @Autowired JdbcTemplate sql;
    @Autowired Clock clock;
    @Autowired BrowseAuditTrailQuery audit;
    @Autowired AnnexAExportUseCase annexA;
    @Autowired AssuranceUseCase assurance;
    @Autowired org.lscp.workspace.domain.returns.port.in.ReturnMeasuresUseCase returnMeasures;
    @Autowired org.lscp.workspace.domain.returns.port.in.DataReturnsUseCase dataReturns;
    @Autowired org.lscp.workspace.domain.caseaudit.port.in.CaseAuditUseCase caseAudits;
    private long auditProgramme;
    @Autowired org.lscp.workspace.domain.section11.port.in.Section11UseCase section11;
    private long section11Cycle;
    private long auditCase;
    @Autowired BoardQuery board;
    @Autowired BoardReportUseCase boardReport;
    @Autowired CommentUseCase comments;
    @Autowired EscalationQuery escalationQuery;
    @Autowired EscalationUseCase escalations;
    @Autowired FrontDoorQuery frontDoorQuery;
    @Autowired CaseworkUseCase casework;
    @Autowired DecideUseCase deciding;
    @Autowired FlagsUseCase flagging;
    @Autowired RecordContactUseCase recording;
    @Autowired ImportContactsUseCase importContacts;
    @Autowired org.lscp.workspace.domain.frontdoor.port.in.ImportEnquiriesUseCase importEnquiries;
    @Autowired LiveChanges live;
    @Autowired org.lscp.workspace.domain.frontdoor.port.in.StrategyDiscussionUseCase discussions;
    @Autowired Presence presence;
    @Autowired Notices notices;
    @Autowired ChangePasswordUseCase passwords;
    @Autowired ManageAgenciesUseCase agencies;
    @Autowired ManageBankHolidaysUseCase holidays;
    @Autowired ManageMembersUseCase members;
    @Autowired ManageSingleSignOnUseCase singleSignOn;
    @Autowired SecondFactorUseCase secondFactors;
    @Autowired SessionsUseCase sessions;
    @Autowired ImportPlanUseCase importPlan;
    @Autowired org.lscp.workspace.domain.plan.port.in.ManageActionsUseCase actions;
    @Autowired ManageInspectionsUseCase inspections;
    @Autowired ManageRecommendationsUseCase recommendations;
    @Autowired ViewPlanQuery plan;
    @Autowired ChildIdentifierUseCase childIdentifiers;
    @Autowired ManageSettingsUseCase settings;

    private long contact;
    private long escalation;
    private long recommendation;
    private long inspection;
    private long action;
    private long decision;
    private long flag;
    private MemberId policeMember;
    private long returnMeasure;

    @BeforeEach
    void samples() {
        long enfield = sql.queryForObject("select id from partnership where name like 'Enfield%'", Long.class);
        long police = sql.queryForObject("select id from agency where partnership_id = ? and name like 'Metropolitan%'",
                Long.class, enfield);
        contact = sql.queryForObject("select min(id) from contact where partnership_id = ? and source_agency_id = ?",
                Long.class, enfield, police);
        escalation = sql.queryForObject("select min(e.id) from escalation e join agency a on "
                + "a.id = e.responding_agency_id where e.partnership_id = ? and e.raising_agency_id = ? "
                + "and a.name like '%Social Care%' and e.closed_at is null", Long.class, enfield, police);
        recommendation = sql.queryForObject("select min(id) from recommendation where partnership_id = ?", Long.class,
                enfield);
        inspection = sql.queryForObject("select min(id) from inspection where partnership_id = ?", Long.class, enfield);
        action = sql.queryForObject("select min(a.id) from improvement_action a join recommendation r on "
                + "r.id = a.recommendation_id where r.partnership_id = ?", Long.class, enfield);
        returnMeasure = sql.queryForObject("select id from return_measure where partnership_id = ? and name ="
                + " 'Private fostering visits within timescale'", Long.class, enfield);
        auditProgramme = sql.queryForObject("select min(id) from audit_programme where partnership_id = ? and theme ="
                + " 'THRESHOLDS'", Long.class, enfield);
        section11Cycle = sql.queryForObject("select min(id) from section11_cycle where partnership_id = ?",
                Long.class, enfield);
        auditCase = sql.queryForObject("select min(id) from audit_case where programme_id = ?", Long.class,
                auditProgramme);
        policeMember = new MemberId(sql.queryForObject("select id from member where email = 'police@enfield.example'",
                Long.class));
        decision = sql.queryForObject("select min(d.id) from threshold_decision d join contact c on c.id = d.contact_id "
                + "where c.partnership_id = ?", Long.class, enfield);
        flag = sql.queryForObject("select min(f.id) from contact_flag f join contact c on c.id = f.contact_id "
                + "where c.partnership_id = ? and f.resolved_at is null", Long.class, enfield);
    }

    /** Each row's call; a write is made so that it cannot change anything (a stale version, an empty file). */
    private Map<String, Function<Actor, Object>> calls() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Function<Actor, Object>> calls = new LinkedHashMap<>();
        calls.put("BrowseAuditTrailQuery.count", a -> audit.count(a, AuditFilter.NONE));
        calls.put("AnnexAExportUseCase.csv", a -> annexA.csv(a, new Period(today.minusDays(7), today), AnnexAList.LIST_1));
        calls.put("AssuranceUseCase.history", a -> assurance.history(a, new RecommendationId(recommendation)));
        calls.put("AssuranceUseCase.judge", a -> assurance.judge(a, new RecommendationId(recommendation), today,
                AssuranceLevel.PARTIALLY_ASSURED, "Judged by the matrix."));
        calls.put("BoardQuery.countDecisionsBehind", a -> board.countDecisionsBehind(a,
                new MeasureFilter(Period.yearTo(today), null), false));
        calls.put("BoardReportUseCase.report", a -> boardReport.report(a, today, null));
        calls.put("CommentUseCase.on", a -> comments.on(a, "contact/" + contact));
        calls.put("EscalationQuery.count", a -> escalationQuery.count(a, EscalationFilter.of(EscalationFilter.Scope.ALL)));
        calls.put("EscalationQuery.open", a -> escalationQuery.open(a, escalation));
        calls.put("EscalationUseCase.withdraw", a -> escalations.withdraw(a, escalation, sql.queryForObject(
                "select version from escalation where id = ?", Long.class, escalation), "Raised in error (matrix)."));
        calls.put("FrontDoorQuery.count", a -> frontDoorQuery.count(a, ContactFilter.OPEN));
        calls.put("FrontDoorQuery.open", a -> frontDoorQuery.open(a, new ContactId(contact)));
        calls.put("StrategyDiscussionUseCase.forContact", a -> discussions.forContact(a, new ContactId(contact)));
        calls.put("FrontDoorQuery.openFlagCounts", a -> frontDoorQuery.openFlagCounts(a, FlagFilter.NONE));
        calls.put("FrontDoorQuery.accessLog", a -> frontDoorQuery.accessLog(a, PageRequest.first(1)));
        calls.put("CaseworkUseCase.assignToMe", a -> casework.assignToMe(a, new ContactId(contact), -1));
        calls.put("DecideUseCase.oversee", a -> deciding.oversee(a, decision, ""));
        calls.put("FlagsUseCase.resolveFlag", a -> {
            flagging.resolveFlag(a, flag, "");
            return null;
        });
        // received tomorrow: refused once the member may record at all
        calls.put("RecordContactUseCase.record", a -> recording.record(a, new RecordContactCommand(
                clock.instant().plusSeconds(86_400), "Matrix", Channel.PHONE, null, "Matrix Child", null, false,
                Gender.NOT_STATED, Ethnicity.NOBT, Set.of(ConcernCategory.NEGLECT), false, "Matrix summary",
                ConsentBasis.CONSENT_GIVEN, Rag.GREEN, Set.of())));
        calls.put("ImportContactsUseCase.preview", a -> importContacts.preview(a, "empty.csv", new byte[0]));
        calls.put("ImportEnquiriesUseCase.preview", a -> importEnquiries.preview(a, "empty.csv", new byte[0]));
        calls.put("LiveChanges.listen", a -> closed(live.listen(a, change -> { })));
        calls.put("Presence.others", a -> presence.others(a, "contact/" + contact));
        calls.put("Notices.unread", notices::unread);
        calls.put("ChangePasswordUseCase.mustChange", passwords::mustChange);
        calls.put("ManageAgenciesUseCase.count", a -> agencies.count(a, AgencyFilter.NONE));
        calls.put("ManageBankHolidaysUseCase.list", holidays::list);
        calls.put("ManageMembersUseCase.count", a -> members.count(a, MemberFilter.NONE));
        calls.put("ManageSingleSignOnUseCase.get", singleSignOn::get);
        calls.put("SecondFactorUseCase.reset", a -> {
            secondFactors.reset(a, policeMember);
            return null;
        });
        calls.put("SessionsUseCase.mine", sessions::mine);
        calls.put("SessionsUseCase.of", a -> sessions.of(a, a.memberId()));
        calls.put("ImportPlanUseCase.preview", a -> importPlan.preview(a, new InspectionId(inspection), "empty.csv",
                "".getBytes(StandardCharsets.UTF_8)));
        calls.put("ManageActionsUseCase", a -> actions.recordProgress(a, new org.lscp.workspace.domain.shared.ActionId(
                action), -1, null));
        calls.put("ManageInspectionsUseCase.list", inspections::list);
        calls.put("ManageRecommendationsUseCase.changeStatus", a -> recommendations.changeStatus(a,
                new RecommendationId(recommendation), -1, RecommendationStatus.IN_PROGRESS));
        calls.put("ViewPlanQuery.overview", a -> plan.overview(a, PlanFilter.NONE));
        calls.put("ViewPlanQuery.myActions", plan::myActions);
        calls.put("ChildIdentifierUseCase.forReader", a -> childIdentifiers.forReader(a, List.of("no child here")));
        calls.put("ManageSettingsUseCase.get", settings::get);
        calls.put("ReturnMeasuresUseCase.measures", returnMeasures::measures);
        calls.put("CaseAuditUseCase.programme", a -> caseAudits.programme(a, auditProgramme));
        calls.put("Section11UseCase.heatMap", a -> section11.heatMap(a, section11Cycle));
        calls.put("CaseAuditUseCase.openCase", a -> caseAudits.openCase(a, auditCase));
        calls.put("DataReturnsUseCase.history", a -> dataReturns.history(a,
                new org.lscp.workspace.domain.returns.model.ReturnMeasureId(returnMeasure)));
        return calls;
    }

    private static Object closed(AutoCloseable listening) {
        try {
            listening.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    private static Map<String, List<String>> rows() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : MATRIX.strip().split("\n")) {
            List<String> cells = Arrays.stream(line.split("\\|")).map(String::strip).toList();
            assertThat(cells).as(line).hasSize(MEMBERS.size() + 1);
            rows.put(cells.getFirst(), cells.subList(1, cells.size()));
        }
        return rows;
    }

    @Test
    void everyUseCaseHasARowAndEveryRowACall() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isInterface();
            }
        };
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().contains(".port.in."));
        Set<String> useCases = new TreeSet<>();
        for (BeanDefinition useCase : scanner.findCandidateComponents("org.lscp.workspace.domain")) {
            String name = useCase.getBeanClassName();
            useCases.add(name.substring(name.lastIndexOf('.') + 1));
        }
        Set<String> rowUseCases = rows().keySet().stream().map(r -> r.split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(rowUseCases).as("the matrix has a row for every use case").isEqualTo(useCases);
        Set<String> called = rows().entrySet().stream().filter(r -> !r.getValue().contains("-"))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(calls().keySet())).as("every row that members call has a call").isEqualTo(called);
    }

    @Test
    void eachMemberMayCallWhatTheMatrixSaysAndIsRefusedTheRest() {
        Map<String, Function<Actor, Object>> calls = calls();
        List<String> wrong = new ArrayList<>();
        StringBuilder actualTable = new StringBuilder();
        List<Actor> actors = MEMBERS.stream().map(m -> DemoActors.actor(signIn, m + "@enfield.example")).toList();
        rows().forEach((row, expected) -> {
            StringBuilder line = new StringBuilder(String.format("%-44s", row));
            for (int i = 0; i < MEMBERS.size(); i++) {
                String outcome = expected.get(i).equals("-") ? "-" : outcome(calls.get(row), actors.get(i));
                line.append(" | ").append(outcome);
                if (!outcome.equals(expected.get(i))) {
                    wrong.add(row + " for " + MEMBERS.get(i) + ": expected " + expected.get(i) + ", was " + outcome);
                }
            }
            actualTable.append(line).append('\n');
        });
        assertThat(wrong).as("as called:\n" + actualTable).isEmpty();
    }

    /** The call, in a transaction that is rolled back: whatever it wrote is undone, and the demo data stays as it was. */
    private String outcome(Function<Actor, Object> call, Actor actor) {
        try {
            new TransactionTemplate(tx).execute(status -> {
                status.setRollbackOnly();
                return call.apply(actor);
            });
            return "allowed";
        } catch (NotAuthorisedException e) {
            return "refused";
        } catch (NotFoundException e) {
            return "hidden";
        } catch (ValidationException | ConcurrentChangeException e) {
            return "allowed"; // past the checks: refused for its input (a stale version, an empty file)
        } catch (RuntimeException e) {
            return "error " + e;
        }
    }
}
