package org.lscp.workspace.domain.frontdoor.model;

import static org.lscp.workspace.domain.fixtures.Times.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lscp.workspace.domain.frontdoor.model.ConcernCategory.DOMESTIC_ABUSE;
import static org.lscp.workspace.domain.frontdoor.model.ConcernCategory.NEGLECT;
import static org.lscp.workspace.domain.frontdoor.model.ConcernCategory.PHYSICAL_ABUSE;
import static org.lscp.workspace.domain.frontdoor.model.ConcernCategory.SEXUAL_ABUSE;
import static org.lscp.workspace.domain.frontdoor.model.FlagType.DECISION_OVERDUE;
import static org.lscp.workspace.domain.frontdoor.model.FlagType.DISCLOSURE_NOT_PROGRESSED;
import static org.lscp.workspace.domain.frontdoor.model.FlagType.MEDICAL_NOT_CONSIDERED;
import static org.lscp.workspace.domain.frontdoor.model.FlagType.NO_OVERSIGHT;
import static org.lscp.workspace.domain.frontdoor.model.FlagType.REPEAT_CONTACT;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.WorkingCalendar;

class FlagRulesTest {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.englandAndWales();
    private static final ContactId ID = new ContactId(7);
    /** Wednesday 25 November 2026, 10:00 London; AMBER deadline Thursday 10:00. */
    private static final Instant RECEIVED = london("2026-11-25T10:00");
    private static final Instant DEADLINE = london("2026-11-26T10:00");
    private static final Instant DECIDED = london("2026-11-25T11:00");
    private static final Instant OVERSEEN = london("2026-11-25T12:00");
    private static final Instant NOW = london("2026-11-25T13:00");

    private static Contact contact(boolean disclosure, ConcernCategory... concerns) {
        return Contact.received(new PartnershipId(1), new Receipt(RECEIVED, new AgencyId(2), ContactSource.S2A,
                "Class teacher", Channel.PHONE, new MemberId(3)),
                new Child("CS-1", "Child One", null, Gender.FEMALE, Ethnicity.WBRI, Disability.NOT_KNOWN),
                new Concern(Set.of(concerns), disclosure, "Summary", ConsentBasis.NOT_SOUGHT_RISK_OF_HARM, Rag.AMBER),
                DEADLINE, Set.of()).saved(ID, "C-2026-000001", 0);
    }

    private static ThresholdDecision decision(ThresholdLevel level, boolean medical, Instant at,
                                              @Nullable Instant overseenAt) {
        return ThresholdDecision.made(ID, level, "Rationale", "", null, medical, new MemberId(4), "Priya Shah", at,
                null).saved(1L).withOversight(overseenAt == null ? null
                : new Oversight(new MemberId(5), "Tom Okafor", overseenAt, "Agreed"));
    }

    /** Decided and overseen in time, a first contact: only the content rules can apply. */
    private static Set<FlagType> contentFlags(Contact contact, ThresholdLevel level, boolean medical) {
        return FlagRules.applicable(contact, decision(level, medical, DECIDED, OVERSEEN), DECIDED, 1, NOW, CALENDAR,
                null, ProtectionTimescales.DEFAULTS);
    }

    // --- DISCLOSURE_NOT_PROGRESSED ---

    @Test
    void sexualAbuseDisclosedAndEarlyHelpIsNotProgressed() {
        assertThat(contentFlags(contact(true, SEXUAL_ABUSE), ThresholdLevel.EARLY_HELP, false))
                .containsExactly(DISCLOSURE_NOT_PROGRESSED);
    }

    @Test
    void physicalAbuseDisclosedAndAChildInNeedAssessmentIsNotProgressed() {
        assertThat(contentFlags(contact(true, PHYSICAL_ABUSE, NEGLECT), ThresholdLevel.CHILD_IN_NEED_ASSESSMENT, false))
                .containsExactly(DISCLOSURE_NOT_PROGRESSED);
    }

