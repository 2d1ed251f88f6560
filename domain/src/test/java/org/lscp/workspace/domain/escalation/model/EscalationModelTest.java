package org.lscp.workspace.domain.escalation.model;

import static org.lscp.workspace.domain.fixtures.Times.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;
import org.lscp.workspace.domain.shared.WorkingCalendar;

class EscalationModelTest {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.englandAndWales();

    private static Actor actor(Role... roles) {
        return new Actor(new MemberId(1), "Someone", new PartnershipId(1), "P", new AgencyId(1), "A", Set.of(roles));
    }

    private static Escalation atStage(EscalationStage stage, Instant deadline, Boolean response,
                                      EscalationStatus status) {
        return new Escalation(7L, new PartnershipId(1), "E-000007", EscalationAbout.aCase("C1"),
                new Raised(new AgencyId(1), new AgencyId(2), new MemberId(1), "Raiser", london("2026-11-23T10:00"),
                        "disputed", "sought", null),
                new CurrentStage(stage, london("2026-11-23T10:00"), deadline, response), status, null, Set.of(), 3);
    }

    @Test
    void theDefaultsAreTwoThreeFiveAndTenWorkingDays() {
        assertThat(EscalationTimescales.DEFAULTS).isEqualTo(new EscalationTimescales(2, 3, 5, 10));
        assertThat(EscalationTimescales.DEFAULTS.days(EscalationStage.SENIOR_MANAGERS)).isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource({
            // Wednesday 10:00 + 2 working days
            "PRACTITIONERS,   2026-11-25T10:00, 2026-11-27T10:00",
            // Friday 16:00 + 2 → Tuesday 16:00 (the weekend does not count)
            "PRACTITIONERS,   2026-11-27T16:00, 2026-12-01T16:00",
            // Thursday 24 December + 2 → Wednesday 30 December (Christmas Day and the Boxing Day substitute skipped)
            "PRACTITIONERS,   2026-12-24T10:00, 2026-12-30T10:00",
            // raised at 18:00 on a Friday: the clock starts at 09:00 on Monday
            "LINE_MANAGERS,   2026-11-27T18:00, 2026-12-03T09:00",
            "SENIOR_MANAGERS, 2026-11-25T10:00, 2026-12-02T10:00",
            "PARTNERSHIP,     2026-11-25T10:00, 2026-12-09T10:00"
    })
    void eachStageDeadlineCountsWorkingDays(EscalationStage stage, String start, String deadline) {
        assertThat(EscalationTimescales.DEFAULTS.deadline(stage, london(start), CALENDAR)).isEqualTo(london(deadline));
    }

    @Test
    void timescalesOutsideTheirRangesAreRefusedPerField() {
        var e = catchThrowableOfType(ValidationException.class, () -> new EscalationTimescales(0, 31, 5, 61));
        assertThat(e.fieldErrors()).containsOnlyKeys("stage1Days", "stage2Days", "stage4Days");
    }

    @Test
    void stagesFollowEachOtherAndStopAtThePartnership() {
        assertThat(EscalationStage.PRACTITIONERS.next()).contains(EscalationStage.LINE_MANAGERS);
        assertThat(EscalationStage.SENIOR_MANAGERS.next()).contains(EscalationStage.PARTNERSHIP);
        assertThat(EscalationStage.PARTNERSHIP.next()).isEmpty();
        assertThat(EscalationStage.number(3)).isEqualTo(EscalationStage.SENIOR_MANAGERS);
    }

    @Test
    void whoMayActAtEachStage() {
        assertThat(EscalationStage.PRACTITIONERS.mayAct(actor(Role.PRACTITIONER))).isTrue();
        assertThat(EscalationStage.PRACTITIONERS.mayAct(actor(Role.LEAD_OFFICER))).isFalse();
        assertThat(EscalationStage.PRACTITIONERS.mayAct(actor(Role.BOARD_CHAIR))).isFalse();
        assertThat(EscalationStage.LINE_MANAGERS.mayAct(actor(Role.PRACTITIONER))).isFalse();
        assertThat(EscalationStage.LINE_MANAGERS.mayAct(actor(Role.LINE_MANAGER))).isTrue();
        assertThat(EscalationStage.LINE_MANAGERS.mayAct(actor(Role.MASH_MANAGER))).isTrue();
        assertThat(EscalationStage.LINE_MANAGERS.mayAct(actor(Role.SENIOR_MANAGER))).isTrue();
        assertThat(EscalationStage.SENIOR_MANAGERS.mayAct(actor(Role.LINE_MANAGER))).isFalse();
        assertThat(EscalationStage.SENIOR_MANAGERS.mayAct(actor(Role.MASH_MANAGER))).isFalse();
        assertThat(EscalationStage.SENIOR_MANAGERS.mayAct(actor(Role.SENIOR_MANAGER))).isTrue();
        assertThat(EscalationStage.PARTNERSHIP.mayAct(actor(Role.SENIOR_MANAGER))).isFalse();
        assertThat(EscalationStage.PARTNERSHIP.mayAct(actor(Role.BOARD_CHAIR))).isTrue();
    }

    @Test
    void aStageIsOverdueOnlyAfterItsDeadlineAndOnlyWhileOpen() {
        Instant deadline = london("2026-11-25T10:00");
        Escalation open = atStage(EscalationStage.PRACTITIONERS, deadline, null, EscalationStatus.OPEN);
        assertThat(open.overdue(deadline)).isFalse();
        assertThat(open.overdue(deadline.plusSeconds(1))).isTrue();
        Escalation resolved = atStage(EscalationStage.PRACTITIONERS, deadline, null, EscalationStatus.RESOLVED);
        assertThat(resolved.overdue(deadline.plusSeconds(1))).isFalse();
    }

    @Test
    void escalatingNeedsADisagreementOrAPassedDeadline() {
        Instant deadline = london("2026-11-25T10:00");
        Instant next = london("2026-11-30T10:00");
        Escalation waiting = atStage(EscalationStage.PRACTITIONERS, deadline, null, EscalationStatus.OPEN);
        var early = catchThrowableOfType(ValidationException.class, () -> waiting.escalated(deadline, next));
        assertThat(early.fieldErrors().get("reason")).contains("Stage 1 is not finished")
                .contains("Wed 25 Nov 2026, 10:00");
        Escalation late = waiting.escalated(deadline.plusSeconds(1), next);
        assertThat(late.stage()).isEqualTo(EscalationStage.LINE_MANAGERS);
        assertThat(late.stageDeadline()).isEqualTo(next);
        assertThat(late.stageResponse()).isNull();

        Escalation disagreed = waiting.responded(false);
        assertThat(disagreed.escalated(deadline.minusSeconds(3_600), next).stage())
                .isEqualTo(EscalationStage.LINE_MANAGERS);

        Escalation agreed = waiting.responded(true);
        var refused = catchThrowableOfType(ValidationException.class, () -> agreed.escalated(deadline.plusSeconds(1), next));
        assertThat(refused.fieldErrors().get("reason")).contains("agreed").contains("resolve");
    }

    @Test
    void theLastStageCannotBeEscalatedAndAStageHasOneResponse() {
        Escalation top = atStage(EscalationStage.PARTNERSHIP, london("2026-11-25T10:00"), false, EscalationStatus.OPEN);
        var e = catchThrowableOfType(ValidationException.class,
                () -> top.escalated(london("2026-12-25T10:00"), london("2026-12-31T10:00")));
        assertThat(e.fieldErrors().get("reason")).contains("Stage 4 is the last stage");
        var twice = catchThrowableOfType(ValidationException.class, () -> top.responded(true));
        assertThat(twice.fieldErrors().get("response")).contains("already has a response");
    }

    @Test
    void aClosedEscalationRefusesEveryStep() {
        Instant deadline = london("2026-11-25T10:00");
        for (EscalationStatus closed : new EscalationStatus[] {EscalationStatus.RESOLVED, EscalationStatus.WITHDRAWN}) {
            Escalation e = atStage(EscalationStage.PRACTITIONERS, deadline, false, closed);
            String word = closed.label().toLowerCase(java.util.Locale.ROOT);
            assertThat(catchThrowableOfType(ValidationException.class, () -> e.escalated(deadline.plusSeconds(9), deadline))
                    .fieldErrors().get("status")).contains("is " + word).contains("cannot escalate");
            assertThat(catchThrowableOfType(ValidationException.class, () -> e.responded(true))
                    .fieldErrors().get("status")).contains("cannot respond to");
            assertThat(catchThrowableOfType(ValidationException.class,
                    () -> e.resolved(EscalationOutcome.OTHER, "x", deadline, "n", null))
                    .fieldErrors().get("status")).contains("cannot resolve");
            assertThat(catchThrowableOfType(ValidationException.class, () -> e.withdrawn(deadline, "n"))
                    .fieldErrors().get("status")).contains("cannot withdraw");
        }
    }

    @Test
    void withoutChildDataDropsOnlyTheChildsId() {
        Escalation e = atStage(EscalationStage.PRACTITIONERS, london("2026-11-25T10:00"), null, EscalationStatus.OPEN);
        assertThat(e.withoutChildData().childCaseId()).isNull();
        assertThat(e.withoutChildData().disputed()).isEqualTo(e.disputed());
    }

    @Test
    void raisingNeedsTheDisputeTheOutcomeAndForImmediateRiskAReason() {
        var e = catchThrowableOfType(ValidationException.class,
                () -> new RaiseEscalationCommand(null, " ", null, " ", "", true, " ", Set.of()));
        assertThat(e.fieldErrors()).containsOnlyKeys("disputed", "outcomeSought", "childCaseId", "respondingAgency",
                "immediateRiskReason");
        assertThat(new RaiseEscalationCommand(5L, null, null, "d", "o", true, "Bruising seen today", Set.of())
                .firstStage()).isEqualTo(EscalationStage.SENIOR_MANAGERS);
        assertThat(new RaiseEscalationCommand(5L, null, null, "d", "o", false, "ignored", Set.of()))
                .satisfies(c -> {
                    assertThat(c.firstStage()).isEqualTo(EscalationStage.PRACTITIONERS);
                    assertThat(c.immediateRiskReason()).isNull();
                });
    }

    @Test
    void aChangedDecisionOutcomeCarriesTheRevisedDecision() {
        var e = catchThrowableOfType(ValidationException.class,
                () -> new ResolveEscalationCommand(EscalationOutcome.DECISION_CHANGED, "Learnt", null, Set.of()));
        assertThat(e.fieldErrors()).containsKey("level");
        var noLearning = catchThrowableOfType(ValidationException.class,
                () -> new ResolveEscalationCommand(EscalationOutcome.DECISION_UPHELD, " ", null, Set.of()));
        assertThat(noLearning.fieldErrors()).containsOnlyKeys("learning");
    }
}
