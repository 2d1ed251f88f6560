package org.lscp.workspace.domain.frontdoor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.ValidationException;
import org.lscp.workspace.domain.shared.WorkingCalendar;

/** The rules after the front door, at their boundaries; London is on GMT in December, so these times are London's. */
class ProtectionRulesTest {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.englandAndWales();
    private static final ProtectionTimescales TIMESCALES = ProtectionTimescales.DEFAULTS;
    private static final AgencyId CSC = new AgencyId(1), POLICE = new AgencyId(2), HEALTH = new AgencyId(3),
            SCHOOL = new AgencyId(4), ICB = new AgencyId(5);
    private static final MemberId MANAGER = new MemberId(10), OFFICER = new MemberId(11);
    /** A decision at strategy discussion on Friday 18 December 2026 at 16:00: a discussion due by Monday 16:00. */
    private static final Instant DECIDED = Instant.parse("2026-12-18T16:00:00Z");

    private static ThresholdDecision decision(ThresholdLevel level) {
        return ThresholdDecision.made(new ContactId(7), level, "Disclosure of physical abuse.", "Strategy discussion",
                null, true, MANAGER, "Sam Okafor", DECIDED, null);
    }

    private static final ThresholdDecision STRATEGY = decision(ThresholdLevel.STRATEGY_DISCUSSION);

    private static StrategyDiscussion heldAt(Instant at) {
        return StrategyDiscussion.convened(new PartnershipId(1), new ContactId(7), 99L, at, MANAGER, "Sam Okafor",
                List.of(Invitation.of(POLICE, "Met Police", AgencyKind.POLICE),
                        Invitation.of(HEALTH, "NMUH", AgencyKind.HEALTH),
                        Invitation.of(ICB, "NCL ICB", AgencyKind.HEALTH),
                        Invitation.of(SCHOOL, "Schools", AgencyKind.EDUCATION)));
    }

    private static StrategyDiscussion bothTookPart(StrategyDiscussion d) {
        Instant at = d.heldAt().plusSeconds(600);
        return d.withAttendance(POLICE, true, "Two domestic incidents at the address.", OFFICER, "Dan Price", at)
                .withAttendance(HEALTH, true, "Registered with a GP.", OFFICER, "Nadia Ali", at);
    }

    private static StrategyDiscussion jointEnquiry(StrategyDiscussion d, @Nullable Conference conference) {
        StrategyDiscussion withOutcome = d.withOutcome(new DiscussionOutcome(SectionFortySeven.JOINT_WITH_POLICE,
                null, null, "Reasonable cause to suspect significant harm.", true, d.heldOn(), null));
        return conference == null ? withOutcome : withOutcome.withConference(conference);
    }

    private static Conference on(String day) {
        return new Conference(false, null, LocalDate.parse(day), null);
    }

    @Test
    void aStrategyDiscussionIsDueOneWorkingDayAfterTheDecisionHeldExactlyThenIsInTime() {
        Instant due = Instant.parse("2026-12-21T16:00:00Z");
        assertThat(TIMESCALES.discussionDue(DECIDED, CALENDAR)).isEqualTo(due);
        assertThat(ProtectionRules.discussionLate(STRATEGY, null, due, CALENDAR, TIMESCALES)).isFalse();
        assertThat(ProtectionRules.discussionLate(STRATEGY, null, due.plusSeconds(1), CALENDAR, TIMESCALES)).isTrue();
        assertThat(ProtectionRules.discussionLate(STRATEGY, heldAt(due), due.plusSeconds(86_400), CALENDAR,
                TIMESCALES)).as("held at the deadline").isFalse();
        assertThat(ProtectionRules.discussionLate(STRATEGY, heldAt(due.plusSeconds(1_800)), due.plusSeconds(3_600),
                CALENDAR, TIMESCALES)).as("held half an hour after it").isTrue();
    }

    @Test
    void christmasAndBoxingDayAreNotWorkingDays() {
        Instant christmasEve = Instant.parse("2026-12-24T15:00:00Z");
        assertThat(TIMESCALES.discussionDue(christmasEve, CALENDAR)).isEqualTo(Instant.parse("2026-12-29T15:00:00Z"));
        assertThat(new ProtectionTimescales(2).discussionDue(christmasEve, CALENDAR))
                .isEqualTo(Instant.parse("2026-12-30T15:00:00Z"));
    }

