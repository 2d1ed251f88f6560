package org.lscp.workspace.domain.frontdoor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.ValidationException;

/** Bad input to the strategy discussion's commands: a message next to each field, every one at once. */
class ProtectionCommandsTest {
    private static final Instant RECEIVED = Instant.parse("2026-12-18T11:20:00Z");
    private static final Instant NOW = Instant.parse("2026-12-21T09:00:00Z");
    private static final LocalDate DISCUSSED = LocalDate.parse("2026-12-21");

    private static ValidationException refused(Runnable command) {
        return catchThrowableOfType(ValidationException.class, command::run);
    }

    @Test
    void aDiscussionIsNeitherBeforeTheContactNorInTheFuture() {
        var before = new ConveneDiscussionCommand(RECEIVED.minusSeconds(60), Set.of());
        assertThat(refused(() -> before.validate(RECEIVED, NOW)).fieldErrors().get("heldAt"))
                .startsWith("The strategy discussion cannot be before the contact was received");
        var future = new ConveneDiscussionCommand(NOW.plusSeconds(60), Set.of());
        assertThat(refused(() -> future.validate(RECEIVED, NOW)).fieldErrors().get("heldAt"))
                .contains("cannot be in the future");
        new ConveneDiscussionCommand(RECEIVED, null).validate(RECEIVED, NOW);
        new ConveneDiscussionCommand(NOW, Set.of()).validate(RECEIVED, NOW);
        assertThat(refused(() -> new ConveneDiscussionCommand(null, Set.of())).fieldErrors()).containsKey("heldAt");
    }

    @Test
    void anOutcomeSaysWhyWhereItSaysNo() {
        ValidationException e = refused(() -> new RecordOutcomeCommand(SectionFortySeven.NONE, " ", null, "  ",
                false, null, null));
        assertThat(e.fieldErrors()).containsOnlyKeys("noEnquiryReason", "rationale", "noMedicalReason");
        ValidationException noDay = refused(() -> new RecordOutcomeCommand(SectionFortySeven.SINGLE_AGENCY, null,
                null, "Reasonable cause to suspect.", true, null, null));
        assertThat(noDay.fieldErrors()).containsOnlyKeys("medicalArrangedFor");
        assertThat(refused(() -> new RecordOutcomeCommand(null, null, null, "x", false, null, "Healed."))
                .fieldErrors()).containsKey("enquiry");
    }

    @Test
    void aMedicalIsNotArrangedForBeforeTheDiscussionAndOnlyTheAnswerGivenIsKept() {
        var command = new RecordOutcomeCommand(SectionFortySeven.JOINT_WITH_POLICE, "ignored", " Police to visit. ",
                "Reasonable cause\r\nto suspect.", true, DISCUSSED.minusDays(1), "ignored too");
        assertThat(refused(() -> command.validate(DISCUSSED)).fieldErrors()).containsKey("medicalArrangedFor");
        DiscussionOutcome outcome = new RecordOutcomeCommand(SectionFortySeven.JOINT_WITH_POLICE, null,
                " Police to visit. ", "Reasonable cause\r\nto suspect.", true, DISCUSSED, "ignored").outcome();
        assertThat(outcome.immediateSafetyAction()).isEqualTo("Police to visit.");
        assertThat(outcome.rationale()).isEqualTo("Reasonable cause\nto suspect.");
        assertThat(outcome.noMedicalReason()).as("a medical is needed: no reason why not").isNull();
    }

    @Test
    void aConferenceFollowsItsDiscussionOrIsDeemedUnnecessaryWithAReason() {
        var before = new RecordConferenceCommand(false, null, DISCUSSED.minusDays(1), null);
        assertThat(refused(() -> before.validate(DISCUSSED)).fieldErrors().get("date"))
                .isEqualTo("The conference cannot be before its strategy discussion.");
        assertThat(refused(() -> new RecordConferenceCommand(false, null, null, null)).fieldErrors())
                .containsOnlyKeys("date");
        assertThat(refused(() -> new RecordConferenceCommand(true, " ", DISCUSSED, true)).fieldErrors())
                .containsOnlyKeys("unnecessaryReason", "date");
        Conference held = new RecordConferenceCommand(false, null, DISCUSSED.plusDays(14), true).conference();
        assertThat(held.resultedInPlan()).isTrue();
    }

    @Test
    void anAllocationNamesBothTheTeamAndTheWorker() {
        assertThat(new Allocation(" Assessment team 2 ", "Helen Brooks").team()).isEqualTo("Assessment team 2");
        assertThat(refused(() -> new Allocation("x".repeat(121), " ")).fieldErrors())
                .containsOnlyKeys("team", "worker");
    }

    @Test
    void whatAnAgencySharedIsKeptTidyAndWithinBounds() {
        assertThat(new RecordAttendanceCommand(true, "  ").shared()).isNull();
        assertThat(new RecordAttendanceCommand(true, "Two incidents:\r\n- 2023\n- 2024 ").shared())
                .as("over several lines").isEqualTo("Two incidents:\n- 2023\n- 2024");
        assertThat(refused(() -> new RecordAttendanceCommand(true, "x".repeat(4_001))).fieldErrors())
                .containsOnlyKeys("shared");
    }
}
