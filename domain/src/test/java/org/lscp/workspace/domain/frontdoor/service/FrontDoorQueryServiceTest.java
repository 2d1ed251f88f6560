package org.lscp.workspace.domain.frontdoor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.decision;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.shared.audit.AccessLogEntry;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactFilter;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.ContactView;
import org.lscp.workspace.domain.frontdoor.model.FlagFilter;
import org.lscp.workspace.domain.frontdoor.model.FlagRow;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.QueueRow;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.model.SaveRecommendationCommand;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PageRequest;

class FrontDoorQueryServiceTest {
    private static final PageRequest PAGE = PageRequest.first(50);
    private static final ContactFilter ALL = new ContactFilter(null, null, null, null, null, null);

    private TestPartnerships world;
    private FrontDoorQueryService query;
    private Actor police;
    private Actor health;
    private Actor mash;
    private Actor manager;
    private Contact fromPolice;
    private Contact fromHealth;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.withFrontDoor();
        world.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
        query = world.frontDoorQueryService;
        police = world.practitionerA();
        health = world.healthPractitionerA();
        mash = world.mashPractitionerA();
        manager = world.mashManagerA();
        fromPolice = world.recordContact(police, "CS-1", Rag.AMBER, false, ConcernCategory.DOMESTIC_ABUSE);
        fromHealth = world.recordContact(health, "CS-2", Rag.RED, false, ConcernCategory.NEGLECT);
    }

    private List<String> queueRefs(Actor actor) {
        return query.queue(actor, ALL, PAGE).stream().map(QueueRow::reference).toList();
    }

    private AccessLogEntry lastLogged() {
        return world.accessLog.all().getLast();
    }

    @Test
    void mashRolesSeeEveryContactSoonestDeadlineFirst() {
        assertThat(queueRefs(mash)).containsExactly(fromHealth.reference(), fromPolice.reference());
        assertThat(queueRefs(manager)).containsExactly(fromHealth.reference(), fromPolice.reference());
        assertThat(query.count(manager, ALL)).isEqualTo(2);
        QueueRow row = query.queue(manager, ALL, PAGE).getFirst();
        assertThat(row.sourceAgency()).isEqualTo(TestPartnerships.A_HEALTH);
        assertThat(row.childName()).isEqualTo("Child CS-2");
        assertThat(row.rag()).isEqualTo(Rag.RED);
    }

    @Test
    void aPractitionerSeesTheirAgencysContactsPlusThoseTheirAgencyWasAskedToCheck() {
        assertThat(queueRefs(police)).containsExactly(fromPolice.reference());
        assertThat(queueRefs(health)).containsExactly(fromHealth.reference());
        assertThat(query.count(health, ALL)).isEqualTo(1);

        world.casework.requestChecks(mash, fromPolice.requireId(), Set.of(health.agencyId()));
        assertThat(queueRefs(health)).containsExactly(fromHealth.reference(), fromPolice.reference());
        assertThat(query.count(health, ALL)).isEqualTo(2);
        assertThat(query.open(health, fromPolice.requireId()).contact().reference())
                .isEqualTo(fromPolice.reference());
        assertThat(queueRefs(police)).containsExactly(fromPolice.reference());
        assertThat(query.checksForMyAgency(health)).singleElement()
                .satisfies(k -> assertThat(k.contactId()).isEqualTo(fromPolice.requireId()));
        assertThat(query.checksForMyAgency(police)).isEmpty();
    }

    @Test
    void openingAnotherAgencysContactIsNotFoundAndLoggedAsRefused() {
        int logged = world.accessLog.size();
        assertThatThrownBy(() -> query.open(health, fromPolice.requireId())).isInstanceOf(NotFoundException.class);
        assertThat(world.accessLog.size()).isEqualTo(logged + 1);
        AccessLogEntry entry = lastLogged();
        assertThat(entry.allowed()).isFalse();
        assertThat(entry.who()).isEqualTo(health.memberId());
        assertThat(entry.whoName()).isEqualTo(TestPartnerships.HEALTH_PRACTITIONER_A_NAME);
        assertThat(entry.record()).contains(fromPolice.reference());
        assertThat(entry.partnershipId()).isEqualTo(world.partnershipA());
        assertThat(entry.at()).isEqualTo(world.clock.instant());
    }

    @Test
    void openingAContactThatDoesNotExistIsLoggedToo() {
        assertThatThrownBy(() -> query.open(manager, new ContactId(999))).isInstanceOf(NotFoundException.class);
        assertThat(lastLogged().allowed()).isFalse();
        assertThat(lastLogged().record()).contains("999");
    }

    @Test
    void everySuccessfulOpeningIsLogged() {
        ContactView mine = query.open(police, fromPolice.requireId());
        assertThat(mine.contact().reference()).isEqualTo(fromPolice.reference());
        assertThat(mine.sourceAgencyName()).isEqualTo(TestPartnerships.A_POLICE);
        assertThat(mine.contactsIn12Months()).isEqualTo(1);
        assertThat(mine.current()).isNull();
        query.open(manager, fromPolice.requireId());
        query.open(mash, fromHealth.requireId());
        assertThat(world.accessLog.all()).extracting(AccessLogEntry::whoName, AccessLogEntry::allowed).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TestPartnerships.PRACTITIONER_A_NAME, true),
                org.assertj.core.groups.Tuple.tuple(TestPartnerships.MASH_MANAGER_A_NAME, true),
                org.assertj.core.groups.Tuple.tuple(TestPartnerships.MASH_PRACTITIONER_A_NAME, true));
    }

    @Test
    void aBoardChairSeesNoChildData() {
        Actor chair = world.boardChairA();
        assertThatThrownBy(() -> query.queue(chair, ALL, PAGE)).isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> query.count(chair, ALL)).isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> query.checksForMyAgency(chair)).isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> query.openFlags(chair, FlagFilter.NONE, PAGE))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> query.openFlagCounts(chair, FlagFilter.NONE))
                .isInstanceOf(NotAuthorisedException.class);

        assertThatThrownBy(() -> query.childHistory(chair, "CS-1")).isInstanceOf(NotAuthorisedException.class);
        assertThat(lastLogged().allowed()).isFalse();
        assertThat(lastLogged().record()).contains("CS-1");

        assertThatThrownBy(() -> query.open(chair, fromPolice.requireId())).isInstanceOf(NotFoundException.class);
        assertThat(lastLogged().allowed()).isFalse();
        assertThat(lastLogged().who()).isEqualTo(chair.memberId());
    }

    @Test
    void rolesWithoutChildDataAreRefusedToo() {
        assertThatThrownBy(() -> query.queue(world.leadOfficerA(), ALL, PAGE))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> query.queue(world.adminA(), ALL, PAGE)).isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> query.open(world.adminA(), fromPolice.requireId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherPartnershipNeverSeesTheContact() {
        world.addMember(world.adminB(), "Sian Morgan", "sian@southvale.example.org",
                TestPartnerships.B_CHILDRENS_SERVICES, org.lscp.workspace.domain.shared.Role.MASH_MANAGER);
        Actor other = world.actorByEmail("sian@southvale.example.org");
        assertThatThrownBy(() -> query.open(other, fromPolice.requireId())).isInstanceOf(NotFoundException.class);
        assertThat(query.queue(other, ALL, PAGE)).isEmpty();
        assertThat(query.childHistory(other, "CS-1")).isEmpty();
        assertThat(query.accessLog(world.adminB(), PAGE)).allSatisfy(e ->
                assertThat(e.partnershipId()).isEqualTo(world.partnershipB())).hasSize(2);
        assertThat(query.accessLog(world.adminA(), PAGE)).isEmpty();
    }

    @Test
    void childHistoryShowsWhatTheActorMaySeeAndIsLogged() {
        Contact again = world.recordContact(health, "CS-1");
        assertThat(query.childHistory(manager, "CS-1")).extracting(Contact::reference)
                .containsExactly(again.reference(), fromPolice.reference());
        assertThat(lastLogged().allowed()).isTrue();
        assertThat(query.childHistory(police, "CS-1")).extracting(Contact::reference)
                .containsExactly(fromPolice.reference());
        assertThat(query.childHistory(health, "CS-1")).extracting(Contact::reference)
                .containsExactly(again.reference());
        assertThat(query.open(manager, again.requireId()).contactsIn12Months()).isEqualTo(2);
        assertThat(world.accessLog.all()).filteredOn(e -> e.record().contains("CS-1")).hasSize(3);
    }

    @Test
    void theAccessLogIsForTheAdminOnlyNewestFirst() {
        query.open(police, fromPolice.requireId());
        world.clock.advance(java.time.Duration.ofMinutes(5));
        assertThatThrownBy(() -> query.open(health, fromPolice.requireId())).isInstanceOf(NotFoundException.class);

        assertThatThrownBy(() -> query.accessLog(manager, PAGE)).isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> query.accessLog(police, PAGE)).isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> query.accessLog(world.boardChairA(), PAGE))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> query.accessLogCount(manager)).isInstanceOf(NotAuthorisedException.class);

        List<AccessLogEntry> log = query.accessLog(world.adminA(), PAGE);
        assertThat(log).extracting(AccessLogEntry::whoName).containsExactly(
                TestPartnerships.HEALTH_PRACTITIONER_A_NAME, TestPartnerships.PRACTITIONER_A_NAME);
        assertThat(query.accessLogCount(world.adminA())).isEqualTo(2);
        assertThat(query.accessLog(world.adminA(), new PageRequest(1, 1))).extracting(AccessLogEntry::whoName)
                .containsExactly(TestPartnerships.PRACTITIONER_A_NAME);
    }

    @Test
    void queueFiltersNarrowTheList() {
        world.deciding.decide(manager, fromHealth.requireId(), 0,
                decision(ThresholdLevel.EARLY_HELP, false));
        assertThat(query.queue(manager, ContactFilter.OPEN, PAGE)).extracting(QueueRow::reference)
                .containsExactly(fromPolice.reference());
        assertThat(query.queue(manager, new ContactFilter(Rag.RED, null, null, null, null, null), PAGE))
                .extracting(QueueRow::reference).containsExactly(fromHealth.reference());
        assertThat(query.count(manager, new ContactFilter(null, police.agencyId(), null, null, null, null)))
                .isEqualTo(1);
        assertThat(query.count(manager, new ContactFilter(null, null, null, null,
                java.time.LocalDate.of(2026, 11, 26), null))).isZero();
        assertThat(query.count(manager, new ContactFilter(null, null, null, null,
                java.time.LocalDate.of(2026, 11, 25), java.time.LocalDate.of(2026, 11, 25)))).isEqualTo(2);
    }

    /**
     * A disclosure flagged today is at the top, not after months of overdue flags: serious flags first, then the
     * newest; each row says which contact, which child (initials), its RAG, the decision and who made it.
     */
    @Test
    void theFlagsQueuePutsTheSeriousAndNewestFirstAndCountsEachKind() {
        // an overdue amber from police, raised first (a decision overdue), then decided late
        world.clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        world.flagging.sweepFlags(world.partnershipA());
        Contact oldDisclosure = world.recordContact(police, "CS-7", Rag.RED, true, ConcernCategory.PHYSICAL_ABUSE);
        world.deciding.decide(manager, oldDisclosure.requireId(), 0, decision(ThresholdLevel.EARLY_HELP,
                false));
        world.clock.set(Instant.parse("2026-12-05T12:47:00Z"));
        Contact today = world.recordContact(health, "CS-8", Rag.RED, true, ConcernCategory.SEXUAL_ABUSE);
        world.deciding.decide(manager, today.requireId(), 0, decision(ThresholdLevel.CHILD_IN_NEED_ASSESSMENT,
                false));

        List<FlagRow> rows = query.openFlags(manager, FlagFilter.NONE, PAGE);
        assertThat(rows).extracting(FlagRow::type).startsWith(FlagType.DISCLOSURE_NOT_PROGRESSED,
                FlagType.DISCLOSURE_NOT_PROGRESSED);
        assertThat(rows.getFirst()).satisfies(r -> {
            assertThat(r.reference()).isEqualTo(today.reference());
            assertThat(r.childInitials()).isEqualTo("C. C.");
            assertThat(r.rag()).isEqualTo(Rag.RED);
            assertThat(r.decision()).isEqualTo(ThresholdLevel.CHILD_IN_NEED_ASSESSMENT);
            assertThat(r.decidedBy()).isEqualTo(manager.name());
            assertThat(r.raisedAt()).isEqualTo(world.clock.instant());
        });
        assertThat(rows.get(1).reference()).isEqualTo(oldDisclosure.reference());
        assertThat(rows.subList(2, rows.size())).extracting(FlagRow::type).doesNotContain(
                FlagType.DISCLOSURE_NOT_PROGRESSED, FlagType.MEDICAL_NOT_CONSIDERED);
        assertThat(rows.subList(2, rows.size())).extracting(FlagRow::raisedAt).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());

        var counts = query.openFlagCounts(manager, FlagFilter.NONE);
        assertThat(counts).containsEntry(FlagType.DISCLOSURE_NOT_PROGRESSED, 2L);
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(rows.size());
        FlagFilter today0 = new FlagFilter(null, FlagFilter.Age.TODAY, null);
        assertThat(query.openFlags(manager, today0, PAGE)).extracting(FlagRow::reference).containsOnly(
                today.reference());
        assertThat(query.openFlagCounts(manager, today0.withType(FlagType.REPEAT_CONTACT)))
                .as("counts ignore the kind chosen").containsEntry(FlagType.DISCLOSURE_NOT_PROGRESSED, 1L);
        FlagFilter older = new FlagFilter(null, FlagFilter.Age.OLDER_THAN_7_DAYS, null);
        assertThat(query.openFlags(manager, older, PAGE)).extracting(FlagRow::reference)
                .doesNotContain(today.reference(), oldDisclosure.reference());
        FlagFilter fromHealthOnly = new FlagFilter(null, null, health.agencyId());
        assertThat(query.openFlags(manager, fromHealthOnly, PAGE)).extracting(FlagRow::reference)
                .containsOnly(today.reference(), fromHealth.reference());
    }

    @Test
    void openFlagsAreForMashRoles() {
        Contact disclosed = world.recordContact(police, "CS-3", Rag.RED, true, ConcernCategory.SEXUAL_ABUSE);
        world.deciding.decide(manager, disclosed.requireId(), 0, decision(ThresholdLevel.EARLY_HELP, false));
        FlagFilter disclosures = FlagFilter.NONE.withType(FlagType.DISCLOSURE_NOT_PROGRESSED);
        assertThat(query.openFlags(mash, disclosures, PAGE)).singleElement()
                .satisfies(f -> assertThat(f.contactId()).isEqualTo(disclosed.requireId()));
        assertThatThrownBy(() -> query.openFlags(police, disclosures, PAGE))
                .isInstanceOf(NotAuthorisedException.class);
        assertThat(query.queue(manager, new ContactFilter(null, null, null, FlagType.DISCLOSURE_NOT_PROGRESSED,
                null, null), PAGE)).singleElement().satisfies(r -> {
                    assertThat(r.reference()).isEqualTo(disclosed.reference());
                    assertThat(r.openFlags()).isEqualTo(1);
                });
    }

    // --- suggested recommendations ---

    private Recommendation recommendation(Inspection inspection, int number, Theme theme) {
        return world.recommendationService.create(world.adminA(), new SaveRecommendationCommand(
                inspection.requireId(), number, "Recommendation " + number, theme, world.leadOfficerA().memberId(),
                Set.of(), List.of()));
    }

    private void close(Recommendation r) {
        Recommendation stored = world.recommendations.find(world.partnershipA(), r.requireId()).orElseThrow();
        world.recommendations.save(new Recommendation(stored.id(), stored.partnershipId(), stored.inspectionId(),
                stored.number(), stored.text(), stored.theme(), stored.leadOfficer(), stored.sharedWith(),
                stored.successMeasures(), RecommendationStatus.CLOSED, stored.version()));
    }

    @Test
    void suggestedRecommendationsFollowTheConcernsThemesAndLeaveOutClosedOnes() {
        Inspection inspection = world.addInspection(world.adminA(), "Focused visit 2026",
                java.time.LocalDate.of(2026, 9, 7));
        Recommendation thresholds = recommendation(inspection, 1, Theme.THRESHOLDS);
        Recommendation closed = recommendation(inspection, 2, Theme.THRESHOLDS);
        Recommendation exploitation = recommendation(inspection, 3, Theme.EXPLOITATION);
        recommendation(inspection, 4, Theme.CASELOADS_WORKFORCE);
        close(closed);

        assertThat(query.suggestedRecommendations(police, Set.of(ConcernCategory.SEXUAL_ABUSE)))
                .extracting(Recommendation::id).containsExactly(thresholds.id());
        assertThat(query.suggestedRecommendations(police, Set.of(ConcernCategory.SEXUAL_ABUSE,
                ConcernCategory.NEGLECT, ConcernCategory.SEXUAL_EXPLOITATION)))
                .extracting(Recommendation::id).containsExactlyInAnyOrder(thresholds.id(), exploitation.id());
        assertThat(query.suggestedRecommendations(police, Set.of(ConcernCategory.MISSING))).isEmpty();
        assertThat(query.suggestedRecommendations(world.adminB(), Set.of(ConcernCategory.SEXUAL_ABUSE))).isEmpty();
    }
}
