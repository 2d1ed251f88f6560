package org.lscp.workspace.domain.frontdoor.service;

import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.notice.service.NoticeService;
import org.lscp.workspace.domain.notice.service.NoticeSender;
import org.lscp.workspace.domain.fixtures.InMemoryNoticeRepository;
import java.util.List;
import static org.lscp.workspace.domain.fixtures.Times.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lscp.workspace.domain.frontdoor.model.ConcernCategory.PHYSICAL_ABUSE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ConveneDiscussionCommand;
import org.lscp.workspace.domain.frontdoor.model.Flag;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.Invitation;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.RecordAttendanceCommand;
import org.lscp.workspace.domain.frontdoor.model.RecordConferenceCommand;
import org.lscp.workspace.domain.frontdoor.model.RecordDecisionCommand;
import org.lscp.workspace.domain.frontdoor.model.RecordOutcomeCommand;
import org.lscp.workspace.domain.frontdoor.model.SectionFortySeven;
import org.lscp.workspace.domain.frontdoor.model.StrategyDiscussion;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.ValidationException;

/** Convening a strategy discussion and recording it, as the MASH and the invited agencies would. */
class DiscussionServiceTest {
    /** Monday 21 December 2026, 09:00 London (GMT). */
    private static final Instant MONDAY_9 = london("2026-12-21T09:00");

