package org.lscp.workspace.domain.plan.service;

import static org.assertj.core.api.Assertions.assertThat;
import org.lscp.workspace.domain.plan.model.MeasureRef;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lscp.workspace.domain.plan.model.RecommendationStatus.ASSURED;
import static org.lscp.workspace.domain.plan.model.RecommendationStatus.CLOSED;
import static org.lscp.workspace.domain.plan.model.RecommendationStatus.EVIDENCED;
import static org.lscp.workspace.domain.plan.model.RecommendationStatus.IN_PROGRESS;
import static org.lscp.workspace.domain.plan.model.RecommendationStatus.OPEN;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.model.SaveRecommendationCommand;
import org.lscp.workspace.domain.plan.model.StatusChange;
import org.lscp.workspace.domain.plan.model.SuccessMeasure;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.InspectionId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

class RecommendationServiceTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final String LEAD_ONLY =
            "Only the recommendation's lead officer or a partnership admin can move it forward.";
    private static final String CHAIR_ONLY =
            "Only a board chair or a partnership admin can judge the evidence: mark a recommendation "
                    + "assured or closed, or send it back to in progress.";

    private TestPartnerships world;
    private RecommendationService service;
    private Actor admin;
    private Actor lead;
    private Actor chair;
    private Inspection inspection;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.create();
        world.today(MONDAY);
        service = world.recommendationService;
        admin = world.adminA();
        lead = world.leadOfficerA();
        chair = world.boardChairA();
        inspection = world.addInspection(admin, "Focused visit 2026", LocalDate.of(2026, 9, 7));
    }

    private SaveRecommendationCommand command(InspectionId inspectionId, int number, MemberId leadOfficer,
                                              Set<AgencyId> shared) {
        return new SaveRecommendationCommand(inspectionId, number, "Apply child protection thresholds appropriately",
                Theme.THRESHOLDS, leadOfficer, shared, List.of(new SuccessMeasure(
                MeasureRef.computed("DISCUSSIONS_IN_TIME"), "Strategy discussions held", "100%")));
    }

    private SaveRecommendationCommand command(int number) {
        return command(inspection.requireId(), number, lead.memberId(), Set.of());
    }

    // --- recording ---

    @Test
    void anAdminCreatesARecommendationOpenAndAudited() {
        int audit = world.auditLog.size();
        AgencyId police = world.agencyId(world.partnershipA(), TestPartnerships.A_POLICE);
        Recommendation saved = service.create(admin, command(inspection.requireId(), 1, lead.memberId(),
                Set.of(police)));

        assertThat(saved.id()).isNotNull();
        assertThat(saved.partnershipId()).isEqualTo(world.partnershipA());
        assertThat(saved.status()).isEqualTo(OPEN);
        assertThat(saved.version()).isZero();
        assertThat(saved.sharedWith()).containsExactly(police);
        assertThat(world.auditLog.all().subList(audit, world.auditLog.size())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CREATED);
            assertThat(e.entityType()).isEqualTo("Recommendation");
            assertThat(e.entityId()).isEqualTo(saved.requireId().toString());
            assertThat(e.after()).contains("number: 1", "theme: Thresholds", "status: Open");
        });
    }

    @Test
    void onlyAnAdminCreatesOrUpdates() {
        Recommendation saved = service.create(admin, command(1));
        int audit = world.auditLog.size();
        for (Actor other : List.of(lead, chair, world.practitionerA())) {
            assertThatThrownBy(() -> service.create(other, command(2))).as(other.name())
                    .isInstanceOf(NotAuthorisedException.class)
                    .hasMessage("You do not have permission to do this. It needs the role Partnership admin.");
            assertThatThrownBy(() -> service.update(other, saved.requireId(), 0, command(1)))
                    .isInstanceOf(NotAuthorisedException.class);
        }
        assertThat(world.recommendations.all()).containsExactly(saved);
        assertThat(world.auditLog.size()).isEqualTo(audit);
    }

    @Test
    void anAdminUpdatesKeepingTheStatus() {
        Recommendation saved = service.create(admin, command(1));
        service.changeStatus(lead, saved.requireId(), 0, IN_PROGRESS);
        var changed = new SaveRecommendationCommand(inspection.requireId(), 1, "Reduce caseloads",
                Theme.CASELOADS_WORKFORCE, lead.memberId(), Set.of(), List.of());
        Recommendation updated = service.update(admin, saved.requireId(), 1, changed);
        assertThat(updated.text()).isEqualTo("Reduce caseloads");
        assertThat(updated.theme()).isEqualTo(Theme.CASELOADS_WORKFORCE);
        assertThat(updated.status()).isEqualTo(IN_PROGRESS);
        assertThat(updated.version()).isEqualTo(2);
        assertThat(world.auditLog.latestFor(world.partnershipA(), "Recommendation", saved.auditId()))
                .hasValueSatisfying(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.UPDATED);
                    assertThat(e.before()).contains("theme: Thresholds");
                    assertThat(e.after()).contains("theme: Caseloads and workforce");
                });
        assertThatThrownBy(() -> service.update(admin, saved.requireId(), 1, changed))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void aNumberIsUniqueWithinItsInspection() {
        Recommendation one = service.create(admin, command(1));
        Recommendation two = service.create(admin, command(2));
        assertThatThrownBy(() -> service.create(admin, command(1)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("This inspection already has a recommendation 1.")
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsOnlyKeys("number"));
        assertThatThrownBy(() -> service.update(admin, two.requireId(), 0, command(1)))
                .isInstanceOf(ValidationException.class);
        assertThat(service.update(admin, one.requireId(), 0, command(1)).number()).as("keeping its own number")
                .isEqualTo(1);

        Inspection other = world.addInspection(admin, "ILACS 2027", LocalDate.of(2027, 1, 11));
        assertThat(service.create(admin, command(other.requireId(), 1, lead.memberId(), Set.of())).number())
                .as("the same number under another inspection").isEqualTo(1);
    }

    @Test
    void theInspectionLeadAndAgenciesMustBeThePartnerships() {
        Inspection ofB = world.addInspection(world.adminB(), "Southvale JTAI", LocalDate.of(2026, 5, 4));
        assertThat(catchThrowableOfType(ValidationException.class, () -> service.create(admin,
                command(ofB.requireId(), 1, lead.memberId(), Set.of()))).fieldErrors())
                .containsExactly(Map.entry("inspection", "Choose one of your partnership's inspections or reviews."));
        assertThat(catchThrowableOfType(ValidationException.class, () -> service.create(admin,
                command(inspection.requireId(), 1, world.practitionerA().memberId(), Set.of()))).fieldErrors())
                .containsExactly(Map.entry("leadOfficer", PlanRules.NOT_A_LEAD));
        AgencyId ofBAgency = world.agencyId(world.partnershipB(), TestPartnerships.B_CHILDRENS_SERVICES);
        assertThat(catchThrowableOfType(ValidationException.class, () -> service.create(admin,
                command(inspection.requireId(), 1, lead.memberId(), Set.of(ofBAgency)))).fieldErrors())
                .containsExactly(Map.entry("sharedWith", "Choose agencies of your own partnership."));
        assertThat(world.recommendations.all()).isEmpty();
    }

    // --- status ---

    @Test
    void theLeadOfficerMovesItToInProgressAndEvidencedAndTheChairToAssuredAndClosed() {
        Recommendation r = service.create(admin, command(1));
        RecommendationStatus[] steps = {IN_PROGRESS, EVIDENCED, ASSURED, CLOSED};
        Actor[] by = {lead, lead, chair, chair};
        for (int i = 0; i < steps.length; i++) {
            world.clock.advance(Duration.ofDays(1));
            r = service.changeStatus(by[i], r.requireId(), r.version(), steps[i]);
            assertThat(r.status()).isEqualTo(steps[i]);
        }
        assertThat(r.version()).isEqualTo(4);

        Instant start = MONDAY.atTime(9, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant();
        assertThat(world.recommendations.statusChanges(r.requireId())).containsExactly(
                new StatusChange(r.requireId(), start.plus(Duration.ofDays(1)), lead.name(), OPEN, IN_PROGRESS),
                new StatusChange(r.requireId(), start.plus(Duration.ofDays(2)), lead.name(), IN_PROGRESS, EVIDENCED),
                new StatusChange(r.requireId(), start.plus(Duration.ofDays(3)), chair.name(), EVIDENCED, ASSURED),
                new StatusChange(r.requireId(), start.plus(Duration.ofDays(4)), chair.name(), ASSURED, CLOSED));
        assertThat(world.auditLog.all()).filteredOn(e -> e.action() == AuditAction.STATUS_CHANGED)
                .extracting(AuditEntry::actorName)
                .containsExactly(lead.name(), lead.name(), chair.name(), chair.name());
    }

    @Test
    void theLeadOfficerCannotAssureNorCloseAndTheChairCannotMoveItAlong() {
        Recommendation r = service.create(admin, command(1));
        r = service.changeStatus(lead, r.requireId(), 0, IN_PROGRESS);
        Recommendation inProgress = r;
        assertThatThrownBy(() -> service.changeStatus(chair, inProgress.requireId(), 1, EVIDENCED))
                .isInstanceOf(NotAuthorisedException.class).hasMessage(LEAD_ONLY);
        r = service.changeStatus(lead, r.requireId(), 1, EVIDENCED);
        Recommendation evidenced = r;
        assertThatThrownBy(() -> service.changeStatus(lead, evidenced.requireId(), 2, ASSURED))
                .isInstanceOf(NotAuthorisedException.class).hasMessage(CHAIR_ONLY);
        assertThatThrownBy(() -> service.changeStatus(lead, evidenced.requireId(), 2, CLOSED))
                .isInstanceOf(NotAuthorisedException.class).hasMessage(CHAIR_ONLY);
        assertThat(world.recommendations.statusChanges(r.requireId())).hasSize(2);
    }

    @Test
    void onlyTheBoardChairSendsEvidenceBackToInProgress() {
        Recommendation r = service.create(admin, command(1));
        r = service.changeStatus(lead, r.requireId(), 0, IN_PROGRESS);
        Recommendation evidenced = service.changeStatus(lead, r.requireId(), 1, EVIDENCED);

        assertThatThrownBy(() -> service.changeStatus(lead, evidenced.requireId(), 2, IN_PROGRESS))
                .isInstanceOf(NotAuthorisedException.class).hasMessage(CHAIR_ONLY);
        assertThat(service.changeStatus(chair, evidenced.requireId(), 2, IN_PROGRESS).status()).isEqualTo(IN_PROGRESS);
    }

    @Test
    void aPractitionerAndAnotherLeadOfficerAreRefused() {
        Recommendation r = service.create(admin, command(1));
        Actor otherLead = world.actorByEmail(world.addMember(admin, "Hana Ito", "hana.ito@northshire.example.org",
                TestPartnerships.A_POLICE, Role.LEAD_OFFICER).email());
        int audit = world.auditLog.size();
        for (Actor other : List.of(world.practitionerA(), otherLead)) {
            assertThatThrownBy(() -> service.changeStatus(other, r.requireId(), 0, IN_PROGRESS))
                    .isInstanceOf(NotAuthorisedException.class).hasMessage(LEAD_ONLY);
            assertThatThrownBy(() -> service.changeStatus(other, r.requireId(), 0, ASSURED))
                    .isInstanceOf(NotAuthorisedException.class).hasMessage(CHAIR_ONLY);
        }
        assertThat(world.recommendations.find(world.partnershipA(), r.requireId())).contains(r);
        assertThat(world.recommendations.statusChanges(r.requireId())).isEmpty();
        assertThat(world.auditLog.size()).isEqualTo(audit);
    }

    @Test
    void theAdminMayMakeEveryAllowedStepIncludingSendingItBack() {
        Recommendation r = service.create(admin, command(1));
        for (RecommendationStatus s : List.of(IN_PROGRESS, EVIDENCED, IN_PROGRESS, EVIDENCED, ASSURED, IN_PROGRESS,
                EVIDENCED, ASSURED, CLOSED)) {
            r = service.changeStatus(admin, r.requireId(), r.version(), s);
        }
        assertThat(r.status()).isEqualTo(CLOSED);
        assertThat(world.recommendations.statusChanges(r.requireId())).hasSize(9);
    }

    @Test
    void aStepTheLifecycleDoesNotAllowIsRefusedAndNotRecorded() {
        Recommendation r = service.create(admin, command(1));
        assertThatThrownBy(() -> service.changeStatus(admin, r.requireId(), 0, EVIDENCED))
                .isInstanceOf(ValidationException.class)
                .hasMessage("A recommendation that is open cannot become evidenced. It can become: in progress.");
        assertThat(world.recommendations.statusChanges(r.requireId())).isEmpty();
        assertThat(world.recommendations.find(world.partnershipA(), r.requireId()).orElseThrow().version()).isZero();
    }

    @Test
    void aStaleVersionIsRefused() {
        Recommendation r = service.create(admin, command(1));
        service.changeStatus(lead, r.requireId(), 0, IN_PROGRESS);
        assertThatThrownBy(() -> service.changeStatus(admin, r.requireId(), 0, EVIDENCED))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("changed by " + TestPartnerships.LEAD_OFFICER_A_NAME);
        assertThat(world.recommendations.statusChanges(r.requireId())).hasSize(1);
    }

    @Test
    void anotherPartnershipsRecommendationIsNotFound() {
        Recommendation r = service.create(admin, command(1));
        assertThatThrownBy(() -> service.changeStatus(world.adminB(), r.requireId(), 0, IN_PROGRESS))
                .isInstanceOf(NotFoundException.class).hasMessage("Recommendation not found.");
        assertThatThrownBy(() -> service.update(world.adminB(), r.requireId(), 0, command(1)))
                .isInstanceOf(NotFoundException.class);
    }
}
