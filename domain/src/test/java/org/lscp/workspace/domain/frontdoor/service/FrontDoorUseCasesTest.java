package org.lscp.workspace.domain.frontdoor.service;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.lscp.workspace.domain.fixtures.Times.london;
import java.time.LocalDate;
import org.lscp.workspace.domain.frontdoor.model.RecordContactCommand;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.ChildMatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.decision;
import static org.lscp.workspace.domain.frontdoor.model.ConcernCategory.NEGLECT;
import static org.lscp.workspace.domain.frontdoor.model.ConcernCategory.SEXUAL_ABUSE;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.frontdoor.model.AgencyCheck;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactView;
import org.lscp.workspace.domain.frontdoor.model.Flag;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.RecordDecisionCommand;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * The front door's writing use cases together, as a MASH works them: recording, casework, deciding and flags
 * ({@link RecordContactService}, {@link CaseworkService}, {@link DecisionService}, {@link FlagService}).
 */
class FrontDoorUseCasesTest {
    /** Wednesday 25 November 2026, 10:00 London (GMT). */
    private static final Instant WEDNESDAY_10 = london("2026-11-25T10:00");

    private TestPartnerships world;
    private Actor police;
    private Actor health;
    private Actor mash;
    private Actor manager;
    private Actor secondManager;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.withFrontDoor();
        world.clock.set(WEDNESDAY_10);
        police = world.practitionerA();
        health = world.healthPractitionerA();
        mash = world.mashPractitionerA();
        manager = world.mashManagerA();
        secondManager = world.secondMashManagerA();
    }

    private List<Flag> flags(Contact c) {
        return world.flags.forContact(c.requireId());
    }

    private List<FlagType> openFlagTypes(Contact c) {
        return flags(c).stream().filter(Flag::open).map(Flag::type).toList();
    }

    private List<AuditEntry> auditSince(int size) {
        return world.auditLog.all().subList(size, world.auditLog.size());
    }

    // --- recording ---

    @Test
    void aPractitionerRecordsAContactUnderTheNextReferenceWithItsRagDeadline() {
        int audit = world.auditLog.size();
        Contact first = world.recordContact(police, "CS-1", Rag.AMBER, false, NEGLECT);
        Contact second = world.recordContact(police, "CS-2", Rag.RED, false, NEGLECT);
        Contact third = world.recordContact(police, "CS-3", Rag.GREEN, false, NEGLECT);

        assertThat(first.reference()).isEqualTo("C-2026-000001");
        assertThat(second.reference()).isEqualTo("C-2026-000002");
        assertThat(third.reference()).isEqualTo("C-2026-000003");
        assertThat(first.deadline()).isEqualTo(london("2026-11-26T10:00"));
        assertThat(second.deadline()).isEqualTo(london("2026-11-25T14:00"));
        assertThat(third.deadline()).isEqualTo(london("2026-11-30T10:00"));
        assertThat(first.sourceAgency()).isEqualTo(police.agencyId());
        assertThat(first.source()).as("the source the police's kind stands for")
                .isEqualTo(org.lscp.workspace.domain.frontdoor.model.ContactSource.S6);
        assertThat(first.submittedBy()).isEqualTo(police.memberId());
        assertThat(first.decided()).isFalse();
        assertThat(first.partnershipId()).isEqualTo(world.partnershipA());
        assertThat(world.contacts.all()).hasSize(3);
        assertThat(flags(first)).isEmpty();

        assertThat(auditSince(audit)).hasSize(3).first().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CREATED);
            assertThat(e.entityType()).isEqualTo("Contact");
            assertThat(e.entityId()).isEqualTo("C-2026-000001");
            assertThat(e.actor()).isEqualTo(police.memberId());
            assertThat(e.actorName()).isEqualTo(TestPartnerships.PRACTITIONER_A_NAME);
            assertThat(e.after()).contains("C-2026-000001").contains("Amber").contains("source: 6");
        });
        assertThat(world.recordContact(world.healthPractitionerA(), "CS-4").source())
                .isEqualTo(org.lscp.workspace.domain.frontdoor.model.ContactSource.S3F);
    }

    @Test
    void theReferenceYearIsTheLondonYearOfReceiptAndCountsAgainFromOne() {
        world.recordContact(police, "CS-1");
        Contact lastYear = world.recording.record(police,
                world.contactCommand(Instant.parse("2025-12-31T23:30:00Z"), "CS-2", Rag.GREEN, false, NEGLECT));
        assertThat(lastYear.reference()).isEqualTo("C-2025-000001");
        assertThat(world.recordContact(police, "CS-3").reference()).isEqualTo("C-2026-000002");
    }

    @Test
    void eachPartnershipHasItsOwnReferences() {
        world.recordContact(police, "CS-1");
        world.addMember(world.adminB(), "Rhys Evans", "rhys@southvale.example.org",
                TestPartnerships.B_CHILDRENS_SERVICES, Role.PRACTITIONER);
        Actor southvale = world.actorByEmail("rhys@southvale.example.org");
        assertThat(world.recordContact(southvale, "CS-1").reference()).isEqualTo("C-2026-000001");
    }

    @Test
    void aPartnerAgencyRecordsAContactWithoutTheCaseSystemId() {
        Contact c = world.recording.record(police, world.contactCommand(null, Rag.AMBER, false, NEGLECT));
        assertThat(c.child().caseSystemId()).isNull();
        assertThat(world.contactNow(c).child().identified()).isFalse();
        assertThat(world.frontDoorQueryService.open(police, c.requireId()).contactsIn12Months()).isEqualTo(1);
        assertThat(world.auditLog.all()).anyMatch(e -> e.after() != null && e.after().contains(c.reference())
                && e.after().contains("case-system id not known"));
    }

    @Test
    void contactsWithNoCaseSystemIdAreNeverTakenForRepeats() {
        for (int i = 0; i < 3; i++) world.recording.record(health, world.contactCommand(null, Rag.GREEN, false, NEGLECT));
        Contact third = world.recording.record(police, world.contactCommand(null, Rag.GREEN, false, NEGLECT));
        assertThat(openFlagTypes(third)).doesNotContain(FlagType.REPEAT_CONTACT);
    }

    @Test
    void childrensSocialCareMustGiveTheCaseSystemId() {
        var e = catchThrowableOfType(ValidationException.class,
                () -> world.recording.record(mash, world.contactCommand(null, Rag.AMBER, false, NEGLECT)));
        assertThat(e.fieldErrors()).containsOnlyKeys("caseSystemId");
        assertThat(e.fieldErrors().get("caseSystemId")).startsWith("Enter the child's case-system id");
    }

    @Test
    void onlyTheMashRecordsRecommendationsAgainstAContact() {
        var inspection = world.addInspection(world.adminA(), "Focused visit", java.time.LocalDate.of(2026, 9, 1));
        var recommendation = world.addRecommendation(world.adminA(), inspection, 1, world.leadOfficerA().memberId());
        var base = world.contactCommand("CS-R", Rag.AMBER, false, NEGLECT);
        var withRecommendation = new org.lscp.workspace.domain.frontdoor.model.RecordContactCommand(base.receivedAt(),
                base.referrer(), base.channel(), base.caseSystemId(), base.childName(), base.dateOfBirth(),
                base.gender(), base.ethnicity(), base.concerns(), false, base.summary(), base.consent(), base.rag(),
                Set.of(recommendation.requireId()));
        int before = world.auditLog.size();
        assertThatThrownBy(() -> world.recording.record(police, withRecommendation)).isInstanceOf(NotAuthorisedException.class)
                .hasMessageContaining("The MASH records which recommendations");
        assertThat(world.auditLog.size()).as("nothing recorded").isEqualTo(before);
        assertThat(world.recording.record(mash, withRecommendation).recommendations())
                .containsExactly(recommendation.requireId());
    }

    @Test
    void theThirdContactAboutAChildWithinTwelveMonthsIsARepeat() {
        Contact first = world.recording.record(police, world.contactCommand(WEDNESDAY_10.minus(Duration.ofDays(200)), "CS-9",
                Rag.GREEN, false, NEGLECT));
        Contact second = world.recordContact(health, "CS-9");
        assertThat(openFlagTypes(first)).doesNotContain(FlagType.REPEAT_CONTACT);
        assertThat(openFlagTypes(second)).doesNotContain(FlagType.REPEAT_CONTACT);
        Contact third = world.recordContact(mash, "CS-9");
        assertThat(openFlagTypes(third)).containsExactly(FlagType.REPEAT_CONTACT);
        assertThat(openFlagTypes(world.recordContact(police, "CS-OTHER"))).as("another child is not a repeat")
                .doesNotContain(FlagType.REPEAT_CONTACT);
    }

    /** A contact exactly twelve months old still counts towards a repeat; thirteen months old, it does not. */
    @ParameterizedTest(name = "{0} months old: counts {1}")
    @CsvSource({"12, true", "13, false"})
    void aContactCountsTowardsARepeatForTwelveMonths(int monthsAgo, boolean counts) {
        Instant earlier = WEDNESDAY_10.atZone(London.ZONE).minusMonths(monthsAgo).toInstant();
        world.recording.record(police, world.contactCommand(earlier, "CS-9", Rag.GREEN, false, NEGLECT));
        world.recordContact(police, "CS-9");
        Contact third = world.recordContact(police, "CS-9");
        assertThat(openFlagTypes(third).contains(FlagType.REPEAT_CONTACT)).isEqualTo(counts);
    }

    @Test
    void aBoardChairCannotRecordAContact() {
        int audit = world.auditLog.size();
        assertThatThrownBy(() -> world.recordContact(world.boardChairA(), "CS-1"))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> world.recordContact(world.adminA(), "CS-1"))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> world.recordContact(world.leadOfficerA(), "CS-1"))
                .isInstanceOf(NotAuthorisedException.class);
        assertThat(world.contacts.all()).isEmpty();
        assertThat(world.auditLog.size()).isEqualTo(audit);
    }

    @Test
    void aBoardChairWhoIsAlsoAPractitionerStillCannotRecord() {
        world.addMember(world.adminA(), "Chair Practitioner", "chair.practitioner@northshire.example.org",
                TestPartnerships.A_POLICE, Role.BOARD_CHAIR, Role.PRACTITIONER);
        Actor both = world.actorByEmail("chair.practitioner@northshire.example.org");
        assertThatThrownBy(() -> world.recordContact(both, "CS-1")).isInstanceOf(NotAuthorisedException.class)
                .hasMessage("A board chair does not record contacts.");
    }

    @Test
    void aContactReceivedInTheFutureIsRefusedAndNothingIsSaved() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> world.recording.record(police,
                world.contactCommand(WEDNESDAY_10.plusSeconds(3_600), "CS-1", Rag.RED, false, NEGLECT)));
        assertThat(e.fieldErrors()).containsOnlyKeys("receivedAt");
        assertThat(world.contacts.all()).isEmpty();
    }

    @Test
    void aContactRecordedAfterItsDeadlineIsOverdueAtOnce() {
        Contact late = world.recording.record(police, world.contactCommand(london("2026-11-24T09:00"), "CS-1", Rag.RED, false,
                NEGLECT));
        assertThat(openFlagTypes(late)).containsExactly(FlagType.DECISION_OVERDUE);
    }

    // --- deciding ---

    @Test
    void onlyAManagerDecides() {
        Contact c = world.recordContact(police, "CS-1");
        assertThatThrownBy(() -> world.deciding.decide(mash, c.requireId(), 0, decision(ThresholdLevel.EARLY_HELP, false)))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> world.deciding.decide(police, c.requireId(), 0, decision(ThresholdLevel.EARLY_HELP, false)))
                .isInstanceOf(NotAuthorisedException.class);
        assertThat(world.decisions.all()).isEmpty();
        assertThat(world.contactNow(c).decided()).isFalse();
    }

    @Test
    void aDecisionNeedsARationale() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> new RecordDecisionCommand(
                ThresholdLevel.EARLY_HELP, "  ", "", null, false, Set.of()));
        assertThat(e.fieldErrors()).containsOnlyKeys("rationale");
        ValidationException noLevel = catchThrowableOfType(ValidationException.class, () -> new RecordDecisionCommand(
                null, "Because", "", null, false, Set.of()));
        assertThat(noLevel.fieldErrors()).containsOnlyKeys("level");
        ValidationException strategyDate = catchThrowableOfType(ValidationException.class,
                () -> new RecordDecisionCommand(ThresholdLevel.EARLY_HELP, "Because", "",
                        java.time.LocalDate.of(2026, 11, 26), false, Set.of()));
        assertThat(strategyDate.fieldErrors()).containsOnlyKeys("strategyDiscussionDate");
    }

    @Test
    void aManagerDecidesAndTheContactIsDecided() {
        Contact c = world.recordContact(police, "CS-1");
        int audit = world.auditLog.size();
        world.clock.advance(Duration.ofHours(1));
        ThresholdDecision d = world.deciding.decide(manager, c.requireId(), 0, decision(ThresholdLevel.EARLY_HELP, false));
        assertThat(d.id()).isNotNull();
        assertThat(d.current()).isTrue();
        assertThat(d.supersedes()).isNull();
        assertThat(d.decidedBy()).isEqualTo(manager.memberId());
        assertThat(d.decidedAt()).isEqualTo(WEDNESDAY_10.plus(Duration.ofHours(1)));
        Contact now = world.contactNow(c);
        assertThat(now.decided()).isTrue();
        assertThat(now.version()).isEqualTo(1);
        assertThat(auditSince(audit)).extracting(AuditEntry::entityType).containsExactly("Threshold decision",
                "Contact");
        assertThat(flags(c)).isEmpty();
    }

    @Test
    void aDisclosureDecidedAsEarlyHelpIsFlaggedAndARevisionToStrategyDiscussionClearsIt() {
        Contact c = world.recordContact(police, "CS-1", Rag.RED, true, SEXUAL_ABUSE);
        world.clock.advance(Duration.ofHours(1));
        ThresholdDecision first = world.deciding.decide(manager, c.requireId(), 0, decision(ThresholdLevel.EARLY_HELP, false));
        assertThat(openFlagTypes(c)).containsExactly(FlagType.DISCLOSURE_NOT_PROGRESSED);

        world.clock.advance(Duration.ofHours(1));
        ThresholdDecision revised = world.deciding.decide(secondManager, c.requireId(), 1,
                decision(ThresholdLevel.STRATEGY_DISCUSSION, true));

        assertThat(openFlagTypes(c)).isEmpty();
        assertThat(flags(c)).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FlagType.DISCLOSURE_NOT_PROGRESSED);
            assertThat(f.open()).isFalse();
            assertThat(f.resolution()).isEqualTo(Flag.CLEARED);
            assertThat(f.resolvedAt()).isEqualTo(world.clock.instant());
            assertThat(f.resolvedByManager()).isFalse();
        });
        List<ThresholdDecision> history = world.decisions.forContact(c.requireId());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).id()).isEqualTo(first.id());
        assertThat(history.get(0).current()).isFalse();
        assertThat(history.get(0).level()).isEqualTo(ThresholdLevel.EARLY_HELP);
        assertThat(history.get(1).id()).isEqualTo(revised.id());
        assertThat(history.get(1).current()).isTrue();
        assertThat(history.get(1).supersedes()).isEqualTo(first.id());
        assertThat(world.contactNow(c).version()).isEqualTo(2);

        ContactView view = world.frontDoorQueryService.open(manager, c.requireId());
        assertThat(view.decisions()).hasSize(2);
        assertThat(view.current().id()).isEqualTo(revised.id());
        assertThat(view.flags()).hasSize(1);
    }

    @Test
    void revisingAgainBelowStrategyDiscussionRaisesTheFlagAgain() {
        Contact c = world.recordContact(police, "CS-1", Rag.RED, true, SEXUAL_ABUSE);
        world.deciding.decide(manager, c.requireId(), 0, decision(ThresholdLevel.EARLY_HELP, false));
        world.deciding.decide(manager, c.requireId(), 1, decision(ThresholdLevel.STRATEGY_DISCUSSION, true));
        world.deciding.decide(manager, c.requireId(), 2, decision(ThresholdLevel.CHILD_IN_NEED_ASSESSMENT, false));
        assertThat(flags(c)).extracting(Flag::type).containsExactly(FlagType.DISCLOSURE_NOT_PROGRESSED,
                FlagType.DISCLOSURE_NOT_PROGRESSED);
        assertThat(openFlagTypes(c)).containsExactly(FlagType.DISCLOSURE_NOT_PROGRESSED);
        assertThat(world.decisions.forContact(c.requireId())).filteredOn(ThresholdDecision::current).hasSize(1);
    }

    @Test
    void aStrategyDiscussionWithoutAMedicalIsFlagged() {
        Contact c = world.recordContact(police, "CS-1", Rag.RED, true, SEXUAL_ABUSE);
        world.deciding.decide(manager, c.requireId(), 0, decision(ThresholdLevel.STRATEGY_DISCUSSION, false));
        assertThat(openFlagTypes(c)).containsExactly(FlagType.MEDICAL_NOT_CONSIDERED);
    }

    @Test
    void decidingWithAStaleVersionIsRefusedAndNothingIsSaved() {
        Contact c = world.recordContact(police, "CS-1", Rag.RED, true, SEXUAL_ABUSE);
        world.casework.assignToMe(mash, c.requireId(), 0);
        int audit = world.auditLog.size();
        ConcurrentChangeException e = catchThrowableOfType(ConcurrentChangeException.class, () -> world.deciding.decide(
                manager, c.requireId(), 0, decision(ThresholdLevel.EARLY_HELP, false)));
        assertThat(e).hasMessageContaining(TestPartnerships.MASH_PRACTITIONER_A_NAME);
        assertThat(world.decisions.all()).isEmpty();
        assertThat(flags(c)).isEmpty();
        assertThat(world.contactNow(c).version()).isEqualTo(1);
        assertThat(world.contactNow(c).decided()).isFalse();
        assertThat(world.auditLog.size()).isEqualTo(audit);
    }

    @Test
    void aContactOfAnotherPartnershipCannotBeDecided() {
        Contact c = world.recordContact(police, "CS-1");
        world.addMember(world.adminB(), "Sian Morgan", "sian@southvale.example.org",
                TestPartnerships.B_CHILDRENS_SERVICES, Role.MASH_MANAGER);
        Actor otherManager = world.actorByEmail("sian@southvale.example.org");
        assertThatThrownBy(() -> world.deciding.decide(otherManager, c.requireId(), 0,
                decision(ThresholdLevel.EARLY_HELP, false))).isInstanceOf(NotFoundException.class);
        assertThat(world.decisions.all()).isEmpty();
    }

    // --- oversight ---

    @Test
    void theDecidingManagerCannotOverseeTheirOwnDecisionButAnotherManagerCan() {
        Contact c = world.recordContact(police, "CS-1");
        ThresholdDecision d = world.deciding.decide(manager, c.requireId(), 0, decision(ThresholdLevel.EARLY_HELP, false));
        ValidationException own = catchThrowableOfType(ValidationException.class,
                () -> world.deciding.oversee(manager, d.id(), "Agreed."));
        assertThat(own.fieldErrors()).containsEntry("comment",
                "Oversight must come from a manager other than the one who made the decision.");
        assertThat(world.decisions.find(d.id()).orElseThrow().hasOversight()).isFalse();
        assertThatThrownBy(() -> world.deciding.oversee(mash, d.id(), "Agreed.")).isInstanceOf(NotAuthorisedException.class);

        world.clock.advance(Duration.ofHours(2));
        ThresholdDecision overseen = world.deciding.oversee(secondManager, d.id(), "  Agreed: early help is right.  ");
        assertThat(overseen.overseenBy()).isEqualTo(secondManager.memberId());
        assertThat(overseen.overseenByName()).isEqualTo(TestPartnerships.SECOND_MASH_MANAGER_A_NAME);
        assertThat(overseen.overseenAt()).isEqualTo(world.clock.instant());
        assertThat(overseen.oversightComment()).isEqualTo("Agreed: early help is right.");
        assertThat(world.decisions.find(d.id()).orElseThrow().hasOversight()).isTrue();

        ValidationException again = catchThrowableOfType(ValidationException.class,
                () -> world.deciding.oversee(world.mashManagerA(), d.id(), "Me too."));
        assertThat(again.fieldErrors()).containsKey("comment");
    }

    @Test
    void oversightNeedsACommentAndTheCurrentDecision() {
        Contact c = world.recordContact(police, "CS-1");
        ThresholdDecision first = world.deciding.decide(manager, c.requireId(), 0, decision(ThresholdLevel.EARLY_HELP, false));
        assertThat(catchThrowableOfType(ValidationException.class, () -> world.deciding.oversee(secondManager, first.id(), " "))
                .fieldErrors()).containsKey("comment");
        world.deciding.decide(manager, c.requireId(), 1, decision(ThresholdLevel.CHILD_IN_NEED_ASSESSMENT, false));
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> world.deciding.oversee(secondManager, first.id(), "Agreed.")).fieldErrors())
                .containsEntry("comment", "This decision has been revised: oversee the current one.");
        assertThatThrownBy(() -> world.deciding.oversee(secondManager, 999, "Agreed."))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theSweepBringsABacklogUpToDateABatchAtATime() {
        for (int i = 0; i < org.lscp.workspace.domain.frontdoor.port.in.FlagsUseCase.SWEEP_BATCH + 5; i++) {
            Contact c = world.recordContact(police, "CS-B" + i);
            world.deciding.decide(manager, c.requireId(), 0, decision(ThresholdLevel.EARLY_HELP, false));
        }
        world.clock.set(london("2026-11-26T10:00:01"));
        assertThat(world.flagging.sweepFlags(world.partnershipA())).isEqualTo(org.lscp.workspace.domain.frontdoor.port.in.FlagsUseCase.SWEEP_BATCH);
        assertThat(world.flagging.sweepFlags(world.partnershipA())).isEqualTo(5);
        assertThat(world.flagging.sweepFlags(world.partnershipA())).isZero();
    }

    @Test
    void missingOversightIsFlaggedByTheSweepAfterOneWorkingDay() {
        Contact c = world.recordContact(police, "CS-1");
        ThresholdDecision d = world.deciding.decide(manager, c.requireId(), 0, decision(ThresholdLevel.EARLY_HELP, false));
        world.clock.set(london("2026-11-26T10:00"));
        assertThat(world.flagging.sweepFlags(world.partnershipA())).isZero();
        assertThat(openFlagTypes(c)).isEmpty();
        world.clock.set(london("2026-11-26T10:00:01"));
        assertThat(world.flagging.sweepFlags(world.partnershipA())).isEqualTo(1);
        assertThat(openFlagTypes(c)).containsExactly(FlagType.NO_OVERSIGHT);
        assertThat(world.flagging.sweepFlags(world.partnershipA())).isZero();

        world.deciding.oversee(secondManager, d.id(), "Late, but agreed.");
        assertThat(openFlagTypes(c)).as("late oversight is still late").containsExactly(FlagType.NO_OVERSIGHT);
    }

    /** Issue 17: the board's measures are told by the use cases, not kept as a hidden side effect of saving. */
    @Test
    void everyChangeTheBoardCountsIsToldToItsMeasuresAndOnlyThose() {
        Contact c = world.recordContact(police, "CS-1");
        assertThat(world.measures.changed()).as("recorded").contains(c.requireId());
        world.measures.clear();
        ThresholdDecision d = world.deciding.decide(manager, c.requireId(), 0, decision(ThresholdLevel.EARLY_HELP, false));
        assertThat(world.measures.changed()).as("decided").contains(c.requireId());

        world.measures.clear();
        world.clock.set(london("2026-11-26T10:00:01"));
        assertThat(world.flagging.sweepFlags(world.partnershipA())).isEqualTo(1);
        assertThat(world.measures.changed()).as("no oversight in time: the board counts it").contains(c.requireId());

        world.measures.clear();
        world.deciding.oversee(secondManager, d.id(), "Agreed.");
        assertThat(world.measures.changed()).as("overseen").contains(c.requireId());

        Contact late = world.recordContact(police, "CS-2");
        world.measures.clear();
        world.clock.set(london("2026-12-02T10:00"));
        world.flagging.sweepFlags(world.partnershipA());
        assertThat(openFlagTypes(late)).contains(FlagType.DECISION_OVERDUE);
        assertThat(world.measures.changed()).as("an overdue flag changes nothing the board counts").isEmpty();
    }

    @Test
    void oversightInTimeRaisesNoFlag() {
        Contact c = world.recordContact(police, "CS-1");
        ThresholdDecision d = world.deciding.decide(manager, c.requireId(), 0, decision(ThresholdLevel.EARLY_HELP, false));
        world.clock.set(london("2026-11-26T10:00"));
        world.deciding.oversee(secondManager, d.id(), "Agreed.");
        world.clock.set(london("2026-12-10T10:00"));
        world.flagging.sweepFlags(world.partnershipA());
        assertThat(flags(c)).isEmpty();
    }

    // --- resolving flags ---

    @Test
    void aManagerResolvesAFlagWithAReasonAndItStaysInTheHistory() {
        Contact c = world.recordContact(police, "CS-1", Rag.RED, true, SEXUAL_ABUSE);
        world.deciding.decide(manager, c.requireId(), 0, decision(ThresholdLevel.EARLY_HELP, false));
        Flag flag = flags(c).getFirst();

        assertThatThrownBy(() -> world.flagging.resolveFlag(mash, flag.id(), "Reason"))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> world.flagging.resolveFlag(police, flag.id(), "Reason"))
                .isInstanceOf(NotAuthorisedException.class);
        assertThat(catchThrowableOfType(ValidationException.class, () -> world.flagging.resolveFlag(manager, flag.id(), " "))
                .fieldErrors()).containsOnlyKeys("reason");
        assertThat(flags(c).getFirst().open()).isTrue();

        world.clock.advance(Duration.ofMinutes(30));
        int audit = world.auditLog.size();
        world.flagging.resolveFlag(secondManager, flag.id(), " The child retracted; strategy discussion held by phone. ");
        Flag resolved = world.flags.find(world.partnershipA(), flag.id()).orElseThrow();
        assertThat(resolved.open()).isFalse();
        assertThat(resolved.resolvedByManager()).isTrue();
        assertThat(resolved.resolvedByName()).isEqualTo(TestPartnerships.SECOND_MASH_MANAGER_A_NAME);
        assertThat(resolved.resolution()).isEqualTo("The child retracted; strategy discussion held by phone.");
        assertThat(resolved.resolvedAt()).isEqualTo(world.clock.instant());
        assertThat(resolved.raisedAt()).isEqualTo(flag.raisedAt());
        assertThat(flags(c)).hasSize(1);
        assertThat(auditSince(audit)).singleElement().satisfies(e -> {
            assertThat(e.entityType()).isEqualTo("Flag");
            assertThat(e.action()).isEqualTo(AuditAction.UPDATED);
            assertThat(e.before()).isNotNull();
        });

        assertThat(catchThrowableOfType(ValidationException.class,
                () -> world.flagging.resolveFlag(manager, flag.id(), "Again")).fieldErrors())
                .containsEntry("reason", "This flag is already resolved.");
        assertThat(world.frontDoorQueryService.openFlags(manager, org.lscp.workspace.domain.frontdoor.model.FlagFilter
                .NONE.withType(FlagType.DISCLOSURE_NOT_PROGRESSED), org.lscp.workspace.domain.shared.PageRequest
                .first(10))).isEmpty();
    }

    private Contact recordChild(Actor actor, String caseSystemId, String name) {
        return world.recording.record(actor, new RecordContactCommand(world.clock.instant(), "Class teacher", Channel.PHONE,
                caseSystemId, name, LocalDate.of(2015, 4, 4), Gender.FEMALE, Ethnicity.WBRI,
                Set.of(NEGLECT), false, "Concern reported.", ConsentBasis.CONSENT_GIVEN, Rag.AMBER,
                Set.of()));
    }

    /**
     * The police do not know the child's case-system id; the MASH sees the earlier contacts about a child of that name
     * and date of birth, confirms the match, and the child's history and repeat count follow the id.
     */
    @Test
    void aMashPractitionerMatchesAChildWithNoIdToTheirEarlierContactsAndTheHistoryFollows() {
        Contact first = recordChild(mash, "CS-31", "Maya Stone");
        Contact second = recordChild(mash, "CS-31", "Maya Stone");
        Contact fromPolice = recordChild(police, null, "maya  STONE");
        recordChild(mash, "CS-40", "Lily Stone");
        assertThat(openFlagTypes(fromPolice)).doesNotContain(FlagType.REPEAT_CONTACT);

        var matches = world.frontDoorQueryService.possibleMatches(mash, fromPolice.requireId());
        assertThat(matches).extracting(ChildMatch::reference).containsExactlyInAnyOrder(first.reference(),
                second.reference());
        assertThat(matches).allSatisfy(m -> {
            assertThat(m.reason()).isEqualTo("Same name and date of birth");
            assertThat(m.caseSystemId()).isEqualTo("CS-31");
        });
        assertThatThrownBy(() -> world.frontDoorQueryService.possibleMatches(police, fromPolice.requireId()))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> world.casework.sameChild(police, fromPolice.requireId(), first.requireId()))
                .isInstanceOf(NotAuthorisedException.class);

        int audit = world.auditLog.size();
        Contact matched = world.casework.sameChild(mash, fromPolice.requireId(), first.requireId());

        assertThat(matched.child().caseSystemId()).isEqualTo("CS-31");
        assertThat(world.frontDoorQueryService.childHistory(mash, "CS-31")).extracting(Contact::reference)
                .contains(first.reference(), second.reference(), fromPolice.reference());
        assertThat(openFlagTypes(matched)).as("the third contact in 12 months").contains(FlagType.REPEAT_CONTACT);
        assertThat(auditSince(audit)).first().satisfies(e -> {
            assertThat(e.entityType()).isEqualTo("Contact");
            assertThat(e.after()).contains("child: CS-31");
        });
        assertThat(world.frontDoorQueryService.possibleMatches(mash, fromPolice.requireId()))
                .as("both identified now: nothing left to match").isEmpty();
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> world.casework.sameChild(mash, fromPolice.requireId(), second.requireId())).fieldErrors())
                .containsKey("match");
    }

    @Test
    void aMatchJudgedWrongIsNotSuggestedAgain() {
        Contact known = recordChild(mash, "CS-32", "Leo Park");
        Contact unknown = recordChild(police, null, "Leo Park");
        Contact alsoUnknown = recordChild(health, null, "Leo Park");
        assertThat(world.frontDoorQueryService.possibleMatches(mash, unknown.requireId()))
                .extracting(ChildMatch::reference).as("two unidentified contacts are not suggested to each other")
                .containsExactly(known.reference());

        int audit = world.auditLog.size();
        world.casework.notSameChild(manager, unknown.requireId(), known.requireId());

        assertThat(world.frontDoorQueryService.possibleMatches(mash, unknown.requireId())).isEmpty();
        assertThat(world.frontDoorQueryService.possibleMatches(mash, known.requireId()))
                .extracting(ChildMatch::reference).containsExactly(alsoUnknown.reference());
        assertThat(auditSince(audit)).singleElement().satisfies(e -> assertThat(e.entityType())
                .isEqualTo("Child match"));
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> world.casework.sameChild(mash, unknown.requireId(), alsoUnknown.requireId())).fieldErrors())
                .containsEntry("match", "Neither contact has a case-system id yet: match the child to a contact "
                        + "that has one.");
    }

    @Test
    void aResolvedFlagIsNotRaisedAgainWhileTheRuleStillApplies() {
        Contact c = world.recordContact(police, "CS-1", Rag.RED, true, SEXUAL_ABUSE);
        world.deciding.decide(manager, c.requireId(), 0, decision(ThresholdLevel.EARLY_HELP, false));
        world.flagging.resolveFlag(secondManager, flags(c).getFirst().id(), "Discussed with the police; agreed early help.");
        world.deciding.decide(manager, c.requireId(), 1, decision(ThresholdLevel.CHILD_IN_NEED_ASSESSMENT, false));
        world.flagging.sweepFlags(world.partnershipA());
        assertThat(flags(c)).hasSize(1);
        assertThat(openFlagTypes(c)).isEmpty();
    }

    @Test
    void aFlagOfAnotherPartnershipIsNotFound() {
        Contact c = world.recordContact(police, "CS-1", Rag.RED, true, SEXUAL_ABUSE);
        world.deciding.decide(manager, c.requireId(), 0, decision(ThresholdLevel.EARLY_HELP, false));
        world.addMember(world.adminB(), "Sian Morgan", "sian@southvale.example.org",
                TestPartnerships.B_CHILDRENS_SERVICES, Role.MASH_MANAGER);
        Actor otherManager = world.actorByEmail("sian@southvale.example.org");
        assertThatThrownBy(() -> world.flagging.resolveFlag(otherManager, flags(c).getFirst().id(), "Reason"))
                .isInstanceOf(NotFoundException.class);
    }

    // --- taking a contact ---

    @Test
    void aMashMemberTakesAContactUnlessSomeoneElseHas() {
        Contact c = world.recordContact(police, "CS-1");
        assertThatThrownBy(() -> world.casework.assignToMe(police, c.requireId(), 0))
                .isInstanceOf(NotAuthorisedException.class);
        Contact taken = world.casework.assignToMe(mash, c.requireId(), 0);
        assertThat(taken.assignedTo()).isEqualTo(mash.memberId());
        assertThat(taken.assignedToName()).isEqualTo(TestPartnerships.MASH_PRACTITIONER_A_NAME);
        assertThat(taken.version()).isEqualTo(1);

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> world.casework.assignToMe(manager, c.requireId(), 1));
        assertThat(e.fieldErrors()).containsEntry("assignedTo",
                TestPartnerships.MASH_PRACTITIONER_A_NAME + " has already taken this contact.");
        assertThat(world.contactNow(c).assignedTo()).isEqualTo(mash.memberId());

        assertThat(world.casework.assignToMe(mash, c.requireId(), 1).version()).as("taking it again is harmless")
                .isEqualTo(2);
        assertThatThrownBy(() -> world.casework.assignToMe(mash, c.requireId(), 1))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    // --- agency checks ---

    @Test
    void mashAsksAgenciesAndOnlyTheAskedAgencyAnswers() {
        Contact c = world.recordContact(police, "CS-1");
        AgencyId healthAgency = health.agencyId();
        AgencyId policeAgency = police.agencyId();
        assertThatThrownBy(() -> world.casework.requestChecks(police, c.requireId(), Set.of(healthAgency)))
                .isInstanceOf(NotAuthorisedException.class);

        List<AgencyCheck> asked = world.casework.requestChecks(mash, c.requireId(), Set.of(healthAgency, policeAgency));
        assertThat(asked).hasSize(2).allSatisfy(k -> {
            assertThat(k.requestedAt()).isEqualTo(WEDNESDAY_10);
            assertThat(k.dueBy()).as("one working day for amber").isEqualTo(london("2026-11-26T10:00"));
            assertThat(k.requestedByName()).isEqualTo(TestPartnerships.MASH_PRACTITIONER_A_NAME);
            assertThat(k.answered()).isFalse();
            assertThat(k.timely()).isNull();
        });
        assertThat(world.casework.requestChecks(mash, c.requireId(), Set.of(healthAgency)))
                .as("an open check is not asked twice").isEmpty();

        AgencyCheck healthCheck = asked.stream().filter(k -> k.agency().equals(healthAgency)).findFirst().orElseThrow();
        assertThatThrownBy(() -> world.casework.answerCheck(police, healthCheck.id(), "Nothing known."))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> world.casework.answerCheck(world.boardChairA(), healthCheck.id(), "Nothing known."))
                .isInstanceOf(NotAuthorisedException.class);
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> world.casework.answerCheck(health, healthCheck.id(), " ")).fieldErrors()).containsOnlyKeys("findings");

        world.clock.set(healthCheck.dueBy());
        AgencyCheck answered = world.casework.answerCheck(health, healthCheck.id(), " Known to the health visitor. ");
        assertThat(answered.findings()).isEqualTo("Known to the health visitor.");
        assertThat(answered.respondedByName()).isEqualTo(TestPartnerships.HEALTH_PRACTITIONER_A_NAME);
        assertThat(answered.timely()).as("answered exactly when due").isTrue();
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> world.casework.answerCheck(health, healthCheck.id(), "Again")).fieldErrors()).containsKey("findings");

        AgencyCheck policeCheck = asked.stream().filter(k -> k.agency().equals(policeAgency)).findFirst().orElseThrow();
        world.clock.set(policeCheck.dueBy().plusSeconds(1));
        assertThat(world.casework.answerCheck(police, policeCheck.id(), "Two call-outs in May.").timely())
                .as("one second late").isFalse();

        assertThat(world.casework.requestChecks(mash, c.requireId(), Set.of(healthAgency))).as("answered: may ask again")
                .hasSize(1);
    }

    @Test
    void aRedContactsChecksAreDueInFourWorkingHours() {
        Contact c = world.recordContact(police, "CS-1", Rag.RED, false, NEGLECT);
        world.clock.set(london("2026-11-27T15:00"));
        assertThat(world.casework.requestChecks(manager, c.requireId(), Set.of(health.agencyId())))
                .singleElement().satisfies(k -> assertThat(k.dueBy()).isEqualTo(london("2026-11-30T11:00")));
    }

    @Test
    void checksAreAskedOnlyOfTheOwnPartnershipsAgencies() {
        Contact c = world.recordContact(police, "CS-1");
        AgencyId southvale = world.agencyId(world.partnershipB(), TestPartnerships.B_CHILDRENS_SERVICES);
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> world.casework.requestChecks(mash, c.requireId(), Set.of(southvale))).fieldErrors())
                .containsOnlyKeys("agencies");
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> world.casework.requestChecks(mash, c.requireId(), Set.of())).fieldErrors())
                .containsOnlyKeys("agencies");
        assertThat(world.checks.all()).isEmpty();
    }

    // --- the sweep ---

    @Test
    void theSweepRaisesDecisionOverdueOnlyAfterTheDeadline() {
        Contact c = world.recordContact(police, "CS-1");
        world.clock.set(c.deadline());
        assertThat(world.flagging.sweepFlags(world.partnershipA())).isZero();
        assertThat(flags(c)).isEmpty();

        world.clock.set(c.deadline().plusSeconds(1));
        assertThat(world.flagging.sweepFlags(world.partnershipA())).isEqualTo(1);
        assertThat(openFlagTypes(c)).containsExactly(FlagType.DECISION_OVERDUE);
        assertThat(flags(c).getFirst().raisedAt()).isEqualTo(c.deadline().plusSeconds(1));
        assertThat(world.auditLog.all().getLast().actorName()).isEqualTo("System");

        assertThat(world.flagging.sweepFlags(world.partnershipA())).as("not raised twice").isZero();
        world.deciding.decide(manager, c.requireId(), 0, decision(ThresholdLevel.EARLY_HELP, false));
        assertThat(openFlagTypes(c)).as("decided late stays overdue").containsExactly(FlagType.DECISION_OVERDUE);
    }

    @Test
    void theSweepLeavesContactsDecidedInTimeAndOtherPartnershipsAlone() {
        Contact decided = world.recordContact(police, "CS-1");
        ThresholdDecision d = world.deciding.decide(manager, decided.requireId(), 0,
                decision(ThresholdLevel.EARLY_HELP, false));
        world.deciding.oversee(secondManager, d.id(), "Agreed.");
        Contact open = world.recordContact(police, "CS-2");
        world.clock.advance(Duration.ofDays(10));
        assertThat(world.flagging.sweepFlags(world.partnershipB())).isZero();
        assertThat(flags(open)).isEmpty();
        assertThat(world.flagging.sweepFlags(world.partnershipA())).isEqualTo(1);
        assertThat(flags(decided)).isEmpty();
        assertThat(openFlagTypes(open)).containsExactly(FlagType.DECISION_OVERDUE);
    }
}
