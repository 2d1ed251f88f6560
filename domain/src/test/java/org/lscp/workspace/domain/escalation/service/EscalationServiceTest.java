package org.lscp.workspace.domain.escalation.service;

import static org.lscp.workspace.domain.fixtures.Times.london;
import org.lscp.workspace.domain.frontdoor.model.ProtectionTimescales;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.decision;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.escalation.model.CurrentStage;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.escalation.model.EscalationAction;
import org.lscp.workspace.domain.escalation.model.EscalationEvent;
import org.lscp.workspace.domain.escalation.model.EscalationFilter;
import org.lscp.workspace.domain.escalation.model.EscalationOutcome;
import org.lscp.workspace.domain.escalation.model.EscalationStage;
import org.lscp.workspace.domain.escalation.model.EscalationStatus;
import org.lscp.workspace.domain.escalation.model.EscalationTimescales;
import org.lscp.workspace.domain.escalation.model.EscalationView;
import org.lscp.workspace.domain.escalation.model.RaiseEscalationCommand;
import org.lscp.workspace.domain.escalation.model.ResolveEscalationCommand;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.DecisionTimescales;
import org.lscp.workspace.domain.frontdoor.model.Flag;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.RecordDecisionCommand;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

class EscalationServiceTest {
    /** Wednesday 25 November 2026, 10:00 London. */
    private static final Instant WEDNESDAY_10 = london("2026-11-25T10:00");

