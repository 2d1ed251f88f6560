package org.lscp.workspace.domain.notice;

import static org.lscp.workspace.domain.fixtures.Times.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.decision;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.escalation.model.RaiseEscalationCommand;
import org.lscp.workspace.domain.escalation.service.StageReminders;
import org.lscp.workspace.domain.fixtures.InMemoryNoticeRepository;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.frontdoor.service.DecisionReminders;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.notice.model.Notice;
import org.lscp.workspace.domain.notice.service.NoticeSender;
import org.lscp.workspace.domain.notice.service.NoticeService;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.SaveActionCommand;
import org.lscp.workspace.domain.plan.service.ActionReminders;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.PageRequest;

/** Reminders of what falls due soon: to whom, when, and only once however often the sweep runs. */
class RemindersTest {
    /** Wednesday 25 November 2026, 10:00 London. */
    private static final Instant WEDNESDAY_10 = london("2026-11-25T10:00");
    private final TestPartnerships world = TestPartnerships.withFrontDoor();
    private final InMemoryNoticeRepository stored = new InMemoryNoticeRepository();
    private final NoticeService notices = new NoticeService(stored, world.changes, world.auditor);
    private final NoticeSender sender = new NoticeSender(stored, world.directory, world.changes, world.auditor);

    private List<String> texts(Actor member) {
        return notices.inbox(member, PageRequest.first(50)).stream().map(Notice::text).toList();
    }

    @BeforeEach
    void setUp() {
        world.clock.set(WEDNESDAY_10);
    }

    @Test
    void aDecisionDueWithinTheHourRemindsTheMashManagersOnce() {
        var reminders = new DecisionReminders(world.contacts, sender, world.clock);
        var red = world.recordContact(world.practitionerA(), "R-1", Rag.RED, false, ConcernCategory.NEGLECT);
        var decided = world.recordContact(world.practitionerA(), "R-2", Rag.RED, false, ConcernCategory.NEGLECT);
        world.deciding.decide(world.mashManagerA(), decided.requireId(), decided.version(),
                decision(ThresholdLevel.NO_FURTHER_ACTION, false));
        int before = texts(world.practitionerA()).size();

        world.clock.set(red.deadline().minus(Duration.ofMinutes(61)));
        assertThat(reminders.sendReminders(world.partnershipA())).as("more than an hour ahead").isZero();

        world.clock.set(red.deadline().minus(Duration.ofMinutes(30)));
        assertThat(reminders.sendReminders(world.partnershipA())).as("both MASH managers").isEqualTo(2);
        String expected = "Contact " + red.reference() + " (red) needs its threshold decision by "
                + London.format(red.deadline()) + ".";
        assertThat(texts(world.mashManagerA())).containsExactly(expected);
        assertThat(texts(world.secondMashManagerA())).containsExactly(expected);
        assertThat(notices.inbox(world.mashManagerA(), PageRequest.first(5)).getFirst().subject())
                .isEqualTo(Change.contact(red.requireId().value()));
        assertThat(texts(world.practitionerA())).hasSize(before);
        assertThat(texts(world.boardChairA())).isEmpty();
        assertThat(texts(world.mashPractitionerA())).as("not assigned to them").isEmpty();

        world.clock.set(red.deadline().minus(Duration.ofMinutes(5)));
        assertThat(reminders.sendReminders(world.partnershipA())).as("sent once").isZero();
        world.clock.set(red.deadline().plusSeconds(1));
        assertThat(reminders.sendReminders(world.partnershipA())).as("past the deadline it is a flag").isZero();
        assertThat(reminders.sendReminders(world.partnershipB())).isZero();
    }

    @Test
    void anEscalationStageDueWithinAWorkingDayRemindsWhoeverItWaitsOn() {
        var reminders = new StageReminders(world.escalations, world.holidays, sender, world.clock);
        var contact = world.recordContact(world.healthPractitionerA(), "E-1", Rag.AMBER, true,
                ConcernCategory.SEXUAL_ABUSE);
        var nfa = world.deciding.decide(world.mashManagerA(), contact.requireId(), contact.version(),
                decision(ThresholdLevel.NO_FURTHER_ACTION, false));
        var e = world.escalationService.raise(world.healthPractitionerA(), new RaiseEscalationCommand(nfa.id(),
                null, null, "Closed with no further action.", "A strategy discussion.", false, null, Set.of()));
        assertThat(e.stageDeadline()).isEqualTo(london("2026-11-27T10:00"));

        assertThat(reminders.sendReminders(world.partnershipA())).as("two working days ahead").isZero();
        world.clock.set(london("2026-11-26T10:00"));
        int told = reminders.sendReminders(world.partnershipA());
        String waiting = "Escalation " + e.reference() + ": Stage 1 \u00b7 Practitioners is due by Fri 27 Nov 2026, "
                + "10:00; your agency has not yet responded.";
        assertThat(told).as("the MASH practitioner and both managers").isEqualTo(3);
        assertThat(texts(world.mashPractitionerA())).contains(waiting);
        assertThat(texts(world.healthPractitionerA())).doesNotContain(waiting);
        assertThat(texts(world.boardChairA())).isEmpty();
        assertThat(reminders.sendReminders(world.partnershipA())).as("sent once per stage").isZero();

        world.escalationService.respond(world.mashPractitionerA(), e.requireId(), e.version(), false,
                "The threshold was not met.");
        assertThat(reminders.sendReminders(world.partnershipA())).as("now the raising agency decides").isEqualTo(1);
        assertThat(texts(world.healthPractitionerA())).contains("Escalation " + e.reference()
                + ": Stage 1 \u00b7 Practitioners is due by Fri 27 Nov 2026, 10:00; escalate it or resolve it.");
        world.clock.set(london("2026-11-27T10:01"));
        assertThat(reminders.sendReminders(world.partnershipA())).as("overdue is not 'due soon'").isZero();
    }

