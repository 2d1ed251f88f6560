package org.lscp.workspace.domain.plan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.A_CHILDRENS_SERVICES;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.A_POLICE;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.B_CHILDRENS_SERVICES;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.fixtures.EvidenceFiles;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.AddEvidenceCommand;
import org.lscp.workspace.domain.plan.model.EvidenceFileType;
import org.lscp.workspace.domain.plan.model.EvidenceItem;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecordProgressCommand;
import org.lscp.workspace.domain.plan.model.SaveActionCommand;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

class ActionServiceTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private TestPartnerships world;
    private ActionService service;
    private Actor admin;
    private Actor lead;
    private Actor otherLead;
    private Recommendation recommendation;
    private ImprovementAction action;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.create();
        world.today(MONDAY);
        service = world.actionService;
        admin = world.adminA();
        lead = world.leadOfficerA();
        otherLead = world.actorByEmail(world.addMember(admin, "Hana Ito", "hana.ito@northshire.example.org",
                A_POLICE, Role.LEAD_OFFICER).email());
        Inspection inspection = world.addInspection(admin, "Focused visit 2026", LocalDate.of(2026, 9, 7));
        recommendation = world.addRecommendation(admin, inspection, 1, lead.memberId());
        action = world.addAction(lead, recommendation, "Audit MASH threshold decisions", lead.memberId(),
                MONDAY.plusDays(14));
    }

    private SaveActionCommand edit(String description, MemberId leadOfficer, LocalDate due, ActionStatus status) {
        return new SaveActionCommand(description, leadOfficer, Set.of(), due, status);
    }

    private ImprovementAction stored() {
        return world.actions.find(world.partnershipA(), action.requireId()).orElseThrow();
    }

    private List<AuditEntry> auditSince(int size) {
        return world.auditLog.all().subList(size, world.auditLog.size());
    }

    // --- who may change an action ---

    @Test
    void theLeadOfficerUpdatesTheirOwnAction() {
        int audit = world.auditLog.size();
        ImprovementAction saved = service.update(lead, action.requireId(), 0,
                edit("Audit 50 MASH threshold decisions", lead.memberId(), MONDAY.plusDays(21), ActionStatus.ON_TRACK));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.description()).isEqualTo("Audit 50 MASH threshold decisions");
        assertThat(saved.status()).isEqualTo(ActionStatus.ON_TRACK);
        assertThat(saved.createdOn()).isEqualTo(MONDAY);
        assertThat(stored()).isEqualTo(saved);
        assertThat(auditSince(audit)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.UPDATED);
            assertThat(e.entityType()).isEqualTo("Action");
            assertThat(e.actorName()).isEqualTo(TestPartnerships.LEAD_OFFICER_A_NAME);
            assertThat(e.before()).contains("description: Audit MASH threshold decisions");
            assertThat(e.after()).contains("description: Audit 50 MASH threshold decisions", "status: On track");
        });
    }

    @Test
    void anotherLeadOfficerAndAPractitionerAreRefusedAndNothingIsSavedOrAudited() {
        int audit = world.auditLog.size();
        var command = edit("Hijacked", otherLead.memberId(), MONDAY.plusDays(3), ActionStatus.ON_TRACK);
        for (Actor outsider : List.of(otherLead, world.practitionerA(), world.boardChairA())) {
            assertThatThrownBy(() -> service.update(outsider, action.requireId(), 0, command))
                    .as(outsider.name()).isInstanceOf(NotAuthorisedException.class)
                    .hasMessage("Only the action's lead officer, the recommendation's lead officer or a partnership "
                            + "admin can update this action.");
            assertThatThrownBy(() -> service.recordProgress(outsider, action.requireId(), 0,
                    new RecordProgressCommand("Done", ActionStatus.ON_TRACK)))
                    .isInstanceOf(NotAuthorisedException.class);
            assertThatThrownBy(() -> service.addEvidence(outsider, action.requireId(),
                    new AddEvidenceCommand("Audit", "", "https://example.org/a", null, null)))
                    .isInstanceOf(NotAuthorisedException.class);
            assertThatThrownBy(() -> service.add(outsider, recommendation.requireId(), command))
                    .isInstanceOf(NotAuthorisedException.class)
                    .hasMessage("Only the recommendation's lead officer or a partnership admin can add actions to it.");
        }
        assertThat(stored()).isEqualTo(action);
        assertThat(world.actions.all()).hasSize(1);
        assertThat(world.actions.allProgress()).isEmpty();
        assertThat(world.actions.allEvidence()).isEmpty();
        assertThat(world.auditLog.size()).isEqualTo(audit);
    }

    @Test
    void theRecommendationsLeadAndTheAdminMayUpdateAnActionLedBySomeoneElse() {
        ImprovementAction ledByOther = world.addAction(lead, recommendation, "Refresh threshold guidance",
                otherLead.memberId(), MONDAY.plusDays(30));
        ImprovementAction byRecLead = service.update(lead, ledByOther.requireId(), 0,
                edit("Refresh threshold guidance", otherLead.memberId(), MONDAY.plusDays(31), ActionStatus.ON_TRACK));
        ImprovementAction byActionLead = service.update(otherLead, ledByOther.requireId(), 1,
                edit("Refresh threshold guidance", otherLead.memberId(), MONDAY.plusDays(32), ActionStatus.AT_RISK));
        ImprovementAction byAdmin = service.update(admin, ledByOther.requireId(), 2,
                edit("Refresh threshold guidance", otherLead.memberId(), MONDAY.plusDays(33), ActionStatus.ON_TRACK));
        assertThat(List.of(byRecLead.version(), byActionLead.version(), byAdmin.version())).containsExactly(1L, 2L, 3L);
        assertThatThrownBy(() -> service.add(otherLead, recommendation.requireId(),
                edit("x", otherLead.memberId(), MONDAY, ActionStatus.NOT_STARTED)))
                .as("leading an action is not leading the recommendation").isInstanceOf(NotAuthorisedException.class);
    }

    @Test
    void anActionOfAnotherPartnershipIsNotFound() {
        Actor adminB = world.adminB();
        assertThatThrownBy(() -> service.update(adminB, action.requireId(), 0,
                edit("x", lead.memberId(), MONDAY, ActionStatus.ON_TRACK)))
                .isInstanceOf(NotFoundException.class).hasMessage("Action not found.");
        assertThatThrownBy(() -> service.add(adminB, recommendation.requireId(),
                edit("x", lead.memberId(), MONDAY, ActionStatus.ON_TRACK)))
                .isInstanceOf(NotFoundException.class).hasMessage("Recommendation not found.");
    }

    // --- rules on the action's content ---

    @Test
    void aDueDateBeforeTheActionWasCreatedIsRefused() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> service.add(lead,
                recommendation.requireId(), edit("Late", lead.memberId(), MONDAY.minusDays(1),
                        ActionStatus.NOT_STARTED)));
        assertThat(e.fieldErrors()).containsExactly(Map.entry("dueDate",
                "The due date cannot be before the action was created (23 November 2026)."));
        assertThat(service.add(lead, recommendation.requireId(), edit("Today", lead.memberId(), MONDAY,
                ActionStatus.NOT_STARTED)).dueDate()).as("due on the day it is created").isEqualTo(MONDAY);

        world.clock.advance(Duration.ofDays(10));
        assertThat(service.update(lead, action.requireId(), 0, edit("Same", lead.memberId(), MONDAY,
                ActionStatus.ON_TRACK)).dueDate()).as("an update may keep a day now past").isEqualTo(MONDAY);
        assertThatThrownBy(() -> service.update(lead, action.requireId(), 1, edit("Same", lead.memberId(),
                MONDAY.minusDays(1), ActionStatus.ON_TRACK))).isInstanceOf(ValidationException.class)
                .hasMessage("The due date cannot be before the action was created (23 November 2026).");
    }

    @Test
    void theLeadOfficerMustBeAnActiveLeadOfficerOfThePartnership() {
        Member practitioner = world.memberByEmail(TestPartnerships.PRACTITIONER_A_EMAIL);
        Member leadOfB = world.addMember(world.adminB(), "Ivo Novak", "ivo@southvale.example.org",
                B_CHILDRENS_SERVICES, Role.LEAD_OFFICER);
        Member inactive = world.addMember(admin, "Jo Walsh", "jo@northshire.example.org", A_CHILDRENS_SERVICES,
                Role.LEAD_OFFICER);
        world.memberService.deactivate(admin, inactive.requireId(), inactive.version());
        int audit = world.auditLog.size();
        for (MemberId bad : List.of(new MemberId(999), practitioner.requireId(), leadOfB.requireId(),
                inactive.requireId())) {
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> service.add(lead,
                    recommendation.requireId(), edit("x", bad, MONDAY, ActionStatus.NOT_STARTED)));
            assertThat(e).as(bad.toString()).isNotNull();
            assertThat(e.fieldErrors()).containsExactly(Map.entry("leadOfficer", PlanRules.NOT_A_LEAD));
            assertThatThrownBy(() -> service.update(lead, action.requireId(), 0,
                    edit("x", bad, MONDAY, ActionStatus.NOT_STARTED))).isInstanceOf(ValidationException.class);
        }
        assertThat(world.actions.all()).hasSize(1);
        assertThat(world.auditLog.size()).isEqualTo(audit);
    }

    @Test
    void contributingAgenciesMustBeThePartnerships() {
        var police = world.agencyId(world.partnershipA(), A_POLICE);
        var ofB = world.agencyId(world.partnershipB(), B_CHILDRENS_SERVICES);
        assertThat(service.add(lead, recommendation.requireId(), new SaveActionCommand("Joint audit",
                lead.memberId(), Set.of(police), MONDAY, ActionStatus.NOT_STARTED)).contributingAgencies())
                .containsExactly(police);
        assertThatThrownBy(() -> service.add(lead, recommendation.requireId(), new SaveActionCommand("Joint audit",
                lead.memberId(), Set.of(police, ofB), MONDAY, ActionStatus.NOT_STARTED)))
                .isInstanceOf(ValidationException.class).hasMessage("Choose agencies of your own partnership.");
    }

    // --- completion needs evidence ---

    @Test
    void completeIsRefusedWithoutEvidenceAndAcceptedAfterIt() {
        assertThatThrownBy(() -> service.add(lead, recommendation.requireId(),
                edit("Done already", lead.memberId(), MONDAY, ActionStatus.COMPLETE)))
                .isInstanceOf(ValidationException.class).hasMessage(ActionService.EVIDENCE_FIRST);
        assertThatThrownBy(() -> service.recordProgress(lead, action.requireId(), 0,
                new RecordProgressCommand("All done", ActionStatus.COMPLETE)))
                .isInstanceOf(ValidationException.class).hasMessage(ActionService.EVIDENCE_FIRST);
        assertThatThrownBy(() -> service.update(admin, action.requireId(), 0,
                edit("Audit", lead.memberId(), MONDAY.plusDays(14), ActionStatus.COMPLETE)))
                .isInstanceOf(ValidationException.class).hasMessage(ActionService.EVIDENCE_FIRST);
        assertThat(stored().status()).isEqualTo(ActionStatus.NOT_STARTED);
        assertThat(world.actions.allProgress()).isEmpty();

        EvidenceItem evidence = service.addEvidence(lead, action.requireId(), new AddEvidenceCommand("Audit report",
                "50 cases sampled", null, "audit.pdf", EvidenceFiles.PDF));
        assertThat(evidence.id()).isNotNull();
        assertThat(evidence.file().type()).isEqualTo(EvidenceFileType.PDF);
        assertThat(evidence.addedByName()).isEqualTo(TestPartnerships.LEAD_OFFICER_A_NAME);
        assertThat(world.actions.evidenceCount(action.requireId())).isEqualTo(1);

        world.clock.advance(Duration.ofDays(2));
        ImprovementAction done = service.recordProgress(lead, action.requireId(), 0,
                new RecordProgressCommand("All done", ActionStatus.COMPLETE));
        assertThat(done.status()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(done.completedOn()).isEqualTo(MONDAY.plusDays(2));
    }

    @Test
    void evidenceIsStoredWithItsFileAndAudited() {
        int audit = world.auditLog.size();
        EvidenceItem link = service.addEvidence(lead, action.requireId(), new AddEvidenceCommand("Minutes",
                "", "https://northshire.example.org/minutes", null, null));
        EvidenceItem file = service.addEvidence(admin, action.requireId(), new AddEvidenceCommand("Sheet",
                "", null, "data.xlsx", EvidenceFiles.xlsx()));
        assertThat(link.file()).isNull();
        assertThat(file.file().type()).isEqualTo(EvidenceFileType.XLSX);
        assertThat(world.planQueryService.evidenceFile(world.practitionerA(), file.id()).content())
                .isEqualTo(EvidenceFiles.xlsx());
        assertThatThrownBy(() -> world.planQueryService.evidenceFile(world.adminB(), file.id()))
                .isInstanceOf(NotFoundException.class).hasMessage("Evidence not found.");
        assertThat(auditSince(audit)).extracting(AuditEntry::entityType, AuditEntry::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Evidence", AuditAction.CREATED),
                        org.assertj.core.groups.Tuple.tuple("Evidence", AuditAction.CREATED));
    }

    // --- progress ---

    @Test
    void aProgressUpdateIsRecordedAndAudited() {
        int audit = world.auditLog.size();
        world.clock.advance(Duration.ofHours(2));
        ImprovementAction saved = service.recordProgress(lead, action.requireId(), 0,
                new RecordProgressCommand("  Sampled 20 of 50 cases  ", ActionStatus.ON_TRACK));

        assertThat(saved.status()).isEqualTo(ActionStatus.ON_TRACK);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(world.actions.allProgress()).singleElement().satisfies(p -> {
            assertThat(p.id()).isNotNull();
            assertThat(p.actionId()).isEqualTo(action.requireId());
            assertThat(p.text()).isEqualTo("Sampled 20 of 50 cases");
            assertThat(p.status()).isEqualTo(ActionStatus.ON_TRACK);
            assertThat(p.by()).isEqualTo(lead.memberId());
            assertThat(p.byName()).isEqualTo(TestPartnerships.LEAD_OFFICER_A_NAME);
            assertThat(p.at()).isEqualTo(world.clock.instant());
        });
        assertThat(auditSince(audit)).extracting(AuditEntry::entityType, AuditEntry::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Progress update", AuditAction.CREATED),
                org.assertj.core.groups.Tuple.tuple("Action", AuditAction.STATUS_CHANGED));

        int again = world.auditLog.size();
        service.recordProgress(lead, action.requireId(), 1, new RecordProgressCommand("Sampled 40", ActionStatus.ON_TRACK));
        assertThat(auditSince(again)).as("no status change when the status stays")
                .extracting(AuditEntry::entityType).containsExactly("Progress update");
    }

    @Test
    void aStaleVersionIsRefusedNamingWhoChangedIt() {
        service.recordProgress(lead, action.requireId(), 0, new RecordProgressCommand("Started", ActionStatus.ON_TRACK));
        int audit = world.auditLog.size();

        assertThatThrownBy(() -> service.update(admin, action.requireId(), 0,
                edit("Stale", lead.memberId(), MONDAY.plusDays(5), ActionStatus.ON_TRACK)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessage("This action was changed by " + TestPartnerships.LEAD_OFFICER_A_NAME
                        + " while you were editing it. Reload to see the latest version, then make your change again.");
        assertThatThrownBy(() -> service.recordProgress(admin, action.requireId(), 0,
                new RecordProgressCommand("Stale", ActionStatus.AT_RISK)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(stored().version()).isEqualTo(1);
        assertThat(world.actions.allProgress()).hasSize(1);
        assertThat(world.auditLog.size()).isEqualTo(audit);
    }

    @Test
    void progressAndEvidenceShowLiveOnTheActionTheyBelongTo() {
        String onAction = org.lscp.workspace.domain.shared.change.Change.action(recommendation.requireId().value(),
                action.requireId().value());
        int published = world.changes.published().size();
        service.recordProgress(lead, action.requireId(), action.version(),
                new RecordProgressCommand("Half the cases audited", action.status()));
        service.addEvidence(lead, action.requireId(),
                new AddEvidenceCommand("Audit plan", "", "https://example.org/plan", null, null));
        assertThat(world.changes.published().subList(published, world.changes.published().size()))
                .extracting(org.lscp.workspace.domain.shared.change.Change::subject).containsOnly(onAction).hasSize(2);
        assertThat(auditSince(world.auditLog.size() - 2)).extracting(AuditEntry::entityType)
                .containsExactly("Progress update", "Evidence");
    }
}
