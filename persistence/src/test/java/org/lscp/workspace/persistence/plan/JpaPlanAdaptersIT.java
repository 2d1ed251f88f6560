package org.lscp.workspace.persistence.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.model.BankHoliday;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.Partnership;
import org.lscp.workspace.domain.partnership.model.SaveAgencyCommand;
import org.lscp.workspace.domain.partnership.model.SaveMemberCommand;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.partnership.port.out.BankHolidayRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.ActionTally;
import org.lscp.workspace.domain.plan.model.AreaJudgement;
import org.lscp.workspace.domain.plan.model.EvidenceFile;
import org.lscp.workspace.domain.plan.model.EvidenceFileType;
import org.lscp.workspace.domain.plan.model.EvidenceItem;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.InspectionType;
import org.lscp.workspace.domain.plan.model.Judgement;
import org.lscp.workspace.domain.plan.model.PlanFilter;
import org.lscp.workspace.domain.plan.model.ProgressUpdate;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.model.SaveActionCommand;
import org.lscp.workspace.domain.plan.model.SaveInspectionCommand;
import org.lscp.workspace.domain.plan.model.SaveRecommendationCommand;
import org.lscp.workspace.domain.plan.model.StatusChange;
import org.lscp.workspace.domain.plan.model.SuccessMeasure;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.plan.port.out.ActionRepository;
import org.lscp.workspace.domain.plan.port.out.InspectionRepository;
import org.lscp.workspace.domain.plan.port.out.RecommendationRepository;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;
import org.lscp.workspace.domain.shared.WorkingCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** The plan adapters against MariaDB: mapping, filters, the grouped tally, evidence files, scoping. */
@SpringBootTest
@Transactional
class JpaPlanAdaptersIT {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    @Autowired PartnershipRepository partnerships;
    @Autowired AgencyRepository agencies;
    @Autowired MemberRepository members;
    @Autowired BankHolidayRepository holidays;
    @Autowired InspectionRepository inspections;
    @Autowired RecommendationRepository recommendations;
    @Autowired ActionRepository actions;

    PartnershipId enfield;
    PartnershipId other;
    Agency police;
    Member lead;
    Inspection sif;

    @BeforeEach
    void setUp() {
        enfield = partnerships.save(new Partnership(null, "Enfield " + System.nanoTime(), "Enfield")).id();
        other = partnerships.save(new Partnership(null, "Other " + System.nanoTime(), "Other")).id();
        police = agencies.save(Agency.create(enfield, new SaveAgencyCommand("Police", AgencyKind.POLICE, true)));
        lead = members.save(Member.create(enfield, new SaveMemberCommand("Helen Brooks", "helen" + System.nanoTime()
                + "@enfield.example", police.requireId(), Set.of(Role.LEAD_OFFICER)), "hash"));
        sif = inspections.save(Inspection.create(enfield, new SaveInspectionCommand("Ofsted", InspectionType.SIF,
                "Single inspection 2015", LocalDate.of(2015, 1, 20), LocalDate.of(2015, 2, 11), LocalDate.of(2015, 3, 24),
                List.of(new AreaJudgement("Overall effectiveness", Judgement.GOOD),
                        new AreaJudgement("Adoption performance", Judgement.OUTSTANDING)),
                "Strong leadership", "Thresholds")));
    }

    private Recommendation recommendation(int number, Theme theme) {
        return recommendations.save(Recommendation.create(enfield, new SaveRecommendationCommand(sif.requireId(), number,
                "Apply thresholds " + number, theme, lead.requireId(), Set.of(police.requireId()),
                List.of(new SuccessMeasure("Decisions within timescale", ">= 95%")))));
    }

    private ImprovementAction action(Recommendation r, LocalDate due, ActionStatus status) {
        return actions.save(ImprovementAction.create(enfield, r.requireId(), new SaveActionCommand("Do " + due,
                lead.requireId(), Set.of(police.requireId()), due, ActionStatus.NOT_STARTED), LocalDate.of(2026, 1, 5))
                .withStatus(status, TODAY));
    }