    @Test
    void theConferenceIsDueBy17OnThe15thWorkingDayAcrossTheBankHolidays() {
        // from Thursday 17 December: Christmas Day, the Boxing Day holiday (Monday 28) and New Year's Day skipped
        StrategyDiscussion held = bothTookPart(heldAt(Instant.parse("2026-12-17T10:00:00Z")));
        Instant due = Instant.parse("2027-01-12T17:00:00Z");
        assertThat(TIMESCALES.conferenceDue(held.heldAt(), CALENDAR)).isEqualTo(due);
        StrategyDiscussion noneSet = jointEnquiry(held, null);
        assertThat(ProtectionRules.conferenceLate(STRATEGY, noneSet, due, CALENDAR, TIMESCALES))
                .as("at 17:00 on the 15th working day").isFalse();
        assertThat(ProtectionRules.conferenceLate(STRATEGY, noneSet, due.plusSeconds(1), CALENDAR, TIMESCALES))
                .as("a second later, with none set").isTrue();
        assertThat(ProtectionRules.conferenceLate(STRATEGY, jointEnquiry(held, on("2027-01-12")),
                due.plusSeconds(86_400), CALENDAR, TIMESCALES)).as("set for the 15th working day").isFalse();
        assertThat(ProtectionRules.conferenceLate(STRATEGY, jointEnquiry(held, on("2027-01-13")),
                Instant.parse("2026-12-18T09:00:00Z"), CALENDAR, TIMESCALES))
                .as("set for the 16th working day: late as soon as it is set").isTrue();
        assertThat(ProtectionRules.conferenceLate(STRATEGY, jointEnquiry(held,
                new Conference(true, "The family moved to Scotland; transferred.", null, null)),
                due.plusSeconds(86_400), CALENDAR, TIMESCALES)).as("deemed unnecessary").isFalse();
    }

    @Test
    void noConferenceIsDueWithoutASection47Enquiry() {
        StrategyDiscussion held = heldAt(Instant.parse("2026-12-17T10:00:00Z"));
        StrategyDiscussion none = held.withOutcome(new DiscussionOutcome(SectionFortySeven.NONE,
                "Injury explained; single-agency follow-up.", null, "No reasonable cause to suspect.", false, null,
                "No injury now."));
        assertThat(ProtectionRules.conferenceLate(STRATEGY, none, Instant.parse("2027-02-01T12:00:00Z"), CALENDAR,
                TIMESCALES)).isFalse();
        assertThat(ProtectionRules.conferenceLate(STRATEGY, held, Instant.parse("2027-02-01T12:00:00Z"), CALENDAR,
                TIMESCALES)).as("no outcome recorded yet").isFalse();
    }

    @Test
    void policeOrHealthNotTakingPartIsFlaggedUntilTheyRecordThatTheyDid() {
        StrategyDiscussion held = heldAt(Instant.parse("2026-12-21T10:00:00Z"));
        assertThat(ProtectionRules.agencyNotPresent(STRATEGY, held)).as("nothing recorded yet").isTrue();
        StrategyDiscussion policeOnly = held.withAttendance(POLICE, true, null, OFFICER, "Dan Price",
                held.heldAt().plusSeconds(600));
        assertThat(ProtectionRules.agencyNotPresent(STRATEGY, policeOnly)).as("health has not said").isTrue();
        assertThat(ProtectionRules.agencyNotPresent(STRATEGY, policeOnly.withAttendance(HEALTH, false, null,
                OFFICER, "Nadia Ali", held.heldAt()))).as("health did not take part").isTrue();
        assertThat(ProtectionRules.agencyNotPresent(STRATEGY, bothTookPart(held)))
                .as("one health agency is enough, and the school need not").isFalse();
        assertThat(ProtectionRules.agencyNotPresent(STRATEGY, null)).as("none held: that is the lateness flag")
                .isFalse();
    }

    @Test
    void aRevisionBelowStrategyDiscussionClearsEveryFlag() {
        ThresholdDecision lowered = decision(ThresholdLevel.CHILD_IN_NEED_ASSESSMENT);
        StrategyDiscussion lateAndAbsent = jointEnquiry(heldAt(Instant.parse("2026-12-23T10:00:00Z")),
                on("2027-03-01"));
        Instant now = Instant.parse("2027-03-02T12:00:00Z");
        assertThat(ProtectionRules.discussionLate(lowered, lateAndAbsent, now, CALENDAR, TIMESCALES)).isFalse();
        assertThat(ProtectionRules.agencyNotPresent(lowered, lateAndAbsent)).isFalse();
        assertThat(ProtectionRules.conferenceLate(lowered, lateAndAbsent, now, CALENDAR, TIMESCALES)).isFalse();
        ThresholdDecision protection = decision(ThresholdLevel.IMMEDIATE_PROTECTION);
        assertThat(ProtectionRules.discussionLate(protection, lateAndAbsent, now, CALENDAR, TIMESCALES))
                .as("immediate protection calls for one too").isTrue();
        assertThat(ProtectionRules.conferenceLate(protection, lateAndAbsent, now, CALENDAR, TIMESCALES)).isTrue();
    }

    @Test
    void onlyAnInvitedAgencyRecordsItsPart() {
        StrategyDiscussion held = heldAt(Instant.parse("2026-12-21T10:00:00Z"));
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> held.withAttendance(CSC, true, null, MANAGER, "Sam Okafor", held.heldAt()));
        assertThat(e.fieldErrors()).containsEntry("tookPart", StrategyDiscussion.NOT_INVITED);
    }

    @Test
    void theDiscussionTimescaleIsASettingFromOneToTenWorkingDays() {
        assertThat(catchThrowableOfType(ValidationException.class, () -> new ProtectionTimescales(0)).fieldErrors())
                .containsKey("discussionWorkingDays");
        assertThat(catchThrowableOfType(ValidationException.class, () -> new ProtectionTimescales(11)))
                .isNotNull();
        assertThat(new ProtectionTimescales(10).discussionWorkingDays()).isEqualTo(10);
    }
}