    private TestPartnerships world;
    private EscalationService service;
    private Actor health;
    private Actor healthLineManager;
    private Actor healthSenior;
    private Actor police;
    private Actor mash;
    private Actor manager;
    private Actor secondManager;
    private Actor csSenior;
    private Actor chair;
    private Contact contact;
    private ThresholdDecision nfa;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.withFrontDoor();
        world.clock.set(WEDNESDAY_10);
        service = world.escalationService;
        Actor admin = world.adminA();
        world.addMember(admin, "Lina Morris", "health.lm@northshire.example.org", TestPartnerships.A_HEALTH,
                Role.PRACTITIONER, Role.LINE_MANAGER);
        world.addMember(admin, "Raj Singh", "health.head@northshire.example.org", TestPartnerships.A_HEALTH,
                Role.PRACTITIONER, Role.SENIOR_MANAGER);
        world.addMember(admin, "Olive Grant", "cs.head@northshire.example.org", TestPartnerships.A_CHILDRENS_SERVICES,
                Role.SENIOR_MANAGER);
        health = world.healthPractitionerA();
        healthLineManager = world.actorByEmail("health.lm@northshire.example.org");
        healthSenior = world.actorByEmail("health.head@northshire.example.org");
        csSenior = world.actorByEmail("cs.head@northshire.example.org");
        police = world.practitionerA();
        mash = world.mashPractitionerA();
        manager = world.mashManagerA();
        secondManager = world.secondMashManagerA();
        chair = world.boardChairA();
        contact = world.recordContact(health, "CH-100", Rag.AMBER, true, ConcernCategory.SEXUAL_ABUSE);
        nfa = world.deciding.decide(manager, contact.requireId(), contact.version(),
                decision(ThresholdLevel.NO_FURTHER_ACTION, false));
    }

    private Escalation raise() {
        return service.raise(health, new RaiseEscalationCommand(nfa.id(), null, null,
                "A disclosure of sexual abuse closed with no further action.", "A strategy discussion.", false, null,
                Set.of()));
    }

    private Escalation now(Escalation e) {
        return world.escalations.find(e.partnershipId(), e.requireId()).orElseThrow();
    }

    // --- raising ---

    /** An imported contact from an acquaintance has no agency of its own: the escalation is with the decider's. */
    @Test
    void aDecisionOnAContactFromNoAgencyIsEscalatedWithTheAgencyThatMadeIt() {
        world.contactImportService.commit(world.adminA(), "list1.csv", org.lscp.workspace.domain.fixtures
                .FakeTableReader.csv("Child Unique ID,Gender,Ethnicity,Date of Birth,Date of Contact,Contact Source",
                        "CH-200,a) Male,a) WBRI,,20/11/2026,b) 1B: Acquaintance"));
        Contact imported = world.contacts.forChild(world.partnershipA(), "CH-200").getFirst();
        assertThat(imported.sourceAgency()).isNull();
        ThresholdDecision decided = world.deciding.decide(manager, imported.requireId(), imported.version(),
                decision(ThresholdLevel.NO_FURTHER_ACTION, false));
        RaiseEscalationCommand command = new RaiseEscalationCommand(decided.id(), null, null,
                "The acquaintance's worries were not checked with us.", "Checks with health.", false, null, Set.of());

        assertThatThrownBy(() -> service.raise(health, command)).as("not health's contact, nor asked of health")
                .isInstanceOf(NotFoundException.class);
        world.casework.requestChecks(mash, imported.requireId(), Set.of(health.agencyId()));
        Escalation e = service.raise(health, command);

        assertThat(e.raisingAgency()).isEqualTo(health.agencyId());
        assertThat(e.respondingAgency()).isEqualTo(manager.agencyId());
        assertThat(e.childCaseId()).isEqualTo("CH-200");
        assertThat(e.contactReference()).isEqualTo(imported.reference());
    }

    @Test
    void raisingFromADecisionStartsStageOneWithTheDecisionMakersAgencyAndTheChild() {
        int audits = world.auditLog.size();
        Escalation e = raise();
        assertThat(e.reference()).matches("E-\\d{6}");
        assertThat(e.stage()).isEqualTo(EscalationStage.PRACTITIONERS);
        assertThat(e.stageDeadline()).isEqualTo(london("2026-11-27T10:00"));
        assertThat(e.raisingAgency()).isEqualTo(health.agencyId());
        assertThat(e.respondingAgency()).isEqualTo(manager.agencyId());
        assertThat(e.childCaseId()).isEqualTo("CH-100");
        assertThat(e.contactReference()).isEqualTo(contact.reference());
        assertThat(e.decisionId()).isEqualTo(nfa.id());
        assertThat(world.escalations.timeline(e.requireId())).singleElement()
                .satisfies(ev -> {
                    assertThat(ev.kind()).isEqualTo(EscalationEvent.Kind.RAISED);
                    assertThat(ev.deadline()).isEqualTo(e.stageDeadline());
                });
        assertThat(world.auditLog.all().subList(audits, world.auditLog.size()))
                .extracting(a -> a.entityType()).containsExactly("Escalation", "Escalation step");
    }

    @Test
    void aChildAtImmediateRiskStartsAtStageThreeWithItsDeadline() {
        Escalation e = service.raise(health, new RaiseEscalationCommand(nfa.id(), null, null, "d", "o", true,
                "New bruising seen at the clinic today.", Set.of()));
        assertThat(e.stage()).isEqualTo(EscalationStage.SENIOR_MANAGERS);
        assertThat(e.stageDeadline()).isEqualTo(london("2026-12-02T10:00"));
        assertThat(world.escalations.timeline(e.requireId()).getFirst().text()).contains("Immediate risk: New bruising");
    }

    @Test
    void theStageDeadlinesComeFromThePartnershipsSettings() {
        world.settingsService.save(world.adminA(), DecisionTimescales.DEFAULTS, new EscalationTimescales(1, 3, 5, 10),
                ProtectionTimescales.DEFAULTS);
        assertThat(raise().stageDeadline()).isEqualTo(london("2026-11-26T10:00"));
    }

    @Test
    void aCaseEscalationNamesTheChildAndTheAgency() {
        Escalation e = service.raise(police, new RaiseEscalationCommand(null, "CH-200", health.agencyId(), "d", "o",
                false, null, Set.of()));
        assertThat(e.contactId()).isNull();
        assertThat(e.childCaseId()).isEqualTo("CH-200");
        assertThat(e.respondingAgency()).isEqualTo(health.agencyId());
    }

    @Test
    void anAgencyDoesNotEscalateItsOwnDecisionOrTwiceAtOnce() {
        var own = catchThrowableOfType(ValidationException.class, () -> service.raise(mash,
                new RaiseEscalationCommand(nfa.id(), null, null, "d", "o", false, null, Set.of())));
        assertThat(own.fieldErrors().get("disputed")).contains("your own agency");
        Escalation first = raise();
        var twice = catchThrowableOfType(ValidationException.class, this::raise);
        assertThat(twice.fieldErrors().get("disputed")).contains(first.reference()).contains("already");
        assertThat(world.escalations.count(world.partnershipA(), EscalationFilter.of(EscalationFilter.Scope.ALL), null,
                WEDNESDAY_10)).isEqualTo(1);
    }

    @Test
    void anAgencyDoesNotRaiseACaseEscalationWithItselfWhateverItIsCalled() {
        // renamed, with a short name: still the same agency, compared by identity
        var agencyService = world.agencyService;
        var own = world.agencies.find(world.partnershipA(), police.agencyId()).orElseThrow();
        agencyService.update(world.adminA(), police.agencyId(), own.version(), new org.lscp.workspace.domain
                .partnership.model.SaveAgencyCommand("Northshire Constabulary", "Constabulary", own.kind(), true));
        var e = catchThrowableOfType(ValidationException.class, () -> service.raise(police,
                new RaiseEscalationCommand(null, "CH-300", police.agencyId(), "d", "o", false, null, Set.of())));
        assertThat(e.fieldErrors()).containsOnlyKeys("respondingAgency");
        assertThat(e.fieldErrors().get("respondingAgency")).contains("your own");
        assertThat(world.escalations.count(world.partnershipA(), EscalationFilter.of(EscalationFilter.Scope.ALL), null,
                WEDNESDAY_10)).isZero();
    }

    @Test
    void aCaseEscalationNeedsARealCaseSystemId() {
        var e = catchThrowableOfType(ValidationException.class, () -> service.raise(police,
                new RaiseEscalationCommand(null, "not known", health.agencyId(), "d", "o", false, null, Set.of())));
        assertThat(e.fieldErrors()).containsOnlyKeys("childCaseId");
    }

    @Test
    void aDecisionAboutAChildWithNoCaseSystemIdIsEscalatedWithoutOne() {
        Contact unknown = world.recording.record(police, world.contactCommand(null, Rag.AMBER, false,
                ConcernCategory.NEGLECT));
        var decided = world.deciding.decide(manager, unknown.requireId(), world.contactNow(unknown).version(),
                decision(ThresholdLevel.EARLY_HELP, false));
        Escalation e = service.raise(police, new RaiseEscalationCommand(decided.id(), null, null, "d", "o", false, null,
                Set.of()));
        assertThat(e.childCaseId()).isNull();
        assertThat(e.respondingAgency()).isEqualTo(manager.agencyId());
    }

    @Test
    void aBoardChairAndAnAgencyThatCannotSeeTheContactDoNotRaise() {
        assertThatThrownBy(() -> service.raise(chair, new RaiseEscalationCommand(nfa.id(), null, null, "d", "o", false,
                null, Set.of()))).isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> service.raise(police, new RaiseEscalationCommand(nfa.id(), null, null, "d", "o", false,
                null, Set.of()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.raise(world.adminB(), new RaiseEscalationCommand(null, "CH-9", health.agencyId(),
                "d", "o", false, null, Set.of()))).isInstanceOf(NotAuthorisedException.class);
    }

    @Test
    void aRevisedDecisionIsNotEscalated() {
        world.deciding.decide(secondManager, contact.requireId(), world.contactNow(contact).version(),
                decision(ThresholdLevel.EARLY_HELP, false));
        var e = catchThrowableOfType(ValidationException.class, this::raise);
        assertThat(e.fieldErrors().get("disputed")).contains("revised");
    }

    // --- responding and escalating ---

    @Test
    void onlyTheOtherAgencyRespondsAndOnlyOncePerStage() {
        Escalation e = raise();
        assertThatThrownBy(() -> service.respond(health, e.requireId(), e.version(), false, "No"))
                .isInstanceOf(NotAuthorisedException.class).hasMessageContaining("Your agency raised");
        assertThatThrownBy(() -> service.respond(police, e.requireId(), e.version(), false, "No"))
                .isInstanceOf(NotFoundException.class);
        Escalation responded = service.respond(mash, e.requireId(), e.version(), false, "Threshold not met.");
        assertThat(responded.stageResponse()).isFalse();
        var twice = catchThrowableOfType(ValidationException.class,
                () -> service.respond(manager, e.requireId(), responded.version(), true, "Changed my mind"));
        assertThat(twice.fieldErrors().get("response")).contains("already has a response");
        assertThat(world.escalations.timeline(e.requireId())).extracting(EscalationEvent::kind)
                .containsExactly(EscalationEvent.Kind.RAISED, EscalationEvent.Kind.RESPONDED);
    }

    @Test
    void aDisagreementGoesToStageTwoWhereLineManagersAct() {
        Escalation e = raise();
        Escalation r = service.respond(mash, e.requireId(), e.version(), false, "Threshold not met.");
        world.clock.set(london("2026-11-26T11:00"));
        Escalation s2 = service.escalate(health, e.requireId(), r.version(), "We still think it is s47.");
        assertThat(s2.stage()).isEqualTo(EscalationStage.LINE_MANAGERS);
        assertThat(s2.stageStartedAt()).isEqualTo(london("2026-11-26T11:00"));
        assertThat(s2.stageDeadline()).isEqualTo(london("2026-12-01T11:00"));
        assertThat(s2.stageResponse()).isNull();
        assertThatThrownBy(() -> service.respond(mash, e.requireId(), s2.version(), false, "No"))
                .isInstanceOf(NotAuthorisedException.class).hasMessageContaining("line manager");
        Escalation r2 = service.respond(manager, e.requireId(), s2.version(), false, "Upheld by the manager.");
        assertThatThrownBy(() -> service.escalate(health, e.requireId(), r2.version(), "Onwards"))
                .isInstanceOf(NotAuthorisedException.class).hasMessageContaining("line manager");
        Escalation s3 = service.escalate(healthLineManager, e.requireId(), r2.version(), "To heads of service.");
        assertThat(s3.stage()).isEqualTo(EscalationStage.SENIOR_MANAGERS);
        Escalation r3 = service.respond(csSenior, e.requireId(), s3.version(), false, "Upheld.");
        assertThatThrownBy(() -> service.escalate(healthLineManager, e.requireId(), r3.version(), "Onwards"))
                .isInstanceOf(NotAuthorisedException.class);
        Escalation s4 = service.escalate(healthSenior, e.requireId(), r3.version(), "To the partnership.");
        assertThat(s4.stage()).isEqualTo(EscalationStage.PARTNERSHIP);
        assertThatThrownBy(() -> service.respond(csSenior, e.requireId(), s4.version(), false, "No"))
                .isInstanceOf(NotAuthorisedException.class).hasMessageContaining("board chair");
        Escalation resolved = service.resolve(chair, e.requireId(), s4.version(), new ResolveEscalationCommand(
                EscalationOutcome.DECISION_UPHELD, "Threshold guidance to be reissued.", null, Set.of()));
        assertThat(resolved.status()).isEqualTo(EscalationStatus.RESOLVED);
        assertThat(resolved.closedByName()).isEqualTo(chair.name());
    }

    @Test
    void theRespondingAgencyDoesNotEscalateAndStagesAreNotSkipped() {
        Escalation e = raise();
        var early = catchThrowableOfType(ValidationException.class,
                () -> service.escalate(health, e.requireId(), e.version(), "Impatient"));
        assertThat(early.fieldErrors().get("reason")).contains("not finished");
        world.clock.set(london("2026-11-27T10:00"));
        assertThatThrownBy(() -> service.escalate(health, e.requireId(), e.version(), "Exactly at the deadline"))
                .isInstanceOf(ValidationException.class);
        world.clock.set(london("2026-11-27T10:01"));
        assertThatThrownBy(() -> service.escalate(mash, e.requireId(), e.version(), "Ours"))
                .isInstanceOf(NotAuthorisedException.class).hasMessageContaining("raised");
        assertThat(service.escalate(health, e.requireId(), e.version(), "No answer by the deadline").stage())
                .isEqualTo(EscalationStage.LINE_MANAGERS);
    }

    // --- resolving ---

    @Test
    void aChangedDecisionIsRevisedThroughTheFrontDoorAndTheFlagsFollow() {
        assertThat(world.flags.forContact(contact.requireId())).filteredOn(Flag::open).extracting(Flag::type)
                .contains(FlagType.DISCLOSURE_NOT_PROGRESSED);
        Escalation e = raise();
        RecordDecisionCommand revised = new RecordDecisionCommand(ThresholdLevel.STRATEGY_DISCUSSION,
                "Disclosure of sexual abuse: strategy discussion.", "Assessment team", null, true, Set.of());
        assertThatThrownBy(() -> service.resolve(mash, e.requireId(), e.version(), new ResolveEscalationCommand(
                EscalationOutcome.DECISION_CHANGED, "Learnt", revised, Set.of())))
                .isInstanceOf(NotAuthorisedException.class).hasMessageContaining("MASH manager");
        assertThat(now(e).open()).isTrue();
        Escalation resolved = service.resolve(manager, e.requireId(), e.version(), new ResolveEscalationCommand(
                EscalationOutcome.DECISION_CHANGED, "Disclosures go to strategy.", revised, Set.of()));
        ThresholdDecision current = world.decisions.forContact(contact.requireId()).stream()
                .filter(ThresholdDecision::current).findFirst().orElseThrow();
        assertThat(current.level()).isEqualTo(ThresholdLevel.STRATEGY_DISCUSSION);
        assertThat(current.supersedes()).isEqualTo(nfa.id());
        assertThat(resolved.resultingDecisionId()).isEqualTo(current.id());
        assertThat(resolved.outcome()).isEqualTo(EscalationOutcome.DECISION_CHANGED);
        assertThat(world.flags.forContact(contact.requireId())).filteredOn(Flag::open).extracting(Flag::type)
                .doesNotContain(FlagType.DISCLOSURE_NOT_PROGRESSED);
    }

    @Test
    void aCaseEscalationCannotClaimAChangedDecision() {
        Escalation e = service.raise(police, new RaiseEscalationCommand(null, "CH-200", health.agencyId(), "d", "o",
                false, null, Set.of()));
        var refused = catchThrowableOfType(ValidationException.class, () -> service.resolve(health, e.requireId(),
                e.version(), new ResolveEscalationCommand(EscalationOutcome.DECISION_CHANGED, "l",
                        decision(ThresholdLevel.EARLY_HELP, false), Set.of())));
        assertThat(refused.fieldErrors().get("outcome")).contains("Other outcome");
    }

    @Test
    void theLearningIsRecordedAgainstRecommendations() {
        var inspection = world.addInspection(world.adminA(), "Focused visit", java.time.LocalDate.of(2026, 3, 2));
        Recommendation rec = world.addRecommendation(world.adminA(), inspection, 1, world.leadOfficerA().memberId());
        Escalation e = service.raise(health, new RaiseEscalationCommand(nfa.id(), null, null, "d", "o", false, null,
                Set.of(rec.requireId())));
        assertThatThrownBy(() -> service.resolve(mash, e.requireId(), e.version(), new ResolveEscalationCommand(
                EscalationOutcome.DECISION_UPHELD, "Ours stands.", null, Set.of())))
                .isInstanceOf(NotAuthorisedException.class).hasMessageContaining("only the agency that raised");
        service.resolve(health, e.requireId(), e.version(), new ResolveEscalationCommand(EscalationOutcome.OTHER,
                "Agreed a joint visit.", null, Set.of(rec.requireId())));
        assertThat(world.escalationQueryService.byRecommendation(chair)).singleElement().satisfies(c -> {
            assertThat(c.recommendation()).isEqualTo(rec.requireId());
            assertThat(c.resolved()).isEqualTo(1);
            assertThat(c.open()).isZero();
        });
        assertThatThrownBy(() -> world.escalationQueryService.byRecommendation(health))
                .isInstanceOf(NotAuthorisedException.class);
    }

    @Test
    void withdrawingNeedsAReasonAndTheRaisingAgencyAndEndsEverything() {
        Escalation e = raise();
        assertThatThrownBy(() -> service.withdraw(mash, e.requireId(), e.version(), "Not ours"))
                .isInstanceOf(NotAuthorisedException.class);
        var blank = catchThrowableOfType(ValidationException.class,
                () -> service.withdraw(health, e.requireId(), e.version(), " "));
        assertThat(blank.fieldErrors()).containsOnlyKeys("reason");
        Escalation w = service.withdraw(health, e.requireId(), e.version(), "Resolved by phone.");
        assertThat(w.status()).isEqualTo(EscalationStatus.WITHDRAWN);
        world.clock.set(london("2026-12-10T10:00"));
        var again = catchThrowableOfType(ValidationException.class,
                () -> service.escalate(health, e.requireId(), w.version(), "Again"));
        assertThat(again.fieldErrors().get("status")).contains("withdrawn");
        int events = world.escalations.timeline(e.requireId()).size();
        assertThatThrownBy(() -> service.resolve(mash, e.requireId(), w.version(), new ResolveEscalationCommand(
                EscalationOutcome.OTHER, "x", null, Set.of()))).isInstanceOf(ValidationException.class);
        assertThat(world.escalations.timeline(e.requireId())).hasSize(events);
    }

    @Test
    void aStaleVersionIsAConcurrentChange() {
        Escalation e = raise();
        service.respond(mash, e.requireId(), e.version(), false, "No");
        assertThatThrownBy(() -> service.withdraw(health, e.requireId(), e.version(), "Stale"))
                .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining(mash.name());
    }

    // --- reading ---

    @Test
    void listsShowEachAgencyItsOwnAndTheChairEverythingWithoutTheChild() {
        Escalation e = raise();
        service.raise(police, new RaiseEscalationCommand(null, "CH-200", health.agencyId(), "d", "o", false, null,
                Set.of()));
        var query = world.escalationQueryService;
        var page = PageRequest.first(20);
        assertThat(query.list(health, EscalationFilter.of(EscalationFilter.Scope.RAISED_BY_US), page))
                .extracting(Escalation::requireId).containsExactly(e.requireId());
        assertThat(query.count(health, EscalationFilter.of(EscalationFilter.Scope.RAISED_WITH_US))).isEqualTo(1);
        assertThat(query.count(health, EscalationFilter.of(EscalationFilter.Scope.ALL))).isEqualTo(2);
        assertThat(query.count(mash, EscalationFilter.of(EscalationFilter.Scope.ALL))).isEqualTo(1);
        assertThat(query.list(chair, EscalationFilter.of(EscalationFilter.Scope.ALL), page)).hasSize(2)
                .allSatisfy(x -> assertThat(x.childCaseId()).isNull());
        assertThat(query.list(police, EscalationFilter.of(EscalationFilter.Scope.ALL), page))
                .singleElement().satisfies(x -> assertThat(x.childCaseId()).isEqualTo("CH-200"));
        assertThat(query.count(world.adminB(), EscalationFilter.of(EscalationFilter.Scope.ALL))).isZero();
    }

    @Test
    void overdueListsOnlyOpenEscalationsPastTheirStageDeadline() {
        Escalation e = raise();
        var overdue = new EscalationFilter(EscalationFilter.Scope.INVOLVING_US, true, true);
        world.clock.set(london("2026-11-27T10:00"));
        assertThat(world.escalationQueryService.count(manager, overdue)).isZero();
        world.clock.set(london("2026-11-27T10:00").plus(Duration.ofMinutes(1)));
        assertThat(world.escalationQueryService.count(manager, overdue)).isEqualTo(1);
        assertThat(world.escalationQueryService.open(health, e.requireId()).allowed())
                .contains(EscalationAction.ESCALATE, EscalationAction.WITHDRAW, EscalationAction.RESOLVE)
                .doesNotContain(EscalationAction.RESPOND);
    }

    @Test
    void openingAnEscalationThatNamesAChildIsLoggedAndTheChairSeesNoChild() {
        Escalation e = raise();
        int logged = world.accessLog.find(world.partnershipA(), PageRequest.first(100)).size();
        EscalationView view = world.escalationQueryService.open(mash, e.requireId());
        assertThat(view.escalation().childCaseId()).isEqualTo("CH-100");
        assertThat(view.allowed()).as("the disputed agency's practitioner cannot change the decision, so cannot close")
                .containsExactly(EscalationAction.RESPOND);
        assertThat(view.outcomes()).isEmpty();
        EscalationView managers = world.escalationQueryService.open(manager, e.requireId());
        assertThat(managers.allowed()).contains(EscalationAction.RESOLVE, EscalationAction.CHANGE_DECISION);
        assertThat(managers.outcomes()).as("the disputed agency closes only by changing its decision")
                .containsExactly(EscalationOutcome.DECISION_CHANGED);
        assertThat(world.escalationQueryService.open(health, e.requireId()).outcomes())
                .as("the raising agency closes as upheld or other").containsExactly(EscalationOutcome.DECISION_UPHELD,
                        EscalationOutcome.OTHER);
        EscalationView chairs = world.escalationQueryService.open(chair, e.requireId());
        assertThat(chairs.escalation().childCaseId()).isNull();
        assertThat(chairs.allowed()).isEmpty();
        assertThatThrownBy(() -> world.escalationQueryService.open(police, e.requireId()))
                .isInstanceOf(NotFoundException.class);
        var entries = world.accessLog.find(world.partnershipA(), PageRequest.first(100));
        assertThat(entries).hasSize(logged + 4);
        assertThat(entries).anySatisfy(a -> {
            assertThat(a.record()).isEqualTo("Escalation " + e.reference());
            assertThat(a.allowed()).isFalse();
        });
    }

    @Test
    void readingAnOpenEscalationAgainIsNotAnotherOpeningButARefusalIsLogged() {
        Escalation e = raise();
        world.escalationQueryService.open(mash, e.requireId());
        int logged = world.accessLog.find(world.partnershipA(), PageRequest.first(100)).size();
        assertThat(world.escalationQueryService.reread(mash, e.requireId()).escalation().childCaseId())
                .isEqualTo("CH-100");
        assertThat(world.accessLog.find(world.partnershipA(), PageRequest.first(100))).hasSize(logged);
        assertThatThrownBy(() -> world.escalationQueryService.reread(police, e.requireId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(world.accessLog.find(world.partnershipA(), PageRequest.first(100))).hasSize(logged + 1)
                .first().satisfies(a -> assertThat(a.allowed()).isFalse());
    }

    @Test
    void laterStagesAreWithdrawnAtTheirLevelAndARevisedDecisionIsNotChangedAgain() {
        Escalation e = raise();
        Escalation r = service.respond(mash, e.requireId(), e.version(), false, "No");
        Escalation s2 = service.escalate(health, e.requireId(), r.version(), "Onwards");
        assertThatThrownBy(() -> service.withdraw(health, e.requireId(), s2.version(), "Never mind"))
                .isInstanceOf(NotAuthorisedException.class).hasMessageContaining("line manager");
        world.deciding.decide(secondManager, contact.requireId(), world.contactNow(contact).version(),
                decision(ThresholdLevel.EARLY_HELP, false));
        var refused = catchThrowableOfType(ValidationException.class, () -> service.resolve(manager, e.requireId(),
                s2.version(), new ResolveEscalationCommand(EscalationOutcome.DECISION_CHANGED, "l",
                        decision(ThresholdLevel.CHILD_IN_NEED_ASSESSMENT, false), Set.of())));
        assertThat(refused.fieldErrors().get("outcome")).contains("has been revised");
        assertThat(service.withdraw(healthLineManager, e.requireId(), s2.version(), "Agreed by phone").status())
                .isEqualTo(EscalationStatus.WITHDRAWN);
    }

    @Test
    void theChairGetsNoChildIdBackFromTheStepsTheyTake() {
        Escalation e = raise();
        Escalation at4 = world.escalations.save(e.atStage(new CurrentStage(EscalationStage.PARTNERSHIP,
                e.stageStartedAt(), e.stageDeadline(), null)));
        Escalation answered = service.respond(chair, e.requireId(), at4.version(), false, "The board will review.");
        assertThat(answered.childCaseId()).isNull();
        assertThat(world.escalations.find(e.partnershipId(), e.requireId()).orElseThrow().childCaseId())
                .isEqualTo("CH-100");
    }

    @Test
    void theBoardsDashboardListsEscalationsWaitingOnTheChairWithoutChildData() {
        Escalation e = raise();
        world.escalations.save(e.atStage(new CurrentStage(EscalationStage.PARTNERSHIP,
                e.stageStartedAt(), e.stageDeadline(), null)));
        var period = org.lscp.workspace.domain.board.model.Period.yearTo(java.time.LocalDate.of(2026, 11, 25));
        var waiting = world.boardService.dashboard(chair, new org.lscp.workspace.domain.board.model.MeasureFilter(
                period, null)).atPartnership();
        assertThat(waiting).extracting(Escalation::reference).containsExactly(e.reference());
        assertThat(waiting.getFirst().childCaseId()).isNull();
    }
}