    @Test
    void atStageFourTheChairIsRemindedOnceWhetherOrNotTheyHaveAnswered() {
        var reminders = new StageReminders(world.escalations, world.holidays, sender, world.clock);
        var contact = world.recordContact(world.healthPractitionerA(), "E-4", Rag.AMBER, true,
                ConcernCategory.SEXUAL_ABUSE);
        var nfa = world.deciding.decide(world.mashManagerA(), contact.requireId(), contact.version(),
                decision(ThresholdLevel.NO_FURTHER_ACTION, false));
        var e = world.escalationService.raise(world.healthPractitionerA(), new RaiseEscalationCommand(nfa.id(),
                null, null, "Closed with no further action.", "A strategy discussion.", false, null, Set.of()));
        Instant due = london("2026-11-27T10:00");
        var atStageFour = e.responded(false).escalated(WEDNESDAY_10, due).responded(false)
                .escalated(WEDNESDAY_10, due).responded(false).escalated(WEDNESDAY_10, due);
        world.escalations.save(atStageFour);
        world.clock.set(london("2026-11-26T10:00"));

        assertThat(reminders.sendReminders(world.partnershipA())).isEqualTo(1);
        assertThat(texts(world.boardChairA())).containsExactly("Escalation " + e.reference()
                + ": Stage 4 \u00b7 Partnership (chair or executive) is due by Fri 27 Nov 2026, 10:00.");
        world.escalations.save(world.escalations.find(world.partnershipA(), e.requireId()).orElseThrow()
                .responded(true));
        assertThat(reminders.sendReminders(world.partnershipA())).isZero();
    }

    @Test
    void anActionDueInThreeWorkingDaysRemindsItsLeadAndAgainWhenOverdue() {
        var reminders = new ActionReminders(world.actions, world.holidays, sender, world.clock);
        var inspection = world.addInspection(world.adminA(), "JTAI", LocalDate.of(2026, 1, 5));
        var recommendation = world.addRecommendation(world.adminA(), inspection, 1,
                world.leadOfficerA().memberId());
        var monday = world.addAction(world.adminA(), recommendation, "Train the front door",
                world.leadOfficerA().memberId(), LocalDate.of(2026, 11, 30));
        world.addAction(world.adminA(), recommendation, "Audit 20 cases", world.leadOfficerA().memberId(),
                LocalDate.of(2026, 12, 1));
        world.actions.save(ImprovementAction.create(world.partnershipA(), recommendation.requireId(),
                new SaveActionCommand("Long overdue", world.leadOfficerA().memberId(), Set.of(),
                        LocalDate.of(2026, 11, 17), ActionStatus.ON_TRACK), LocalDate.of(2026, 1, 5)));

        assertThat(reminders.sendReminders(world.partnershipA()))
                .as("Monday is 3 working days on; Tuesday 4; the one due 8 days ago is past reminding").isEqualTo(1);
        assertThat(notices.inbox(world.leadOfficerA(), PageRequest.first(5))).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo("Action \u201cTrain the front door\u201d is due on Mon 30 Nov 2026.");
            assertThat(n.subject()).isEqualTo(Change.action(recommendation.requireId().value(),
                    monday.requireId().value()));
        });
        assertThat(reminders.sendReminders(world.partnershipA())).isZero();

        world.today(LocalDate.of(2026, 12, 1));
        assertThat(reminders.sendReminders(world.partnershipA())).as("Monday's is overdue; Tuesday's due today")
                .isEqualTo(2);
        assertThat(texts(world.leadOfficerA())).contains(
                "Action \u201cTrain the front door\u201d was due on Mon 30 Nov 2026 and is overdue.",
                "Action \u201cAudit 20 cases\u201d is due on Tue 1 Dec 2026.");
        assertThat(reminders.sendReminders(world.partnershipA())).isZero();
        assertThat(texts(world.adminA())).isEmpty();
    }
}
