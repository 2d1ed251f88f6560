package org.lscp.workspace.domain.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.comment.service.CommentService;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.escalation.model.EscalationFilter;
import org.lscp.workspace.domain.escalation.model.RaiseEscalationCommand;
import org.lscp.workspace.domain.fixtures.InMemoryCommentRepository;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.RecordContactCommand;
import org.lscp.workspace.domain.notice.port.in.Notifier;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.AddEvidenceCommand;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecommendationDetail;
import org.lscp.workspace.domain.plan.model.RecordProgressCommand;
import org.lscp.workspace.domain.redaction.model.IdentifiesChildException;
import org.lscp.workspace.domain.shared.PageRequest;

/** The save use cases check chair-readable text; the read use cases mask it for the chair. */
class ChairReadsNoChildIdentifiersTest {
    static final String NOTE = "Aisha S. (DOB 24/01/2022) was not seen.";
    static final String MASKED = "[child] (DOB [child]) was not seen.";
    private final TestPartnerships world = TestPartnerships.withFrontDoor();

    @BeforeEach
    void aChildInTheRecords() {
        world.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
        world.recording.record(world.mashManagerA(), new RecordContactCommand(world.clock.instant(),
                "Class teacher", Channel.PHONE, "123456", "Aisha S.", LocalDate.of(2022, 1, 24), Gender.FEMALE,
                Ethnicity.WBRI, Set.of(ConcernCategory.NEGLECT), false, "Concern.", ConsentBasis.CONSENT_GIVEN,
                Rag.GREEN, Set.of()));
    }

    @Test
    void progressAndEvidenceAreCheckedOnSaveAndMaskedForTheChairEverywhereThePlanShowsThem() {
        var officer = world.leadOfficerA();
        var inspection = world.addInspection(world.adminA(), "Focused visit", LocalDate.of(2026, 10, 1));
        Recommendation rec = world.addRecommendation(world.adminA(), inspection, 1, officer.memberId());
        ImprovementAction action = world.addAction(officer, rec, "Audit thresholds", officer.memberId(),
                LocalDate.of(2026, 12, 31));
        var progress = new RecordProgressCommand(NOTE, ActionStatus.ON_TRACK);
        var refused = catchThrowableOfType(IdentifiesChildException.class,
                () -> world.actionService.recordProgress(officer, action.requireId(), action.version(), progress));
        assertThat(refused.fieldErrors()).containsOnlyKeys("text");
        assertThat(world.actions.progressFor(List.of(action.requireId()))).as("nothing saved").isEmpty();
        var evidence = new AddEvidenceCommand("Audit of Aisha S.", "Seen under 123456.", "https://example.org/a",
                null, null);
        assertThat(catchThrowableOfType(IdentifiesChildException.class, () -> world.actionService.addEvidence(
                officer, action.requireId(), evidence)).fieldErrors()).containsOnlyKeys("title", "summary");

        world.childIdentifiers.keep(officer, refused.texts(), "Quoted from the audit the board asked for.");
        world.actionService.recordProgress(officer, action.requireId(), action.version(), progress);
        world.childIdentifiers.keep(officer, List.of("Audit of Aisha S.", "Seen under 123456."), "Same audit.");
        world.actionService.addEvidence(officer, action.requireId(), evidence);

        RecommendationDetail chair = world.planQueryService.recommendation(world.boardChairA(), rec.requireId());
        assertThat(chair.actions().getFirst().progress()).extracting(p -> p.text()).containsExactly(MASKED);
        assertThat(chair.actions().getFirst().evidence()).extracting(e -> e.title() + " / " + e.summary())
                .containsExactly("Audit of [child] / Seen under [child].");
        assertThat(chair.timeline().toString()).contains(MASKED).doesNotContain("Aisha", "123456");
        RecommendationDetail manager = world.planQueryService.recommendation(world.mashManagerA(), rec.requireId());
        assertThat(manager.actions().getFirst().progress()).extracting(p -> p.text()).containsExactly(NOTE);
    }

    @Test
    void commentsAreCheckedOnSaveAndMaskedForReadersWhoMayNotSeeChildren() {
        CommentService comments = new CommentService(new InMemoryCommentRepository(), world.directory,
                (members, subject) -> members, Notifier.NONE, world.auditor, world.childIdentifiers);
        var manager = world.mashManagerA();
        var refused = catchThrowableOfType(IdentifiesChildException.class,
                () -> comments.add(manager, "recommendation/1", NOTE, Set.of()));
        assertThat(refused.found()).containsExactly("Aisha S.", "24/01/2022");
        world.childIdentifiers.keep(manager, refused.texts(), "The chair needs to know which child.");
        comments.add(manager, "recommendation/1", NOTE, Set.of());
        assertThat(comments.on(world.boardChairA(), "recommendation/1")).extracting(c -> c.text())
                .containsExactly(MASKED);
        assertThat(comments.on(manager, "recommendation/1")).extracting(c -> c.text()).containsExactly(NOTE);
    }

    @Test
    void escalationsAreCheckedOnRaiseAndMaskedWithTheirTimelineForTheChair() {
        var police = world.practitionerA();
        var health = world.agencyId(world.partnershipA(), TestPartnerships.A_HEALTH);
        var command = new RaiseEscalationCommand(null, "123456", health, "Seen under 123456, " + NOTE,
                "A strategy discussion", false, null, Set.of());
        var refused = catchThrowableOfType(IdentifiesChildException.class,
                () -> world.escalationService.raise(police, command));
        assertThat(refused.fieldErrors()).containsOnlyKeys("disputed");
        world.childIdentifiers.keep(police, refused.texts(), "The other agency needs the case id.");
        Escalation raised = world.escalationService.raise(police, command);

        var chair = world.boardChairA();
        Escalation listed = world.escalationQueryService.list(chair, new EscalationFilter(EscalationFilter.Scope.ALL,
                false, false), PageRequest.first(10)).getFirst();
        assertThat(listed.disputed()).isEqualTo("Seen under [child], " + MASKED);
        assertThat(listed.childCaseId()).isNull();
        var view = world.escalationQueryService.open(chair, raised.requireId());
        assertThat(view.escalation().disputed()).isEqualTo("Seen under [child], " + MASKED);
        assertThat(view.timeline()).extracting(e -> e.text()).allSatisfy(t -> assertThat(t).doesNotContain("Aisha"));
        assertThat(world.escalationQueryService.open(police, raised.requireId()).escalation().disputed())
                .isEqualTo(command.disputed());
    }
}
