package org.lscp.workspace.domain.section11.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.section11.model.AnswerCommand;
import org.lscp.workspace.domain.section11.model.Cycle;
import org.lscp.workspace.domain.section11.model.Rating;
import org.lscp.workspace.domain.section11.model.Review;
import org.lscp.workspace.domain.section11.model.StartCycleCommand;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

class Section11ServiceTest {
    private TestPartnerships world;
    private Section11Service section11;
    private Actor policeLead;
    private Actor healthLead;
    private Cycle cycle;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.withFrontDoor();
        world.today(LocalDate.of(2026, 3, 2));
        section11 = world.section11;
        world.addMember(world.adminA(), "Pat Police", "pat@northshire.example", TestPartnerships.A_POLICE,
                Role.LINE_MANAGER);
        policeLead = world.actorByEmail("pat@northshire.example");
        healthLead = world.healthPractitionerA();
        cycle = section11.startCycle(world.adminA(), new StartCycleCommand("Section 11, 2026",
                LocalDate.of(2026, 6, 30), Cycle.STANDARDS, Map.of(policeLead.agencyId(), policeLead.memberId(),
                healthLead.agencyId(), healthLead.memberId())));
    }

    @Test
    void eachAgencysLeadRatesItsStandardsWithEvidenceAndTheHeatMapShowsAgenciesByStandards() {
        section11.answer(policeLead, cycle.requireId(), AnswerCommand.of(0, Rating.MET,
                "Chief Superintendent accountable.", "", -1));
        section11.answer(policeLead, cycle.requireId(), AnswerCommand.of(4, Rating.PARTLY_MET, "",
                "https://intranet.example/escalation", -1));
        var missing = catchThrowableOfType(ValidationException.class, () -> section11.answer(healthLead,
                cycle.requireId(), AnswerCommand.of(0, null, " ", "", -1)));
        assertThat(missing.fieldErrors()).containsKeys("rating", "evidence");
        var badLink = catchThrowableOfType(ValidationException.class, () -> section11.answer(healthLead,
                cycle.requireId(), AnswerCommand.of(0, Rating.MET, "", "not a link", -1)));
        assertThat(badLink.fieldErrors()).containsOnlyKeys("link");
        assertThatThrownBy(() -> section11.answer(world.practitionerA(), cycle.requireId(),
                AnswerCommand.of(0, Rating.MET, "x", "", -1)))
                .isInstanceOf(NotAuthorisedException.class);
        var map = section11.heatMap(world.boardChairA(), cycle.requireId());
        assertThat(map.rows()).hasSize(2);
        var police = map.rows().stream().filter(r -> r.agency().equals(policeLead.agencyId())).findFirst()
                .orElseThrow();
        assertThat(police.cells()).hasSize(10);
        assertThat(police.cells().get(0).rating()).isEqualTo(Rating.MET);
        assertThat(police.cells().get(4).rating()).isEqualTo(Rating.PARTLY_MET);
        assertThat(police.cells().get(1)).isNull();
        assertThat(map.answered()).isEqualTo(2);
        assertThat(map.asked()).isEqualTo(20);
        assertThat(map.byRating()).containsExactly(Map.entry(Rating.MET, 1L), Map.entry(Rating.PARTLY_MET, 1L));
        assertThat(map.reviewed(Review.AWAITING)).isEqualTo(2);
        assertThatThrownBy(() -> section11.heatMap(world.practitionerA(), cycle.requireId()))
                .isInstanceOf(NotAuthorisedException.class);
    }

    @Test
    void thePanelChallengesWithAReasonTheAgencyRespondsAndAnAgreedActionJoinsThePlan() {
        var first = section11.answer(healthLead, cycle.requireId(), AnswerCommand.of(7, Rating.MET,
                "All staff DBS checked.", "", -1));
        var rated = section11.answer(healthLead, cycle.requireId(), AnswerCommand.of(7, Rating.MET,
                "All staff DBS checked, agency staff too.", "", first.version()));
        assertThatThrownBy(() -> section11.review(world.leadOfficerA(), cycle.requireId(), healthLead.agencyId(), 7,
                rated.version(), false, "x")).isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> section11.review(world.boardChairA(), cycle.requireId(), healthLead.agencyId(), 7,
                first.version(), true, "")).as("the panel read the rating before it changed")
                .isInstanceOf(org.lscp.workspace.domain.shared.ConcurrentChangeException.class);
        var noReason = catchThrowableOfType(ValidationException.class, () -> section11.review(world.boardChairA(),
                cycle.requireId(), healthLead.agencyId(), 7, rated.version(), false, " "));
        assertThat(noReason.fieldErrors()).containsKey("reason");
        var challenged = section11.review(world.boardChairA(), cycle.requireId(), healthLead.agencyId(), 7,
                rated.version(), false, "Agency staff are not covered.");
        assertThat(challenged.review()).isEqualTo(Review.CHALLENGED);
        assertThat(section11.heatMap(world.boardChairA(), cycle.requireId()).reviewed(Review.CHALLENGED))
                .isEqualTo(1);
        var responded = section11.respond(healthLead, cycle.requireId(), 7, "Agency staff are checked by the agency;"
                + " we will audit their files.");
        assertThat(responded.review()).isEqualTo(Review.RESPONDED);
        var rec = world.addRecommendation(world.adminA(), world.addInspection(world.adminA(), "Section 11",
                LocalDate.of(2026, 1, 10)), 1, world.leadOfficerA().memberId());
        var action = section11.agreeAction(world.adminA(), cycle.requireId(), healthLead.agencyId(), 7,
                rec.requireId(), "Audit the agency staff files for safer recruitment checks",
                world.leadOfficerA().memberId(), LocalDate.of(2026, 6, 1));
        assertThat(world.actions.find(world.partnershipA(), action.requireId())).isPresent();
        assertThat(section11.heatMap(world.adminA(), cycle.requireId()).rows().stream()
                .flatMap(r -> r.cells().stream()).filter(a -> a != null).findFirst().orElseThrow().action())
                .isEqualTo(action.requireId().value());
    }

    @Test
    void evidenceMayBeAFileJudgedByItsContentKeptWhenTheRatingIsEditedAndCarriedForward() {
        long id = cycle.requireId();
        byte[] program = "MZ\u0090 a renamed program".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        var wrong = catchThrowableOfType(ValidationException.class, () -> section11.answer(policeLead, id,
                new AnswerCommand(6, Rating.MET, "", "", "policy.pdf", program, false, -1)));
        assertThat(wrong.fieldErrors()).containsOnlyKeys("file");
        assertThat(wrong.fieldErrors().get("file")).startsWith("Only PDF, Word (.docx), Excel (.xlsx), PNG and JPEG");
        assertThat(section11.heatMap(world.adminA(), id).answered()).as("nothing saved").isZero();
        assertThat(world.section11Records.file(world.partnershipA(), 1)).as("no file stored").isEmpty();

        byte[] pdf = "%PDF-1.7 designated practitioners".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var saved = section11.answer(policeLead, id, new AnswerCommand(6, Rating.MET, "", "", "designated.pdf", pdf,
                false, -1));
        assertThat(saved.file().about()).isEqualTo(new org.lscp.workspace.domain.plan.model.EvidenceFile(
                "designated.pdf", org.lscp.workspace.domain.plan.model.EvidenceFileType.PDF, pdf.length));
        assertThatThrownBy(() -> section11.answer(policeLead, id, AnswerCommand.of(6, Rating.NOT_MET, "Stale", "",
                -1))).as("a form opened before the rating was saved").isInstanceOf(
                org.lscp.workspace.domain.shared.ConcurrentChangeException.class);
        var edited = section11.answer(policeLead, id, AnswerCommand.of(6, Rating.PARTLY_MET, "", "", saved.version()));
        assertThat(edited.file()).as("kept when no new file is given").isEqualTo(saved.file());
        assertThat(section11.evidenceFile(world.boardChairA(), id, policeLead.agencyId(), 6).content()).isEqualTo(pdf);
        assertThatThrownBy(() -> section11.evidenceFile(world.practitionerA(), id, policeLead.agencyId(), 6))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> section11.evidenceFile(healthLead, id, policeLead.agencyId(), 6))
                .as("another agency's lead").isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> section11.evidenceFile(world.adminA(), id, policeLead.agencyId(), 5))
                .isInstanceOf(org.lscp.workspace.domain.shared.NotFoundException.class);

        Cycle next = section11.startCycle(world.adminA(), new StartCycleCommand("Section 11, 2028",
                LocalDate.of(2028, 6, 30), Cycle.STANDARDS, Map.of(policeLead.agencyId(), policeLead.memberId())));
        var carried = section11.heatMap(policeLead, next.requireId()).rows().getFirst().cells().get(6);
        assertThat(carried.file()).isEqualTo(saved.file());
        assertThat(section11.evidenceFile(policeLead, next.requireId(), policeLead.agencyId(), 6).content())
                .isEqualTo(pdf);
        var removed = section11.answer(policeLead, next.requireId(), new AnswerCommand(6, Rating.PARTLY_MET,
                "Designated doctor in post; the audit is out of date.", "", null, null, true, carried.version()));
        assertThat(removed.file()).as("removed on request").isNull();
        var noEvidence = catchThrowableOfType(ValidationException.class, () -> section11.answer(policeLead,
                next.requireId(), new AnswerCommand(6, Rating.MET, "", "", null, null, true, removed.version())));
        assertThat(noEvidence.fieldErrors()).containsKey("evidence");
    }

    @Test
    void aNewCycleCarriesTheLastAnswersForwardToEditByTheStandardsName() {
        section11.answer(policeLead, cycle.requireId(), AnswerCommand.of(9, Rating.NOT_MET,
                "Training plan not yet agreed.", "", -1));
        Cycle next = section11.startCycle(world.adminA(), new StartCycleCommand("Section 11, 2028",
                LocalDate.of(2028, 6, 30), List.of("Training", "Supervision", "Online safety"),
                Map.of(policeLead.agencyId(), policeLead.memberId())));
        var carried = section11.heatMap(policeLead, next.requireId()).rows().getFirst().cells().getFirst();
        assertThat(carried.carried()).isTrue();
        assertThat(carried.rating()).isEqualTo(Rating.NOT_MET);
        var edited = section11.answer(policeLead, next.requireId(), AnswerCommand.of(0, Rating.PARTLY_MET,
                "Plan agreed in May.", "", carried.version()));
        assertThat(edited.carried()).isFalse();
        assertThat(section11.cycles(policeLead)).extracting(Cycle::title).containsExactly("Section 11, 2028",
                "Section 11, 2026");
        var bad = catchThrowableOfType(ValidationException.class, () -> new StartCycleCommand(" ", null,
                List.of(" "), Map.of()));
        assertThat(bad.fieldErrors()).containsKeys("title", "dueOn", "standards", "leads");
    }
}
