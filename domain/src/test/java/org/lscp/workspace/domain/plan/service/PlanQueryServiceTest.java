package org.lscp.workspace.domain.plan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.ActionTally;
import org.lscp.workspace.domain.plan.model.ActionView;
import org.lscp.workspace.domain.plan.model.AddEvidenceCommand;
import org.lscp.workspace.domain.plan.model.EvidenceItem;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.MemberRef;
import org.lscp.workspace.domain.plan.model.MyActions;
import org.lscp.workspace.domain.plan.model.PlanFilter;
import org.lscp.workspace.domain.plan.model.PlanSource;
import org.lscp.workspace.domain.plan.model.Rag;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecommendationDetail;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.model.RecommendationSummary;
import org.lscp.workspace.domain.plan.model.RecordProgressCommand;
import org.lscp.workspace.domain.plan.model.SaveRecommendationCommand;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.plan.model.TimelineEntry;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.Role;

class PlanQueryServiceTest {
    private static final LocalDate PLANNED_ON = LocalDate.of(2026, 11, 2);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private TestPartnerships world;
    private PlanQueryService query;
    private Actor admin;
    private Actor lead;
    private Actor otherLead;
    private AgencyId police;
    private Inspection oldest;
    private Inspection middle;
    private Inspection newest;
    private Recommendation new1;
    private Recommendation new2;
    private Recommendation mid1;
    private ImprovementAction overdue;
    private ImprovementAction dueSoon;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.create();
        world.today(PLANNED_ON);
        query = world.planQueryService;
        admin = world.adminA();
        lead = world.leadOfficerA();
        otherLead = world.actorByEmail(world.addMember(admin, "Hana Ito", "hana.ito@northshire.example.org",
                TestPartnerships.A_POLICE, Role.LEAD_OFFICER).email());
        police = world.agencyId(world.partnershipA(), TestPartnerships.A_POLICE);