    @Test
    void inspectionsKeepTheirJudgementsInOrderAndAreScoped() {
        Inspection found = inspections.find(enfield, sif.requireId()).orElseThrow();

        assertThat(found.judgements()).extracting(AreaJudgement::area)
                .containsExactly("Overall effectiveness", "Adoption performance");
        assertThat(found.publishedOn()).isEqualTo(LocalDate.of(2015, 3, 24));
        assertThat(inspections.find(other, sif.requireId())).isEmpty();
        assertThat(inspections.all(enfield)).extracting(Inspection::title).containsExactly("Single inspection 2015");
    }

    @Test
    void recommendationsKeepAgenciesAndMeasuresAndFilter() {
        Recommendation thresholds = recommendation(1, Theme.THRESHOLDS);
        recommendation(2, Theme.PERFORMANCE_DATA);

        Recommendation found = recommendations.find(enfield, thresholds.requireId()).orElseThrow();
        assertThat(found.sharedWith()).containsExactly(police.requireId());
        assertThat(found.successMeasures()).containsExactly(new SuccessMeasure("Decisions within timescale", ">= 95%"));
        assertThat(recommendations.find(enfield, new PlanFilter(Theme.THRESHOLDS, null, null, null)))
                .extracting(Recommendation::number).containsExactly(1);
        assertThat(recommendations.find(enfield, new PlanFilter(null, police.requireId(), RecommendationStatus.OPEN,
                lead.requireId()))).hasSize(2);
        assertThat(recommendations.find(other, PlanFilter.NONE)).isEmpty();
        assertThat(recommendations.numberTaken(sif.requireId(), 1, null)).isTrue();
        assertThat(recommendations.numberTaken(sif.requireId(), 1, thresholds.requireId())).isFalse();
        assertThatThrownBy(() -> recommendation(1, Theme.PLANNING)).isInstanceOf(ValidationException.class);
    }