    @ParameterizedTest
    @EnumSource(value = ThresholdLevel.class, names = {"NO_FURTHER_ACTION", "UNIVERSAL_SERVICES", "EARLY_HELP",
            "CHILD_IN_NEED_ASSESSMENT"})
    void everyLevelBelowAStrategyDiscussionIsNotProgressed(ThresholdLevel level) {
        assertThat(contentFlags(contact(true, SEXUAL_ABUSE), level, true)).contains(DISCLOSURE_NOT_PROGRESSED);
    }

    @ParameterizedTest
    @EnumSource(value = ThresholdLevel.class, names = {"STRATEGY_DISCUSSION", "IMMEDIATE_PROTECTION"})
    void aStrategyDiscussionOrMoreProgressesTheDisclosure(ThresholdLevel level) {
        assertThat(contentFlags(contact(true, SEXUAL_ABUSE), level, true)).isEmpty();
    }

    @Test
    void withoutADisclosureThereIsNothingToProgress() {
        assertThat(contentFlags(contact(false, SEXUAL_ABUSE, PHYSICAL_ABUSE), ThresholdLevel.EARLY_HELP, false))
                .isEmpty();
    }

    @Test
    void aDisclosureOfNeglectOnlyIsNotAnAbuseDisclosure() {
        assertThat(contentFlags(contact(true, NEGLECT, DOMESTIC_ABUSE), ThresholdLevel.NO_FURTHER_ACTION, false))
                .isEmpty();
    }

    @Test
    void anUndecidedContactIsNotYetNotProgressed() {
        assertThat(FlagRules.applicable(contact(true, SEXUAL_ABUSE), null, null, 1, NOW, CALENDAR, null, ProtectionTimescales.DEFAULTS)).isEmpty();
    }

    // --- MEDICAL_NOT_CONSIDERED ---

    @ParameterizedTest
    @EnumSource(value = ThresholdLevel.class, names = {"STRATEGY_DISCUSSION", "IMMEDIATE_PROTECTION"})
    void physicalOrSexualAbuseAtSection47WithoutAMedicalIsFlagged(ThresholdLevel level) {
        assertThat(contentFlags(contact(false, PHYSICAL_ABUSE), level, false)).containsExactly(MEDICAL_NOT_CONSIDERED);
        assertThat(contentFlags(contact(true, SEXUAL_ABUSE), level, false)).containsExactly(MEDICAL_NOT_CONSIDERED);
    }

    @Test
    void aConsideredMedicalClearsIt() {
        assertThat(contentFlags(contact(false, PHYSICAL_ABUSE), ThresholdLevel.STRATEGY_DISCUSSION, true)).isEmpty();
    }

    @Test
    void belowSection47OrWithoutAbuseNoMedicalIsExpected() {
        assertThat(contentFlags(contact(false, PHYSICAL_ABUSE), ThresholdLevel.CHILD_IN_NEED_ASSESSMENT, false))
                .isEmpty();
        assertThat(contentFlags(contact(true, NEGLECT), ThresholdLevel.STRATEGY_DISCUSSION, false)).isEmpty();
    }

    // --- DECISION_OVERDUE ---

    @Test
    void decidedExactlyAtTheDeadlineIsNotOverdue() {
        ThresholdDecision d = decision(ThresholdLevel.EARLY_HELP, false, DEADLINE, DEADLINE.plusSeconds(60));
        assertThat(FlagRules.applicable(contact(false, NEGLECT), d, DEADLINE, 1, DEADLINE.plusSeconds(120), CALENDAR, null, ProtectionTimescales.DEFAULTS))
                .doesNotContain(DECISION_OVERDUE);
    }

    @Test
    void decidedOneSecondAfterTheDeadlineIsOverdue() {
        Instant late = DEADLINE.plusSeconds(1);
        ThresholdDecision d = decision(ThresholdLevel.EARLY_HELP, false, late, late);
        assertThat(FlagRules.applicable(contact(false, NEGLECT), d, late, 1, late, CALENDAR, null, ProtectionTimescales.DEFAULTS))
                .containsExactly(DECISION_OVERDUE);
    }