    private TestPartnerships world;
    private Actor police;
    private Actor health;
    private Actor mash;
    private Actor manager;
    private Contact contact;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.withFrontDoor();
        world.clock.set(MONDAY_9);
        police = world.practitionerA();
        health = world.healthPractitionerA();
        mash = world.mashPractitionerA();
        manager = world.mashManagerA();
        contact = world.recording.record(police, world.contactCommand("CS-1", Rag.RED, true, PHYSICAL_ABUSE));
        world.clock.set(MONDAY_9.plusSeconds(3_600));
        decide(ThresholdLevel.STRATEGY_DISCUSSION);
        world.clock.set(MONDAY_9.plusSeconds(4 * 3_600));
    }

    private void decide(ThresholdLevel level) {
        Contact current = world.contacts.find(contact.partnershipId(), contact.requireId()).orElseThrow();
        world.deciding.decide(manager, current.requireId(), current.version(), new RecordDecisionCommand(level,
                "Disclosure of physical abuse by the stepfather.", "Strategy discussion", null, true, Set.of()));
    }

    private long contactVersion() {
        return world.contacts.find(contact.partnershipId(), contact.requireId()).orElseThrow().version();
    }

    private StrategyDiscussion convene() {
        return world.discussing.convene(mash, contact.requireId(), contactVersion(),
                new ConveneDiscussionCommand(MONDAY_9.plusSeconds(3 * 3_600), Set.of()));
    }

    @Test
    void theMashConvenesItWithThePoliceAndHealthInvited() {
        int audited = world.auditLog.size();
        StrategyDiscussion d = convene();
        assertThat(d.invited()).extracting(Invitation::kind)
                .containsExactlyInAnyOrder(AgencyKind.POLICE, AgencyKind.HEALTH);
        assertThat(d.invited()).allSatisfy(i -> assertThat(i.tookPart()).isNull());
        assertThat(world.auditLog.size()).as("the discussion, and the flag that no agency has said it took part")
                .isEqualTo(audited + 2);
        assertThat(world.discussing.forContact(police, contact.requireId())).contains(d);
    }

    @Test
    void othersChosenAreInvitedTooAndEveryInvitedAgencyIsTold() {
        InMemoryNoticeRepository stored = new InMemoryNoticeRepository();
        NoticeService notices = new NoticeService(stored, world.changes, world.auditor);
        DiscussionService telling = new DiscussionService(world.discussions, world.contacts, world.decisions,
                world.checks, world.directory, world.accessLog, world.auditor,
                new NoticeSender(stored, world.directory, world.changes, world.auditor), world.holidays,
                world.flagKeeper);
        AgencyId socialCare = world.agencyId(contact.partnershipId(), TestPartnerships.A_CHILDRENS_SERVICES);
        StrategyDiscussion d = telling.convene(mash, contact.requireId(), contactVersion(),
                new ConveneDiscussionCommand(MONDAY_9.plusSeconds(3 * 3_600), Set.of(socialCare)));
        assertThat(d.invited()).extracting(Invitation::agency).contains(socialCare).hasSize(3);
        for (Actor invited : List.of(police, health, manager)) {
            assertThat(notices.inbox(invited, PageRequest.first(5))).as(invited.name()).singleElement()
                    .satisfies(n -> assertThat(n.text()).contains(contact.reference())
                            .contains("record whether your agency took part"));
        }
        assertThat(notices.inbox(world.boardChairA(), PageRequest.first(5))).as("the chair sees no child").isEmpty();
    }

    @Test
    void onlyTheirOwnPartnershipsAgenciesAreInvited() {
        AgencyId elsewhere = world.agencyId(world.partnershipB(), TestPartnerships.B_CHILDRENS_SERVICES);
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> world.discussing.convene(mash,
                contact.requireId(), contactVersion(), new ConveneDiscussionCommand(MONDAY_9, Set.of(elsewhere))));
        assertThat(e.fieldErrors()).containsEntry("alsoInvited", "Choose agencies of your own partnership.");
        assertThat(world.discussions.latestFor(contact.partnershipId(), contact.requireId())).isEmpty();
    }

    @Test
    void onlyADecisionAtStrategyDiscussionCallsForOne() {
        decide(ThresholdLevel.CHILD_IN_NEED_ASSESSMENT);
        ValidationException e = catchThrowableOfType(ValidationException.class, this::convene);
        assertThat(e.fieldErrors()).containsEntry("heldAt", DiscussionService.NOT_CALLED_FOR);
        assertThat(world.discussions.latestFor(contact.partnershipId(), contact.requireId())).isEmpty();
    }

    @Test
    void aPartnerAgencyDoesNotConveneAndNobodyRecordsOneInTheFuture() {
        assertThatThrownBy(() -> world.discussing.convene(police, contact.requireId(), contactVersion(),
                new ConveneDiscussionCommand(MONDAY_9, Set.of()))).isInstanceOf(NotAuthorisedException.class);
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> world.discussing.convene(mash,
                contact.requireId(), contactVersion(), new ConveneDiscussionCommand(MONDAY_9.plusSeconds(86_400),
                        Set.of())));
        assertThat(e.fieldErrors().get("heldAt")).contains("cannot be in the future");
    }

    @Test
    void eachInvitedAgencyRecordsItsOwnPartAndNoOtherDoes() {
        StrategyDiscussion d = convene();
        StrategyDiscussion attended = world.discussing.recordAttendance(police, d.requireId(), d.version(),
                new RecordAttendanceCommand(true, "Two domestic incidents at the address."));
        assertThat(attended.tookPart(AgencyKind.POLICE)).isTrue();
        assertThat(attended.tookPart(AgencyKind.HEALTH)).isFalse();

        int logged = world.accessLog.all().size();
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> world.discussing
                .recordAttendance(mash, d.requireId(), attended.version(), new RecordAttendanceCommand(true, null)));
        assertThat(e.fieldErrors()).containsEntry("tookPart", StrategyDiscussion.NOT_INVITED);
        assertThat(world.accessLog.all()).hasSize(logged + 1)
                .last().satisfies(entry -> assertThat(entry.allowed()).isFalse());
    }

    @Test
    void theBoardChairAndAnotherPartnershipAreToldItIsNotThereAndTheAttemptIsLogged() {
        StrategyDiscussion d = convene();
        int logged = world.accessLog.all().size();
        assertThatThrownBy(() -> world.discussing.forContact(world.boardChairA(), contact.requireId()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.discussing.recordAttendance(world.boardChairA(), d.requireId(), d.version(),
                new RecordAttendanceCommand(true, null))).isInstanceOf(NotFoundException.class);
        assertThat(world.accessLog.all()).hasSize(logged + 2);
        assertThatThrownBy(() -> world.discussing.forContact(world.adminB(), contact.requireId()))
                .as("another partnership's contact").isInstanceOf(NotFoundException.class);
    }

    private static RecordOutcomeCommand jointEnquiry() {
        return new RecordOutcomeCommand(SectionFortySeven.JOINT_WITH_POLICE, null, null,
                "Reasonable cause to suspect significant harm.", true, LocalDate.parse("2026-12-22"), null);
    }

    @Test
    void theOutcomeThenTheConferenceAndTwoManagersAtOnceAreToldOfEachOther() {
        StrategyDiscussion d = convene();
        ValidationException early = catchThrowableOfType(ValidationException.class, () -> world.discussing
                .recordConference(mash, d.requireId(), d.version(), new RecordConferenceCommand(false, null,
                        LocalDate.parse("2027-01-08"), null)));
        assertThat(early.fieldErrors()).containsKey("date");

        StrategyDiscussion decided = world.discussing.recordOutcome(mash, d.requireId(), d.version(), jointEnquiry());
        assertThatThrownBy(() -> world.discussing.recordOutcome(manager, d.requireId(), d.version(),
                new RecordOutcomeCommand(SectionFortySeven.NONE, "Explained.", null, "No cause.", false, null,
                        "No injury."))).isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining(mash.name());

        ValidationException before = catchThrowableOfType(ValidationException.class, () -> world.discussing
                .recordConference(mash, d.requireId(), decided.version(), new RecordConferenceCommand(false, null,
                        LocalDate.parse("2026-12-20"), null)));
        assertThat(before.fieldErrors().get("date")).isEqualTo("The conference cannot be before its strategy discussion.");
        StrategyDiscussion conference = world.discussing.recordConference(mash, d.requireId(), decided.version(),
                new RecordConferenceCommand(false, null, LocalDate.parse("2027-01-08"), true));
        assertThat(conference.conference().date()).isEqualTo(LocalDate.parse("2027-01-08"));
        assertThatThrownBy(() -> world.discussing.recordOutcome(police, d.requireId(), conference.version(),
                jointEnquiry())).isInstanceOf(NotAuthorisedException.class);
    }

    private Set<FlagType> openFlags() {
        return world.flags.forContact(contact.requireId()).stream().filter(Flag::open).map(Flag::type)
                .collect(Collectors.toSet());
    }

    @Test
    void theSweepFlagsADiscussionNotHeldInTimeAndHoldingOneLateKeepsTheFlag() {
        world.clock.set(london("2026-12-22T10:00"));
        world.flagging.sweepFlags(contact.partnershipId());
        assertThat(openFlags()).as("due at 10:00 on Tuesday, one working day after the decision")
                .doesNotContain(FlagType.STRATEGY_DISCUSSION_LATE);
        world.clock.set(london("2026-12-22T10:01"));
        world.flagging.sweepFlags(contact.partnershipId());
        assertThat(openFlags()).contains(FlagType.STRATEGY_DISCUSSION_LATE);
        world.discussing.convene(mash, contact.requireId(), contactVersion(),
                new ConveneDiscussionCommand(london("2026-12-22T10:00:01"), Set.of()));
        assertThat(openFlags()).contains(FlagType.STRATEGY_DISCUSSION_LATE, FlagType.AGENCY_NOT_PRESENT);
    }

    @Test
    void policeAndHealthBothRecordingClearsAgencyNotPresent() {
        StrategyDiscussion d = convene();
        assertThat(openFlags()).contains(FlagType.AGENCY_NOT_PRESENT).doesNotContain(FlagType.STRATEGY_DISCUSSION_LATE);
        StrategyDiscussion policeIn = world.discussing.recordAttendance(police, d.requireId(), d.version(),
                new RecordAttendanceCommand(true, null));
        assertThat(openFlags()).as("health has not said").contains(FlagType.AGENCY_NOT_PRESENT);
        world.discussing.recordAttendance(health, d.requireId(), policeIn.version(),
                new RecordAttendanceCommand(true, "Two missed health visitor appointments."));
        assertThat(openFlags()).doesNotContain(FlagType.AGENCY_NOT_PRESENT);
    }

    /** Held Monday 21 December 2026: 15 working days on, past Christmas, Boxing Day (Monday 28th) and New Year's Day. */
    @Test
    void aConferenceAfterThe15thWorkingDayIsLateAndALowerRevisionClearsEveryFlag() {
        StrategyDiscussion d = world.discussing.recordOutcome(mash, convene().requireId(), 0, jointEnquiry());
        StrategyDiscussion inTime = world.discussing.recordConference(mash, d.requireId(), d.version(),
                new RecordConferenceCommand(false, null, LocalDate.parse("2027-01-14"), null));
        assertThat(openFlags()).doesNotContain(FlagType.ICPC_LATE);
        world.discussing.recordConference(mash, d.requireId(), inTime.version(),
                new RecordConferenceCommand(false, null, LocalDate.parse("2027-01-15"), null));
        assertThat(openFlags()).contains(FlagType.ICPC_LATE, FlagType.AGENCY_NOT_PRESENT);

        decide(ThresholdLevel.CHILD_IN_NEED_ASSESSMENT);
        assertThat(openFlags()).doesNotContain(FlagType.ICPC_LATE, FlagType.AGENCY_NOT_PRESENT,
                FlagType.STRATEGY_DISCUSSION_LATE);
    }

    @Test
    void theMashRecordsTheChildsDisabilityAndNoPartnerAgencyDoes() {
        assertThat(contact.child().disability()).isEqualTo(org.lscp.workspace.domain.frontdoor.model.Disability.NOT_KNOWN);
        Contact saved = world.casework.recordDisability(mash, contact.requireId(), contactVersion(),
                org.lscp.workspace.domain.frontdoor.model.Disability.YES);
        assertThat(saved.child().disability()).isEqualTo(org.lscp.workspace.domain.frontdoor.model.Disability.YES);
        assertThat(world.auditLog.all().getLast().before()).contains("disability: Not known");
        assertThatThrownBy(() -> world.casework.recordDisability(police, contact.requireId(), contactVersion(),
                org.lscp.workspace.domain.frontdoor.model.Disability.NO)).isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> world.casework.recordDisability(mash, contact.requireId(), saved.version() - 1,
                org.lscp.workspace.domain.frontdoor.model.Disability.NO)).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void theMashRecordsTheTeamAndWorkerTheCaseIsAllocatedTo() {
        var allocation = new org.lscp.workspace.domain.frontdoor.model.Allocation("Assessment Team North", "Helen Brooks");
        Contact saved = world.casework.allocate(manager, contact.requireId(), contactVersion(), allocation);
        assertThat(saved.allocation()).isEqualTo(allocation);
        assertThat(world.auditLog.all().getLast().after()).contains("Assessment Team North, Helen Brooks");
        assertThatThrownBy(() -> world.casework.allocate(health, contact.requireId(), contactVersion(), allocation))
                .isInstanceOf(NotAuthorisedException.class);
    }

    /** Children's social care leads the section 47 enquiry: it records the discussion on a contact it has a part in. */
    @Test
    void aSocialWorkerLeadsItOnAContactTheirAgencyIsPartOfAndOtherPractitionersDoNot() {
        world.addMember(world.adminA(), "Helen Brooks", "helen.brooks@northshire.example",
                TestPartnerships.A_CHILDRENS_SERVICES, org.lscp.workspace.domain.shared.Role.PRACTITIONER);
        Actor socialWorker = world.actorByEmail("helen.brooks@northshire.example");
        assertThat(world.discussing.leads(socialWorker)).isTrue();
        assertThat(world.discussing.leads(police)).isFalse();
        assertThat(world.discussing.leads(world.boardChairA())).isFalse();
        assertThatThrownBy(() -> world.discussing.convene(socialWorker, contact.requireId(), contactVersion(),
                new ConveneDiscussionCommand(MONDAY_9.plusSeconds(3 * 3_600), Set.of())))
                .as("a police contact social care was not asked about").isInstanceOf(NotFoundException.class);

        StrategyDiscussion d = world.discussing.convene(mash, contact.requireId(), contactVersion(),
                new ConveneDiscussionCommand(MONDAY_9.plusSeconds(3 * 3_600), Set.of(world.agencyId(
                        contact.partnershipId(), TestPartnerships.A_CHILDRENS_SERVICES))));
        StrategyDiscussion decided = world.discussing.recordOutcome(socialWorker, d.requireId(), d.version(),
                jointEnquiry());
        assertThat(decided.enquiryStarted()).isTrue();
    }

    @Test
    void twoMembersRecordingTheDiscussionAtOnceRecordOne() {
        long seen = contactVersion();
        world.discussing.convene(mash, contact.requireId(), seen,
                new ConveneDiscussionCommand(MONDAY_9.plusSeconds(3 * 3_600), Set.of()));
        assertThatThrownBy(() -> world.discussing.convene(manager, contact.requireId(), seen,
                new ConveneDiscussionCommand(MONDAY_9.plusSeconds(3 * 3_600), Set.of())))
                .isInstanceOf(ConcurrentChangeException.class);
    }
}