    @Test
    void staleRecommendationVersionIsRefusedAndStatusHistoryIsKept() {
        Recommendation r = recommendation(3, Theme.PLANNING);
        Recommendation moved = recommendations.save(r.movedTo(RecommendationStatus.IN_PROGRESS));
        recommendations.recordStatusChange(new StatusChange(r.requireId(), Instant.parse("2026-11-23T10:00:00Z"),
                "Alex Morgan", RecommendationStatus.OPEN, RecommendationStatus.IN_PROGRESS));

        assertThat(moved.status()).isEqualTo(RecommendationStatus.IN_PROGRESS);
        assertThatThrownBy(() -> recommendations.save(r.movedTo(RecommendationStatus.IN_PROGRESS)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(recommendations.statusChanges(r.requireId())).singleElement()
                .satisfies(c -> assertThat(c.byName()).isEqualTo("Alex Morgan"));
    }

    @Test
    void theGroupedTallyAgreesWithTheDomainsCountOverTheSameActions() {
        Recommendation r = recommendation(4, Theme.THRESHOLDS);
        Recommendation empty = recommendation(5, Theme.THRESHOLDS);
        WorkingCalendar calendar = WorkingCalendar.englandAndWales();
        List<ImprovementAction> list = List.of(
                action(r, TODAY.minusDays(1), ActionStatus.ON_TRACK),      // overdue
                action(r, TODAY, ActionStatus.AT_RISK),                    // due soon, at risk
                action(r, calendar.addWorkingDays(TODAY, 5), ActionStatus.OFF_TRACK), // due soon (boundary)
                action(r, calendar.addWorkingDays(TODAY, 6), ActionStatus.NOT_STARTED),
                action(r, TODAY.minusDays(30), ActionStatus.COMPLETE));    // complete, not overdue

        var tallies = recommendations.tallies(enfield, List.of(r.requireId(), empty.requireId()), TODAY,
                calendar.addWorkingDays(TODAY, 5));

        assertThat(tallies.get(r.requireId())).isEqualTo(ActionTally.of(list, TODAY, calendar))
                .isEqualTo(new ActionTally(5, 1, 1, 2, 1, 1));
        assertThat(tallies).doesNotContainKey(empty.requireId());
        assertThat(recommendations.tallies(other, List.of(r.requireId()), TODAY, TODAY)).isEmpty();
    }

    @Test
    void actionsProgressAndEvidenceFilesRoundTrip() {
        Recommendation r = recommendation(6, Theme.MANAGEMENT_OVERSIGHT);
        ImprovementAction a = action(r, TODAY.plusDays(10), ActionStatus.ON_TRACK);
        actions.addProgress(new ProgressUpdate(null, a.requireId(), Instant.parse("2026-11-20T09:00:00Z"),
                lead.requireId(), "Helen Brooks", "Audit booked", ActionStatus.ON_TRACK));
        actions.addProgress(new ProgressUpdate(null, a.requireId(), Instant.parse("2026-11-21T09:00:00Z"),
                lead.requireId(), "Helen Brooks", "Audit done", ActionStatus.ON_TRACK));
        byte[] pdf = "%PDF-1.4 minimal".getBytes();
        EvidenceItem item = actions.addEvidence(new EvidenceItem(null, a.requireId(), "Audit report", "12 cases",
                null, new EvidenceFile("audit.pdf", EvidenceFileType.PDF, pdf.length), lead.requireId(),
                "Helen Brooks", Instant.parse("2026-11-21T10:00:00Z")), pdf);

        assertThat(actions.find(enfield, a.requireId()).orElseThrow().contributingAgencies())
                .containsExactly(police.requireId());
        assertThat(actions.find(other, a.requireId())).isEmpty();
        assertThat(actions.forRecommendation(r.requireId())).hasSize(1);
        assertThat(actions.openLedBy(enfield, lead.requireId())).extracting(ImprovementAction::id)
                .contains(a.id());
        assertThat(actions.progressFor(List.of(a.requireId()))).extracting(ProgressUpdate::text)
                .containsExactly("Audit done", "Audit booked");
        assertThat(actions.evidenceFor(List.of(a.requireId()))).singleElement()
                .satisfies(e -> assertThat(e.file()).isEqualTo(new EvidenceFile("audit.pdf", EvidenceFileType.PDF,
                        pdf.length)));
        assertThat(actions.evidenceCount(a.requireId())).isEqualTo(1);
        assertThat(actions.evidenceContent(enfield, item.id()).orElseThrow().content()).isEqualTo(pdf);
        assertThat(actions.evidenceContent(other, item.id())).isEmpty();
    }

    @Test
    void bankHolidaysMakeTheCalendar() {
        holidays.add(enfield, new BankHoliday(LocalDate.of(2026, 12, 25), "Christmas Day"));
        holidays.add(enfield, new BankHoliday(LocalDate.of(2026, 12, 28), "Boxing Day (substitute day)"));

        assertThat(holidays.all(enfield)).extracting(BankHoliday::name)
                .containsExactly("Christmas Day", "Boxing Day (substitute day)");
        assertThat(holidays.calendar(enfield).addWorkingDays(LocalDate.of(2026, 12, 24), 1))
                .isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(holidays.remove(enfield, LocalDate.of(2026, 12, 28))).isTrue();
        assertThat(holidays.remove(enfield, LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(holidays.all(other)).isEmpty();
    }

    @Test
    void openActionsDueBetweenTwoDaysIncludeOverdueOnesButNotCompleteOnes() {
        Recommendation r = recommendation(7, Theme.THRESHOLDS);
        action(r, TODAY.minusDays(8), ActionStatus.ON_TRACK);
        ImprovementAction overdue = action(r, TODAY.minusDays(7), ActionStatus.ON_TRACK);
        ImprovementAction due = action(r, TODAY.plusDays(3), ActionStatus.NOT_STARTED);
        action(r, TODAY.plusDays(4), ActionStatus.ON_TRACK);
        action(r, TODAY.minusDays(1), ActionStatus.COMPLETE);

        assertThat(actions.openDueBetween(enfield, TODAY.minusDays(7), TODAY.plusDays(3)))
                .extracting(ImprovementAction::id).containsExactly(overdue.id(), due.id());
        assertThat(actions.openDueBetween(other, TODAY.minusDays(7), TODAY.plusDays(3))).isEmpty();
    }
}
