package org.lscp.workspace.domain.caseaudit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.caseaudit.model.AuditCase;
import org.lscp.workspace.domain.caseaudit.model.AuditDomain;
import org.lscp.workspace.domain.caseaudit.model.AuditMeasure;
import org.lscp.workspace.domain.caseaudit.model.AuditProgramme;
import org.lscp.workspace.domain.caseaudit.model.AuditTheme;
import org.lscp.workspace.domain.caseaudit.model.CaseCommands;
import org.lscp.workspace.domain.caseaudit.model.Grade;
import org.lscp.workspace.domain.caseaudit.model.Sample;
import org.lscp.workspace.domain.frontdoor.model.SampleFilter;
import org.lscp.workspace.domain.caseaudit.model.SaveProgrammeCommand;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.SaveRecommendationCommand;
import org.lscp.workspace.domain.plan.model.SuccessMeasure;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.ValidationException;

class CaseAuditServiceTest {
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);
    private TestPartnerships world;
    private CaseAuditService audits;
    private Actor police;
    private Actor health;
    private Actor moderator;
    private AuditProgramme programme;
    private Recommendation thresholds;
    private final List<Contact> contacts = new ArrayList<>();

    @BeforeEach
    void setUp() {
        world = TestPartnerships.withFrontDoor();
        world.today(MARCH);
        audits = world.caseAudits;
        police = world.practitionerA();
        health = world.healthPractitionerA();
        moderator = world.leadOfficerA();
        Actor manager = world.mashManagerA();
        for (int i = 0; i < 8; i++) {
            Contact c = world.recordContact(i % 2 == 0 ? police : health, "CHILD-" + i);
            if (i == 0) world.casework.requestChecks(manager, c.requireId(), Set.of(health.agencyId()));
            c = world.contactNow(c);
            world.deciding.decide(manager, c.requireId(), c.version(),
                    TestPartnerships.decision(ThresholdLevel.CHILD_IN_NEED_ASSESSMENT, false));
            contacts.add(c);
        }
        world.recordContact(police, "UNDECIDED"); // not in any sample: undecided
        Inspection visit = world.addInspection(world.adminA(), "Focused visit", LocalDate.of(2026, 1, 20));
        thresholds = world.recommendationService.create(world.adminA(), new SaveRecommendationCommand(
                visit.requireId(), 1, "Apply thresholds", Theme.THRESHOLDS, world.leadOfficerA().memberId(), Set.of(),
                List.of(new SuccessMeasure(new AuditMeasure(AuditTheme.THRESHOLDS, null).ref(),
                        "Thresholds audit: cases good or better", "≥ 80%"))));
        programme = audits.saveProgramme(world.adminA(), null, new SaveProgrammeCommand("Thresholds audit, March",
                AuditTheme.THRESHOLDS, Set.of(thresholds.requireId()), MARCH, MARCH, MARCH.plusDays(14),
                Set.of(police.memberId(), health.memberId()), moderator.memberId()), 0);
    }

    private static CaseCommands.Grades grades(Grade all, Grade overall) {
        Map<AuditDomain, Grade> domains = new EnumMap<>(AuditDomain.class);
        for (AuditDomain d : AuditDomain.values()) domains.put(d, all);
        return new CaseCommands.Grades(domains, overall, "Agreed by the group.");
    }

    private static CaseCommands.Section section() {
        return new CaseCommands.Section("Known since 2024.", "Shared the disclosure the same day.", "Quick sharing",
                "Record the child's words");
    }

    @Test
    void theSampleIsDrawnAtRandomFromDecidedContactsAndTheSameSeedDrawsItAgain() {
        List<AuditCase> drawn = audits.drawSample(world.adminA(), programme.requireId(), 3, 20260302L);
        assertThat(drawn).hasSize(3).allMatch(c -> c.seed() == 20260302L);
        assertThat(drawn).extracting(AuditCase::number).containsExactly(1, 2, 3);
        var population = contacts.stream().map(Contact::requireId).toList();
        assertThat(drawn).extracting(AuditCase::contact).containsExactlyElementsOf(Sample.draw(population, 3,
                20260302L));
        AuditProgramme again = audits.saveProgramme(world.adminA(), null, new SaveProgrammeCommand("Re-run",
                AuditTheme.THRESHOLDS, Set.of(), MARCH, MARCH, MARCH, Set.of(police.memberId(), health.memberId()),
                moderator.memberId()), 0);
        assertThat(audits.drawSample(world.adminA(), again.requireId(), 3, 20260302L))
                .extracting(AuditCase::contact).containsExactlyElementsOf(drawn.stream().map(AuditCase::contact)
                        .toList());
        assertThat(Sample.draw(List.of(1, 2, 3, 4, 5, 6, 7, 8), 3, 7L)).isEqualTo(Sample.draw(List.of(1, 2, 3, 4, 5,
                6, 7, 8), 3, 7L)).isNotEqualTo(Sample.draw(List.of(1, 2, 3, 4, 5, 6, 7, 8), 3, 8L));

        // a filtered sample: only the contacts the police sent, the same seed drawing the same of them
        var fromPolice = contacts.stream().filter(c -> police.agencyId().equals(c.receipt().sourceAgency()))
                .map(Contact::requireId).toList();
        assertThat(fromPolice).hasSize(4);
        AuditProgramme policeOnly = audits.saveProgramme(world.adminA(), null, new SaveProgrammeCommand("Police",
                AuditTheme.THRESHOLDS, Set.of(), MARCH, MARCH, new SampleFilter(null, police.agencyId()), MARCH,
                Set.of(police.memberId(), health.memberId()), moderator.memberId()), 0);
        assertThat(audits.drawSample(world.adminA(), policeOnly.requireId(), 3, 5L)).extracting(AuditCase::contact)
                .containsExactlyElementsOf(Sample.draw(fromPolice, 3, 5L));
        AuditProgramme redOnly = audits.saveProgramme(world.adminA(), null, new SaveProgrammeCommand("Red only",
                AuditTheme.THRESHOLDS, Set.of(), MARCH, MARCH, new SampleFilter(
                org.lscp.workspace.domain.frontdoor.model.Rag.RED, null), MARCH,
                Set.of(police.memberId(), health.memberId()), moderator.memberId()), 0);
        var noneRed = catchThrowableOfType(ValidationException.class, () -> audits.drawSample(world.adminA(),
                redOnly.requireId(), 3, 5L));
        assertThat(noneRed.fieldErrors().get("size")).endsWith("that the audit's sample filter takes: change its "
                + "period or its filter.");

        AuditCase byChild = audits.addByChild(world.adminA(), programme.requireId(), "UNDECIDED");
        assertThat(byChild.number()).isEqualTo(4);
        assertThat(byChild.seed()).isNull();
        var unknown = catchThrowableOfType(ValidationException.class, () -> audits.addByChild(world.adminA(),
                programme.requireId(), "NO-SUCH-CHILD"));
        assertThat(unknown.fieldErrors()).containsKey("childCaseId");
        assertThatThrownBy(() -> audits.drawSample(police, programme.requireId(), 3, null))
                .isInstanceOf(NotAuthorisedException.class);
    }

    @Test
    void agenciesWriteTheirSectionsThenTheGroupGradesAndTheModeratorChangesTheGradeWithAReason() {
        AuditCase c = audits.addByChild(world.adminA(), programme.requireId(), "CHILD-0");
        assertThat(c.agencies()).containsExactlyInAnyOrder(police.agencyId(), health.agencyId());
        audits.writeSection(police, c.requireId(), section());
        var early = catchThrowableOfType(ValidationException.class, () -> audits.grade(police, c.requireId(),
                c.version(), grades(Grade.GOOD, Grade.GOOD)));
        assertThat(early.fieldErrors().get("overall")).startsWith("Every agency that knew the child completes its "
                + "section before the group grades. Still to come: " + TestPartnerships.A_HEALTH);
        assertThatThrownBy(() -> audits.writeSection(world.adminA(), c.requireId(), section()))
                .isInstanceOf(NotAuthorisedException.class);
        var view = audits.writeSection(health, c.requireId(), section());
        assertThat(view.sectionsIn()).isTrue();

        var missingGrades = catchThrowableOfType(ValidationException.class, () -> new CaseCommands.Grades(Map.of(),
                null, " "));
        assertThat(missingGrades.fieldErrors()).containsKeys("IMPACT", "overall", "rationale");
        AuditCase graded = audits.grade(health, c.requireId(), c.version(), grades(Grade.REQUIRES_IMPROVEMENT,
                Grade.INADEQUATE));
        assertThatThrownBy(() -> audits.moderate(police, graded.requireId(), graded.version(), Grade.INADEQUATE, ""))
                .isInstanceOf(NotAuthorisedException.class);
        var noReason = catchThrowableOfType(ValidationException.class, () -> audits.moderate(moderator,
                graded.requireId(), graded.version(), Grade.REQUIRES_IMPROVEMENT, " "));
        assertThat(noReason.fieldErrors()).containsEntry("reason", "Give the reason for changing the group's grade.");
        AuditCase confirmed = audits.moderate(moderator, graded.requireId(), graded.version(), Grade.INADEQUATE, "");
        assertThat(confirmed.finalGrade()).isEqualTo(Grade.INADEQUATE);
        assertThat(confirmed.moderation().changed()).isFalse();
        assertThatThrownBy(() -> audits.writeSection(police, c.requireId(), section()))
                .isInstanceOf(ValidationException.class);

        // offered for re-audit, and its finding an action on the recommendation the audit tests
        AuditCase reaudit = audits.reaudit(world.adminA(), c.requireId(), programme.requireId());
        assertThat(reaudit.reauditOf()).isEqualTo(c.requireId());
        assertThat(reaudit.contact()).isEqualTo(c.contact());
        var summary = audits.programme(world.boardChairA(), programme.requireId());
        assertThat(summary.cases()).hasSize(2);
        assertThat(summary.graded()).isEqualTo(1);
        assertThat(summary.byGrade()).containsExactly(Map.entry(Grade.INADEQUATE, 1L));
        assertThat(summary.moderated()).isEqualTo(1);
        assertThat(summary.changedByModerator()).isZero();
        assertThat(summary.goodOrBetter()).isZero();
        assertThat(summary.findings()).containsExactly("Record the child's words");
        var action = audits.raiseAction(world.adminA(), c.requireId(), thresholds.requireId(),
                "Record the child's words in every strategy discussion", moderator.memberId(), MARCH.plusDays(60));
        assertThat(world.actions.find(world.partnershipA(), action.requireId())).isPresent();
        assertThat(audits.openCase(world.adminA(), c.requireId()).auditCase().actions())
                .containsExactly(action.requireId().value());
    }

    @Test
    void theChairSeesGradesAndFindingsButNeverTheChildAndOpeningACaseIsLoggedAndRefused() {
        AuditCase c = audits.addByChild(world.adminA(), programme.requireId(), "CHILD-1");
        audits.writeSection(health, c.requireId(), section());
        audits.grade(health, c.requireId(), 0, grades(Grade.GOOD, Grade.GOOD));
        var chairView = audits.programme(world.boardChairA(), programme.requireId());
        assertThat(chairView.seesChildren()).isFalse();
        assertThat(chairView.cases()).singleElement().satisfies(line -> {
            assertThat(line.childName()).isNull();
            assertThat(line.reference()).isNull();
            assertThat(line.grade()).isEqualTo(Grade.GOOD);
            assertThat(line.toImprove()).containsExactly("Record the child's words");
        });
        int logged = world.accessLog.all().size();
        assertThatThrownBy(() -> audits.openCase(world.boardChairA(), c.requireId()))
                .isInstanceOf(NotAuthorisedException.class);
        assertThat(world.accessLog.all()).hasSize(logged + 1).last().satisfies(e -> assertThat(e.allowed()).isFalse());
        assertThat(audits.openCase(health, c.requireId()).auditCase().childName()).isNotBlank();
        assertThat(world.accessLog.all().getLast().allowed()).isTrue();
        assertThat(audits.programme(health, programme.requireId()).cases().getFirst().childName()).isNotBlank();
    }

    /** The board's audit measure: good or better of those graded, by the grade that stands. */
    @Test
    void theAuditMeasureCountsTheGradeThatStandsAndTheBoardShowsItWithItsProvenance() {
        List<AuditCase> cases = new ArrayList<>();
        for (String child : List.of("CHILD-1", "CHILD-3", "CHILD-5")) {
            AuditCase c = audits.addByChild(world.adminA(), programme.requireId(), child);
            audits.writeSection(health, c.requireId(), section());
            cases.add(c);
        }
        audits.grade(health, cases.get(0).requireId(), 0, grades(Grade.GOOD, Grade.GOOD));
        audits.grade(health, cases.get(1).requireId(), 0, grades(Grade.GOOD, Grade.OUTSTANDING));
        AuditCase third = audits.grade(health, cases.get(2).requireId(), 0, grades(Grade.INADEQUATE, Grade.GOOD));
        audits.moderate(moderator, third.requireId(), third.version(), Grade.INADEQUATE, "No safety plan.");
        var figure = audits.figure(world.partnershipA(), AuditTheme.THRESHOLDS, null, MARCH.minusYears(1), MARCH);
        assertThat(figure.good()).isEqualTo(2);
        assertThat(figure.graded()).isEqualTo(3);
        assertThat(figure.moderated()).isTrue();
        assertThat(audits.figure(world.partnershipA(), AuditTheme.THRESHOLDS, AuditDomain.IMPACT, MARCH.minusYears(1),
                MARCH).good()).isEqualTo(2);
        assertThat(audits.figure(world.partnershipA(), AuditTheme.NEGLECT, null, MARCH.minusYears(1), MARCH)
                .graded()).isZero();

        var card = world.boardService.dashboard(world.boardChairA(), new org.lscp.workspace.domain.board.model
                .MeasureFilter(org.lscp.workspace.domain.board.model.Period.yearTo(MARCH), null)).cards().stream()
                .filter(x -> x.recommendation().requireId().equals(thresholds.requireId())).findFirst().orElseThrow();
        var measure = card.measures().getFirst();
        assertThat(measure.current().display()).isEqualTo("67% (2 of 3)");
        assertThat(measure.provenance()).isEqualTo("Audited: 3 cases in 1 audit of thresholds, moderated");
        assertThat(measure.rag()).isEqualTo(org.lscp.workspace.domain.plan.model.Rag.RED);
        assertThat(world.catalogue.entries(world.partnershipA())).extracting(e -> e.ref().key())
                .contains("THRESHOLDS", "THRESHOLDS/IMPACT", "NEGLECT").doesNotContain("NEGLECT/IMPACT");
    }

    @Test
    void anAuditNeedsAuditorsFromTwoAgenciesAndRecommendationsOfThePlan() {
        var one = catchThrowableOfType(ValidationException.class, () -> audits.saveProgramme(world.adminA(), null,
                new SaveProgrammeCommand("Neglect", AuditTheme.NEGLECT, Set.of(), MARCH, MARCH, MARCH,
                        Set.of(world.adminA().memberId(), world.leadOfficerA().memberId()),
                        moderator.memberId()), 0));
        assertThat(one.fieldErrors()).containsEntry("auditors",
                "A multi-agency audit needs auditors from at least two agencies.");
        var bad = catchThrowableOfType(ValidationException.class, () -> new SaveProgrammeCommand(" ", null, Set.of(),
                MARCH, MARCH.minusDays(1), null, Set.of(), null));
        assertThat(bad.fieldErrors()).containsKeys("title", "theme", "sampleTo", "meetsOn", "auditors", "moderator");
        assertThatThrownBy(() -> audits.saveProgramme(world.boardChairA(), null, new SaveProgrammeCommand("Neglect",
                AuditTheme.NEGLECT, Set.of(), MARCH, MARCH, MARCH, Set.of(police.memberId(), health.memberId()),
                moderator.memberId()), 0)).isInstanceOf(NotAuthorisedException.class);
        var chair = catchThrowableOfType(ValidationException.class, () -> audits.saveProgramme(world.adminA(), null,
                new SaveProgrammeCommand("Neglect", AuditTheme.NEGLECT, Set.of(), MARCH, MARCH, MARCH,
                        Set.of(police.memberId(), health.memberId(), world.boardChairA().memberId()),
                        world.boardChairA().memberId()), 0));
        assertThat(chair.fieldErrors()).containsEntry("moderator", "The board chair never sees a child's record: "
                + "choose a moderator who may.").containsEntry("auditors", "The board chair never sees a child's "
                + "record: choose auditors who may.");
        assertThat(audits.programmes(world.boardChairA())).extracting(AuditProgramme::title)
                .contains("Thresholds audit, March");
        assertThat(audits.programmes(world.mashPractitionerA())).isEmpty();
        assertThat(audits.programmes(police)).hasSize(1);
    }
}
