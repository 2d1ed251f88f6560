package org.lscp.workspace.domain.board.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.board.model.AssuranceLevel;
import org.lscp.workspace.domain.board.model.BoardFigures;
import org.lscp.workspace.domain.board.model.EscalationCounts;
import org.lscp.workspace.domain.board.model.GroupCounts;
import org.lscp.workspace.domain.board.model.SourceGroup;
import org.lscp.workspace.domain.board.model.MeasureFilter;
import org.lscp.workspace.domain.board.model.MeasureKind;
import org.lscp.workspace.domain.board.model.MeasureResult;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.board.model.Ratio;
import org.lscp.workspace.domain.board.model.RecommendationCard;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.SaveRecommendationCommand;
import org.lscp.workspace.domain.plan.model.SuccessMeasure;
import org.lscp.workspace.domain.plan.model.MeasureRef;
import org.lscp.workspace.domain.returns.model.Frequency;
import org.lscp.workspace.domain.returns.model.ReturnMeasure;
import org.lscp.workspace.domain.returns.model.SaveReturnMeasureCommand;
import org.lscp.workspace.domain.returns.model.SubmitReturnCommand;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.ValidationException;

class BoardServiceTest {
    private static final Period NOVEMBER = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    private TestPartnerships world;
    private BoardService service;
    private Recommendation thresholds;