    @Test
    void undecidedIsOverdueOnlyOnceTheDeadlineHasPassed() {
        assertThat(FlagRules.applicable(contact(false, NEGLECT), null, null, 1, DEADLINE, CALENDAR, null, ProtectionTimescales.DEFAULTS)).isEmpty();
        assertThat(FlagRules.applicable(contact(false, NEGLECT), null, null, 1, DEADLINE.plusSeconds(1), CALENDAR, null, ProtectionTimescales.DEFAULTS))
                .containsExactly(DECISION_OVERDUE);
    }

    @Test
    void itIsTheFirstDecisionThatCountsNotALaterRevision() {
        Instant revised = DEADLINE.plus(Duration.ofDays(2));
        ThresholdDecision current = decision(ThresholdLevel.EARLY_HELP, false, revised, revised);
        assertThat(FlagRules.applicable(contact(false, NEGLECT), current, DECIDED, 1, revised, CALENDAR, null, ProtectionTimescales.DEFAULTS))
                .doesNotContain(DECISION_OVERDUE);
    }

    // --- NO_OVERSIGHT ---

    @Test
    void oversightExactlyOneWorkingDayAfterTheDecisionIsInTime() {
        Instant due = london("2026-11-26T11:00");
        ThresholdDecision d = decision(ThresholdLevel.EARLY_HELP, false, DECIDED, due);
        assertThat(FlagRules.applicable(contact(false, NEGLECT), d, DECIDED, 1, due.plusSeconds(3600), CALENDAR, null, ProtectionTimescales.DEFAULTS))
                .doesNotContain(NO_OVERSIGHT);
    }

    @Test
    void laterOversightIsFlagged() {
        Instant late = london("2026-11-26T11:00:01");
        ThresholdDecision d = decision(ThresholdLevel.EARLY_HELP, false, DECIDED, late);
        assertThat(FlagRules.applicable(contact(false, NEGLECT), d, DECIDED, 1, late, CALENDAR, null, ProtectionTimescales.DEFAULTS))
                .containsExactly(NO_OVERSIGHT);
    }

    @Test
    void noOversightIsFlaggedOnceTheWorkingDayHasPassed() {
        ThresholdDecision d = decision(ThresholdLevel.EARLY_HELP, false, DECIDED, null);
        assertThat(FlagRules.applicable(contact(false, NEGLECT), d, DECIDED, 1, london("2026-11-26T11:00"), CALENDAR, null, ProtectionTimescales.DEFAULTS))
                .isEmpty();
        assertThat(FlagRules.applicable(contact(false, NEGLECT), d, DECIDED, 1, london("2026-11-26T11:00:01"),
                CALENDAR, null, ProtectionTimescales.DEFAULTS)).containsExactly(NO_OVERSIGHT);
    }

    @Test
    void theOversightDayIsAWorkingDay() {
        Instant friday = london("2026-11-27T16:00");
        Contact c = contact(false, NEGLECT);
        ThresholdDecision d = decision(ThresholdLevel.EARLY_HELP, false, friday, null);
        assertThat(FlagRules.applicable(c, d, DECIDED, 1, london("2026-11-30T16:00"), CALENDAR, null, ProtectionTimescales.DEFAULTS)).isEmpty();
        assertThat(FlagRules.applicable(c, d, DECIDED, 1, london("2026-11-30T16:00:01"), CALENDAR, null, ProtectionTimescales.DEFAULTS))
                .containsExactly(NO_OVERSIGHT);
    }

    // --- REPEAT_CONTACT ---