        middle = world.addInspection(admin, "ILACS 2025", LocalDate.of(2025, 1, 13));
        newest = world.addInspection(admin, "Focused visit 2026", LocalDate.of(2026, 9, 7));
        oldest = world.addInspection(admin, "LSCB review 2024", LocalDate.of(2024, 3, 4));
        new2 = world.recommendationService.create(admin, new SaveRecommendationCommand(newest.requireId(), 2,
                "Strengthen the front door", Theme.FRONT_DOOR, otherLead.memberId(), Set.of(police), List.of()));
        new1 = world.addRecommendation(admin, newest, 1, lead.memberId());
        mid1 = world.recommendationService.create(admin, new SaveRecommendationCommand(middle.requireId(), 1,
                "Make performance data reliable", Theme.PERFORMANCE_DATA, lead.memberId(), Set.of(), List.of()));
        mid1 = world.recommendationService.changeStatus(lead, mid1.requireId(), 0, RecommendationStatus.IN_PROGRESS);
        overdue = world.addAction(lead, new1, "Audit MASH threshold decisions", lead.memberId(),
                LocalDate.of(2026, 11, 20));
        dueSoon = world.addAction(lead, new1, "Refresh threshold guidance", lead.memberId(),
                LocalDate.of(2026, 11, 30));
        world.addAction(lead, mid1, "Data quality audit", lead.memberId(), LocalDate.of(2027, 1, 29));
        world.today(MONDAY);
    }

    private static List<String> titles(List<PlanSource> sources) {
        return sources.stream().map(s -> s.inspection().title()).toList();
    }

    private static List<Integer> numbers(PlanSource source) {
        return source.recommendations().stream().map(r -> r.recommendation().number()).toList();
    }

    // --- overview ---

    @Test
    void theOverviewGroupsByInspectionNewestFirstAndShowsInspectionsWithoutRecommendations() {
        List<PlanSource> plan = query.overview(world.practitionerA(), PlanFilter.NONE);

        assertThat(titles(plan)).containsExactly("Focused visit 2026", "ILACS 2025", "LSCB review 2024");
        assertThat(numbers(plan.get(0))).containsExactly(1, 2);
        assertThat(numbers(plan.get(1))).containsExactly(1);
        assertThat(plan.get(2).recommendations()).isEmpty();

        RecommendationSummary first = plan.get(0).recommendations().get(0);
        assertThat(first.leadOfficerName()).isEqualTo(TestPartnerships.LEAD_OFFICER_A_NAME);
        assertThat(first.actions()).isEqualTo(new ActionTally(2, 0, 1, 1, 0, 0));
        assertThat(first.rag()).isEqualTo(Rag.RED);
        RecommendationSummary second = plan.get(0).recommendations().get(1);
        assertThat(second.leadOfficerName()).isEqualTo("Hana Ito");
        assertThat(second.actions()).isEqualTo(ActionTally.NONE);
        assertThat(second.rag()).as("no actions, no measure with data").isEqualTo(Rag.NOT_EVIDENCED);
        RecommendationSummary middleOne = plan.get(1).recommendations().get(0);
        assertThat(middleOne.actions()).isEqualTo(new ActionTally(1, 0, 0, 0, 0, 0));
        assertThat(middleOne.rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void theBoardChairSeesTheWholePlanToo() {
        assertThat(titles(query.overview(world.boardChairA(), PlanFilter.NONE))).hasSize(3);
    }

    @Test
    void filtersKeepOnlyMatchingRecommendationsAndDropEmptyInspections() {
        assertThat(query.overview(admin, new PlanFilter(Theme.FRONT_DOOR, null, null, null)))
                .singleElement().satisfies(s -> {
                    assertThat(s.inspection().title()).isEqualTo("Focused visit 2026");
                    assertThat(numbers(s)).containsExactly(2);
                });
        assertThat(query.overview(admin, new PlanFilter(null, police, null, null)))
                .singleElement().satisfies(s -> assertThat(numbers(s)).containsExactly(2));
        assertThat(query.overview(admin, new PlanFilter(null, null, RecommendationStatus.IN_PROGRESS, null)))
                .singleElement().satisfies(s -> assertThat(s.inspection().title()).isEqualTo("ILACS 2025"));
        List<PlanSource> byLead = query.overview(admin, new PlanFilter(null, null, null, lead.memberId()));
        assertThat(titles(byLead)).containsExactly("Focused visit 2026", "ILACS 2025");
        assertThat(numbers(byLead.get(0))).containsExactly(1);
        assertThat(query.overview(admin, new PlanFilter(Theme.THRESHOLDS, null, RecommendationStatus.OPEN,
                lead.memberId()))).singleElement().satisfies(s -> assertThat(numbers(s)).containsExactly(1));
        assertThat(query.overview(admin, new PlanFilter(Theme.CARE_LEAVERS, null, null, null))).isEmpty();
    }

    @Test
    void anotherPartnershipSeesNoneOfIt() {
        assertThat(query.overview(world.adminB(), PlanFilter.NONE)).isEmpty();
        assertThat(query.myActions(world.adminB()).isEmpty()).isTrue();
        assertThat(query.leadOfficers(world.adminB())).isEmpty();
        assertThatThrownBy(() -> query.recommendation(world.adminB(), new1.requireId()))
                .isInstanceOf(NotFoundException.class).hasMessage("Recommendation not found.");
    }

    // --- one recommendation ---

    @Test
    void theRecommendationPageHasItsActionsTallyAndATimelineNewestFirst() {
        new1 = world.recommendationService.create(admin, new SaveRecommendationCommand(newest.requireId(), 3,
                "Share with partners", Theme.GOVERNANCE, lead.memberId(), Set.of(police,
                world.agencyId(world.partnershipA(), TestPartnerships.A_HEALTH)), List.of()));
        ImprovementAction action = world.addAction(lead, new1, "Write the information-sharing protocol",
                otherLead.memberId(), MONDAY.plusDays(60));
        world.clock.advance(Duration.ofMinutes(10));
        world.recommendationService.changeStatus(lead, new1.requireId(), 0, RecommendationStatus.IN_PROGRESS);
        world.clock.advance(Duration.ofMinutes(10));
        world.actionService.recordProgress(otherLead, action.requireId(), 0,
                new RecordProgressCommand("Draft agreed", ActionStatus.ON_TRACK));
        world.clock.advance(Duration.ofMinutes(10));
        EvidenceItem evidence = world.actionService.addEvidence(otherLead, action.requireId(),
                new AddEvidenceCommand("Signed protocol", "", "https://northshire.example.org/protocol", null, null));

        RecommendationDetail detail = query.recommendation(world.boardChairA(), new1.requireId());

        assertThat(detail.recommendation().status()).isEqualTo(RecommendationStatus.IN_PROGRESS);
        assertThat(detail.inspection().title()).isEqualTo("Focused visit 2026");
        assertThat(detail.leadOfficerName()).isEqualTo(TestPartnerships.LEAD_OFFICER_A_NAME);
        assertThat(detail.sharedWithAgencies()).containsExactly("Northshire Integrated Care Board",
                "Northshire Police");
        assertThat(detail.actions()).singleElement().satisfies(v -> {
            assertThat(v.leadOfficerName()).isEqualTo("Hana Ito");
            assertThat(v.progress()).hasSize(1);
            assertThat(v.evidence()).containsExactly(evidence);
        });
        assertThat(detail.tally()).isEqualTo(new ActionTally(1, 0, 0, 0, 0, 0));
        assertThat(detail.rag()).isEqualTo(Rag.GREEN);
        assertThat(detail.timeline()).extracting(TimelineEntry::who, TimelineEntry::what).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Hana Ito",
                        "Evidence added to \u201cWrite the information-sharing protocol\u201d: Signed protocol"),
                org.assertj.core.groups.Tuple.tuple("Hana Ito",
                        "Progress on \u201cWrite the information-sharing protocol\u201d (on track): Draft agreed"),
                org.assertj.core.groups.Tuple.tuple(TestPartnerships.LEAD_OFFICER_A_NAME,
                        "Status changed from open to in progress"));
        assertThat(detail.timeline()).extracting(TimelineEntry::at).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
    }

    @Test
    void theRecommendationPageListsActionsByDueDateWithTheirFlags() {
        RecommendationDetail detail = query.recommendation(lead, new1.requireId());
        assertThat(detail.actions()).extracting(v -> v.action().requireId())
                .containsExactly(overdue.requireId(), dueSoon.requireId());
        assertThat(detail.actions()).extracting(ActionView::overdue, ActionView::dueSoon)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, false),
                        org.assertj.core.groups.Tuple.tuple(false, true));
        assertThat(detail.tally()).isEqualTo(new ActionTally(2, 0, 1, 1, 0, 0));
        assertThat(detail.rag()).isEqualTo(Rag.RED);
        assertThat(detail.timeline()).isEmpty();
    }

    // --- my actions ---

    @Test
    void myActionsSplitsOverdueDueThisWeekToSundayAndLater() {
        world.today(PLANNED_ON);
        ImprovementAction today = world.addAction(lead, new1, "Due today", lead.memberId(), MONDAY);
        ImprovementAction sunday = world.addAction(lead, new1, "Due Sunday", lead.memberId(),
                LocalDate.of(2026, 11, 29));
        ImprovementAction done = world.addAction(lead, new1, "Done", lead.memberId(), LocalDate.of(2026, 11, 25));
        world.actionService.addEvidence(lead, done.requireId(), new AddEvidenceCommand("Proof", "",
                "https://example.org/proof", null, null));
        world.actionService.recordProgress(lead, done.requireId(), 0, new RecordProgressCommand("Done",
                ActionStatus.COMPLETE));
        world.addAction(lead, new1, "Someone else's", otherLead.memberId(), LocalDate.of(2026, 11, 24));
        world.today(MONDAY);

        MyActions mine = query.myActions(lead);

        assertThat(mine.overdue()).extracting(a -> a.action().action().requireId())
                .containsExactly(overdue.requireId());
        assertThat(mine.dueThisWeek()).extracting(a -> a.action().action().requireId())
                .containsExactly(today.requireId(), sunday.requireId());
        assertThat(mine.later()).extracting(a -> a.action().action().description())
                .containsExactly("Refresh threshold guidance", "Data quality audit");
        assertThat(mine.later()).extracting(a -> a.recommendation().requireId())
                .containsExactly(new1.requireId(), mid1.requireId());
        assertThat(mine.overdue().get(0).action().leadOfficerName()).isEqualTo(TestPartnerships.LEAD_OFFICER_A_NAME);
        assertThat(mine.isEmpty()).isFalse();
        assertThat(query.myActions(world.practitionerA()).isEmpty()).isTrue();
    }

    @Test
    void onSundayOnlyThatDayIsThisWeek() {
        world.today(LocalDate.of(2026, 11, 29));
        MyActions mine = query.myActions(lead);
        assertThat(mine.overdue()).hasSize(1);
        assertThat(mine.dueThisWeek()).isEmpty();
        assertThat(mine.later()).hasSize(2);
    }

    // --- pickers and downloads ---

    @Test
    void leadOfficersAreTheActiveMembersWithTheRoleByName() {
        Member inactive = world.addMember(admin, "Aaron Old", "aaron@northshire.example.org",
                TestPartnerships.A_HEALTH, Role.LEAD_OFFICER);
        world.memberService.deactivate(admin, inactive.requireId(), inactive.version());
        assertThat(query.leadOfficers(world.practitionerA())).extracting(MemberRef::name)
                .containsExactly(TestPartnerships.LEAD_OFFICER_A_NAME, "Hana Ito");
        assertThat(query.leadOfficers(admin).get(0))
                .isEqualTo(new MemberRef(lead.memberId(), lead.name(), TestPartnerships.LEAD_OFFICER_A_EMAIL));
    }

    @Test
    void anEvidenceFileIsDownloadedOnlyWithinItsPartnership() {
        EvidenceItem item = world.actionService.addEvidence(lead, overdue.requireId(), new AddEvidenceCommand(
                "Photo", "", null, "board.png", org.lscp.workspace.domain.fixtures.EvidenceFiles.PNG));
        assertThat(query.evidenceFile(world.boardChairA(), item.id()).item()).isEqualTo(item);
        assertThatThrownBy(() -> query.evidenceFile(world.adminB(), item.id()))
                .isInstanceOf(NotFoundException.class).hasMessage("Evidence not found.");
        assertThatThrownBy(() -> query.evidenceFile(admin, new org.lscp.workspace.domain.shared.EvidenceId(999)))
                .isInstanceOf(NotFoundException.class);
    }
}