    private ReturnMeasure supervision;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.withFrontDoor();
        world.today(LocalDate.of(2026, 11, 25));
        service = world.boardService;
        world.today(LocalDate.of(2026, 4, 1));
        supervision = world.returns.save(world.adminA(), null, new SaveReturnMeasureCommand(
                "Supervision held within timescale", "Supervisions held on time, of those due", true, null, true,
                world.leadOfficerA().agencyId(), world.leadOfficerA().memberId(), Frequency.QUARTERLY, 15), 0);
        world.today(LocalDate.of(2026, 11, 25));
        Inspection visit = world.addInspection(world.adminA(), "Focused visit", LocalDate.of(2026, 3, 2));
        thresholds = world.recommendationService.create(world.adminA(), new SaveRecommendationCommand(
                visit.requireId(), 1, "Apply thresholds", Theme.THRESHOLDS, world.leadOfficerA().memberId(), Set.of(),
                List.of(new SuccessMeasure(MeasureKind.DECISIONS_IN_TIME.ref(), "Decisions within timescale", "≥ 95%"),
                        new SuccessMeasure(MeasureRef.returned(supervision.requireId().value()),
                                "Supervision held within timescale", "≥ 95%"))));
        world.board.set(new BoardFigures(List.of(new GroupCounts(Rag.RED, SourceGroup.of(new AgencyId(1)), 100, 100, 90, 0, 0, 100,
                0, 0, 0, 0, 0)), Map.of(), Map.of(), Ratio.NONE, EscalationCounts.NONE,
                BoardFigures.ActionCounts.NONE, BoardFigures.ProtectionCounts.NONE));
    }

    @Test
    void eachSuccessMeasureShowsItsTargetCurrentValueTrendAndRag() {
        var dashboard = service.dashboard(world.boardChairA(), new MeasureFilter(NOVEMBER, null));
        RecommendationCard card = dashboard.cards().getFirst();
        assertThat(card.recommendation().requireId()).isEqualTo(thresholds.requireId());
        MeasureResult timely = card.measures().get(0);
        assertThat(timely.kind()).isEqualTo(MeasureKind.DECISIONS_IN_TIME);
        assertThat(timely.current()).isEqualTo(new Ratio(90, 100));
        assertThat(timely.rag()).isEqualTo(org.lscp.workspace.domain.plan.model.Rag.AMBER);
        assertThat(timely.trend()).extracting(MeasureResult.Point::label)
                .containsExactly("Jun", "Jul", "Aug", "Sept", "Oct", "Nov");
        assertThat(timely.provenance()).isEqualTo("Computed from the workspace's records");
        MeasureResult returned = card.measures().get(1);
        assertThat(returned.current().noData()).isTrue();
        assertThat(returned.rag()).isNull();
        assertThat(returned.provenance()).isEqualTo("Returned by " + TestPartnerships.A_CHILDRENS_SERVICES);
        assertThat(returned.standing().value()).isEqualTo("The Jul\u2013Sept 2026 return from "
                + TestPartnerships.A_CHILDRENS_SERVICES + " is late: it was due on Thu 15 Oct 2026.");
        assertThat(world.board.asked()).containsExactly(new MeasureFilter(NOVEMBER, null),
                new MeasureFilter(new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 30)), null));
    }

    /** The figure an agency returned, never typed on the board: its RAG by the measure's rule, and where it came from. */
    @Test
    void aReturnedMeasureShowsTheLatestReturnWithItsProvenanceTrendAndRag() {
        world.today(LocalDate.of(2026, 7, 10));
        world.returns.submit(world.leadOfficerA(), new SubmitReturnCommand(supervision.requireId(),
                LocalDate.of(2026, 4, 1), 40L, 50L, null, "Liquidlogic", ""));
        world.today(LocalDate.of(2026, 10, 12));
        world.returns.submit(world.leadOfficerA(), new SubmitReturnCommand(supervision.requireId(),
                LocalDate.of(2026, 7, 1), 45L, 50L, null, "Liquidlogic", ""));
        world.today(LocalDate.of(2026, 11, 25));
        MeasureResult returned = service.dashboard(world.boardChairA(), new MeasureFilter(NOVEMBER, null)).cards()
                .getFirst().measures().get(1);
        assertThat(returned.current()).isEqualTo(new Ratio(45, 50));
        assertThat(returned.rag()).isEqualTo(org.lscp.workspace.domain.plan.model.Rag.AMBER);
        assertThat(returned.warning()).isNull();
        assertThat(returned.provenance()).isEqualTo("Returned by " + TestPartnerships.A_CHILDRENS_SERVICES
                + " on Mon 12 Oct 2026 from Liquidlogic, for Jul\u2013Sept 2026");
        assertThat(returned.trend()).extracting(MeasureResult.Point::label)
                .containsExactly("Apr\u2013Jun 2026", "Jul\u2013Sept 2026");
        assertThat(world.planQueryService.recommendation(world.leadOfficerA(), thresholds.requireId()).measures()
                .get(1).provenance()).isEqualTo(returned.provenance());
    }

    @Test
    void aPartnershipWithNoDataShowsNoDataAndNoRag() {
        world.board.set(org.lscp.workspace.domain.fixtures.FixedBoardRepository.EMPTY);
        MeasureResult timely = service.dashboard(world.mashManagerA(), new MeasureFilter(NOVEMBER, null)).cards()
                .getFirst().measures().getFirst();
        assertThat(timely.current().display()).isEqualTo("no data");
        assertThat(timely.rag()).isNull();
    }

    @Test
    void practitionersAndOtherPartnershipsAgenciesAreRefused() {
        assertThatThrownBy(() -> service.dashboard(world.practitionerA(), new MeasureFilter(NOVEMBER, null)))
                .isInstanceOf(NotAuthorisedException.class);
        AgencyId elsewhere = world.agencyId(world.partnershipB(), TestPartnerships.B_CHILDRENS_SERVICES);
        assertThatThrownBy(() -> service.dashboard(world.boardChairA(), new MeasureFilter(NOVEMBER, elsewhere)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aBoardChairRecordsJudgementsWhichFormTheBoardsRecord() {
        int audits = world.auditLog.size();
        service.judge(world.boardChairA(), thresholds.requireId(), LocalDate.of(2026, 6, 9),
                AssuranceLevel.NOT_ASSURED, "Data not reliable.");
        service.judge(world.boardChairA(), thresholds.requireId(), LocalDate.of(2026, 11, 24),
                AssuranceLevel.PARTIALLY_ASSURED, " Timeliness improving; red contacts still late. ");
        assertThat(service.history(world.adminA(), thresholds.requireId())).extracting(j -> j.level())
                .containsExactly(AssuranceLevel.PARTIALLY_ASSURED, AssuranceLevel.NOT_ASSURED);
        assertThat(service.history(world.adminA(), thresholds.requireId()).getFirst().commentary())
                .isEqualTo("Timeliness improving; red contacts still late.");
        assertThat(world.auditLog.size()).isEqualTo(audits + 2);
        assertThat(service.dashboard(world.boardChairA(), new MeasureFilter(NOVEMBER, null)).cards().getFirst()
                .latest().level()).isEqualTo(AssuranceLevel.PARTIALLY_ASSURED);
    }

    @Test
    void aJudgementNeedsTheChairAMeetingThatHasHappenedALevelAndCommentary() {
        assertThatThrownBy(() -> service.judge(world.mashManagerA(), thresholds.requireId(), LocalDate.of(2026, 11, 1),
                AssuranceLevel.ASSURED, "x")).isInstanceOf(NotAuthorisedException.class);
        var e = catchThrowableOfType(ValidationException.class, () -> service.judge(world.boardChairA(),
                thresholds.requireId(), LocalDate.of(2026, 11, 26), null, " "));
        assertThat(e.fieldErrors()).containsOnlyKeys("meetingDate", "level", "commentary");
        assertThat(e.fieldErrors().get("meetingDate")).contains("cannot be in the future");
        assertThatThrownBy(() -> service.judge(world.adminB(), thresholds.requireId(), LocalDate.of(2026, 11, 1),
                AssuranceLevel.ASSURED, "x")).isInstanceOf(NotAuthorisedException.class);
        assertThat(service.history(world.adminA(), thresholds.requireId())).isEmpty();
    }

    @Test
    void theReportForAMeetingCoversTheYearToItAndTheJudgementsMadeByThen() {
        service.judge(world.boardChairA(), thresholds.requireId(), LocalDate.of(2026, 6, 9),
                AssuranceLevel.NOT_ASSURED, "Data not reliable.");
        service.judge(world.boardChairA(), thresholds.requireId(), LocalDate.of(2026, 11, 24),
                AssuranceLevel.PARTIALLY_ASSURED, "Improving.");
        byte[] pdf = service.report(world.boardChairA(), LocalDate.of(2026, 9, 15), null);
        assertThat(pdf).isNotEmpty();
        var report = world.reports.rendered().getFirst();
        assertThat(report.partnershipName()).isEqualTo(TestPartnerships.PARTNERSHIP_A);
        assertThat(report.dashboard().filter().period())
                .isEqualTo(new Period(LocalDate.of(2025, 9, 16), LocalDate.of(2026, 9, 15)));
        assertThat(report.judgements().get(thresholds.requireId()).level()).isEqualTo(AssuranceLevel.NOT_ASSURED);
        assertThatThrownBy(() -> service.report(world.practitionerA(), LocalDate.of(2026, 9, 15), null))
                .isInstanceOf(NotAuthorisedException.class);
    }

    // --- exceptions first, one RAG ---

    private Recommendation addRecommendation(int number, String measure, String target) {
        Inspection visit = world.inspections.all(world.partnershipA()).getFirst();
        return world.recommendationService.create(world.adminA(), new SaveRecommendationCommand(visit.requireId(),
                number, "Recommendation " + number, Theme.THRESHOLDS, world.leadOfficerA().memberId(), Set.of(),
                measure == null ? List.of() : List.of(new SuccessMeasure(MeasureKind.DECISIONS_IN_TIME.ref(), measure,
                        target))));
    }

    @Test
    void whatNeedsTheBoardComesFirstMostUrgentFirstWithItsReasons() {
        world.today(LocalDate.of(2026, 11, 2));
        Recommendation late = addRecommendation(2, null, null);
        var action = world.addAction(world.leadOfficerA(), late, "Audit strategy discussions",
                world.leadOfficerA().memberId(), LocalDate.of(2026, 11, 20));
        world.actionService.recordProgress(world.leadOfficerA(), action.requireId(), action.version(),
                new org.lscp.workspace.domain.plan.model.RecordProgressCommand("Audit tool agreed with police.",
                        org.lscp.workspace.domain.plan.model.ActionStatus.ON_TRACK));
        addRecommendation(3, null, null); // nothing to show yet: not yet evidenced, among the others
        Recommendation planned = addRecommendation(4, null, null);
        world.addAction(world.leadOfficerA(), planned, "Train the MASH", world.leadOfficerA().memberId(),
                LocalDate.of(2027, 3, 1));
        world.today(LocalDate.of(2026, 11, 25));

        var dashboard = service.dashboard(world.boardChairA(), new MeasureFilter(NOVEMBER, null));

        assertThat(dashboard.needingTheBoard()).extracting(c -> c.recommendation().number()).containsExactly(2, 1);
        RecommendationCard first = dashboard.needingTheBoard().getFirst();
        assertThat(first.rag()).isEqualTo(org.lscp.workspace.domain.plan.model.Rag.RED);
        assertThat(first.source()).isEqualTo("Focused visit 2026 \u00b7 2");
        assertThat(first.verdict().reasons()).containsExactly("1 action overdue");
        assertThat(first.reasons().overdue()).containsExactly(new RecommendationCard.LateAction(
                "Audit strategy discussions", TestPartnerships.LEAD_OFFICER_A_NAME, LocalDate.of(2026, 11, 20)));
        assertThat(first.reasons().latestProgress().text()).isEqualTo("Audit tool agreed with police.");
        RecommendationCard amber = dashboard.needingTheBoard().get(1);
        assertThat(amber.verdict().reasons()).containsExactly(
                "Decisions within timescale: 90% (90 of 100) against a target of ≥ 95%");
        assertThat(dashboard.others()).extracting(c -> c.recommendation().number(), RecommendationCard::rag)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, org.lscp.workspace.domain.plan.model.Rag.NOT_EVIDENCED),
                        org.assertj.core.groups.Tuple.tuple(4, org.lscp.workspace.domain.plan.model.Rag.GREEN));
    }

    @Test
    void thePlanShowsTheSameRagAsTheDashboardFromTheLiveMeasures() {
        world.board.set(new BoardFigures(List.of(new GroupCounts(Rag.RED, SourceGroup.of(new AgencyId(1)), 100, 100,
                78, 0, 0, 100, 0, 0, 0, 0, 0)), Map.of(), Map.of(), Ratio.NONE, EscalationCounts.NONE,
                BoardFigures.ActionCounts.NONE, BoardFigures.ProtectionCounts.NONE));
        world.today(LocalDate.of(2026, 11, 2));
        world.addAction(world.leadOfficerA(), thresholds, "Weekly dip sample", world.leadOfficerA().memberId(),
                LocalDate.of(2027, 2, 1));
        world.today(LocalDate.of(2026, 11, 25));

        var card = service.dashboard(world.boardChairA(), new MeasureFilter(Period.yearTo(LocalDate.of(2026, 11, 25)),
                null)).cards().getFirst();
        var line = world.planQueryService.overview(world.boardChairA(),
                org.lscp.workspace.domain.plan.model.PlanFilter.NONE).getFirst().recommendations().getFirst();
        var detail = world.planQueryService.recommendation(world.boardChairA(), thresholds.requireId());

        assertThat(card.rag()).as("78%% against ≥ 95%% with every action on track")
                .isEqualTo(org.lscp.workspace.domain.plan.model.Rag.RED);
        assertThat(line.rag()).isEqualTo(card.rag());
        assertThat(detail.rag()).isEqualTo(card.rag());
        assertThat(detail.verdict().reasons()).isEqualTo(card.verdict().reasons());
    }

    @Test
    void anAssuranceJudgementStandsBesideTheRagAndNeverChangesIt() {
        world.board.set(new BoardFigures(List.of(new GroupCounts(Rag.RED, SourceGroup.of(new AgencyId(1)), 100, 100,
                78, 0, 0, 100, 0, 0, 0, 0, 0)), Map.of(), Map.of(), Ratio.NONE, EscalationCounts.NONE,
                BoardFigures.ActionCounts.NONE, BoardFigures.ProtectionCounts.NONE));
        service.judge(world.boardChairA(), thresholds.requireId(), LocalDate.of(2026, 11, 24),
                AssuranceLevel.ASSURED, "Assured on the audit.");
        var card = service.dashboard(world.boardChairA(), new MeasureFilter(NOVEMBER, null)).cards().getFirst();
        assertThat(card.latest().level()).isEqualTo(AssuranceLevel.ASSURED);
        assertThat(card.rag()).isEqualTo(org.lscp.workspace.domain.plan.model.Rag.RED);
    }

    @Test
    void aReportForAMeetingStillToComeIsRefusedByTheUseCase() {
        var e = catchThrowableOfType(ValidationException.class, () -> service.report(world.boardChairA(),
                LocalDate.of(2030, 1, 1), null));
        assertThat(e.fieldErrors().get("meetingDate")).contains("on or before Wed 25 Nov 2026");
        assertThat(world.reports.rendered()).isEmpty();
        assertThat(service.report(world.boardChairA(), LocalDate.of(2026, 11, 25), null)).isNotEmpty();
    }
}