    @Test
    void theThirdContactInTwelveMonthsIsARepeat() {
        Contact c = contact(false, NEGLECT);
        assertThat(FlagRules.applicable(c, null, null, 2, NOW, CALENDAR, null, ProtectionTimescales.DEFAULTS)).isEmpty();
        assertThat(FlagRules.applicable(c, null, null, 3, NOW, CALENDAR, null, ProtectionTimescales.DEFAULTS)).containsExactly(REPEAT_CONTACT);
        assertThat(FlagRules.applicable(c, null, null, 7, NOW, CALENDAR, null, ProtectionTimescales.DEFAULTS)).containsExactly(REPEAT_CONTACT);
    }

    @Test
    void severalRulesCanApplyTogether() {
        Instant late = DEADLINE.plus(Duration.ofDays(7));
        ThresholdDecision d = decision(ThresholdLevel.EARLY_HELP, false, late, null);
        assertThat(FlagRules.applicable(contact(true, SEXUAL_ABUSE), d, late, 3, late.plus(Duration.ofDays(3)),
                CALENDAR, null, ProtectionTimescales.DEFAULTS)).containsExactlyInAnyOrder(DISCLOSURE_NOT_PROGRESSED, DECISION_OVERDUE, NO_OVERSIGHT,
                REPEAT_CONTACT);
    }

    // --- reconcile ---

    private static Flag open(long id, FlagType type) {
        return new Flag(id, ID, type, RECEIVED, null, null, null);
    }

    @Test
    void anApplicableFlagIsRaised() {
        FlagRules.Changes changes = FlagRules.reconcile(List.of(), EnumSet.of(REPEAT_CONTACT));
        assertThat(changes.raise()).containsExactly(REPEAT_CONTACT);
        assertThat(changes.clear()).isEmpty();
        assertThat(changes.none()).isFalse();
    }

    @Test
    void anOpenFlagThatStillAppliesIsLeftAlone() {
        FlagRules.Changes changes = FlagRules.reconcile(List.of(open(1, REPEAT_CONTACT)), EnumSet.of(REPEAT_CONTACT));
        assertThat(changes.none()).isTrue();
    }

    @Test
    void anOpenFlagWhoseRuleNoLongerAppliesIsCleared() {
        Flag disclosure = open(1, DISCLOSURE_NOT_PROGRESSED);
        Flag repeat = open(2, REPEAT_CONTACT);
        FlagRules.Changes changes = FlagRules.reconcile(List.of(disclosure, repeat), EnumSet.of(REPEAT_CONTACT));
        assertThat(changes.raise()).isEmpty();
        assertThat(changes.clear()).containsExactly(disclosure);
    }

    @Test
    void aFlagResolvedByAManagerIsNotRaisedAgain() {
        Flag resolved = open(1, NO_OVERSIGHT).resolved(NOW, "Priya Shah", "Oversight recorded on paper.");
        assertThat(resolved.resolvedByManager()).isTrue();
        FlagRules.Changes changes = FlagRules.reconcile(List.of(resolved), EnumSet.of(NO_OVERSIGHT));
        assertThat(changes.none()).isTrue();
    }

    @Test
    void aClearedFlagCanBeRaisedAgain() {
        Flag cleared = open(1, DISCLOSURE_NOT_PROGRESSED).resolved(NOW, "System", Flag.CLEARED);
        assertThat(cleared.open()).isFalse();
        assertThat(cleared.resolvedByManager()).isFalse();
        FlagRules.Changes changes = FlagRules.reconcile(List.of(cleared), EnumSet.of(DISCLOSURE_NOT_PROGRESSED));
        assertThat(changes.raise()).containsExactly(DISCLOSURE_NOT_PROGRESSED);
        assertThat(changes.clear()).isEmpty();
    }

    @Test
    void closedFlagsAreNeverClearedAgain() {
        Flag cleared = open(1, DISCLOSURE_NOT_PROGRESSED).resolved(NOW, "System", Flag.CLEARED);
        Flag resolved = open(2, NO_OVERSIGHT).resolved(NOW, "Priya Shah", "Reason");
        assertThat(FlagRules.reconcile(List.of(cleared, resolved), EnumSet.noneOf(FlagType.class)).none()).isTrue();
    }
}
