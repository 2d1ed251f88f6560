package org.lscp.workspace.persistence.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.escalation.model.EscalationEvent;
import org.lscp.workspace.domain.escalation.model.EscalationFilter;
import org.lscp.workspace.domain.escalation.model.EscalationFilter.Scope;
import org.lscp.workspace.domain.escalation.model.EscalationOutcome;
import org.lscp.workspace.domain.escalation.model.EscalationStage;
import org.lscp.workspace.domain.escalation.model.EscalationStatus;
import org.lscp.workspace.domain.escalation.port.out.EscalationRepository;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.Child;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.DecisionRepository;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.Partnership;
import org.lscp.workspace.domain.partnership.model.SaveAgencyCommand;
import org.lscp.workspace.domain.partnership.model.SaveMemberCommand;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.InspectionType;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.SaveInspectionCommand;
import org.lscp.workspace.domain.plan.model.SaveRecommendationCommand;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.plan.port.out.InspectionRepository;
import org.lscp.workspace.domain.plan.port.out.RecommendationRepository;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The escalation adapter on MariaDB: round trip, optimistic lock, scoped and overdue lists, timeline, clusters. */
@SpringBootTest
class JdbcEscalationRepositoryIT {
    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

    @Autowired PartnershipRepository partnerships;
    @Autowired AgencyRepository agencies;
    @Autowired MemberRepository members;
    @Autowired ContactRepository contacts;
    @Autowired DecisionRepository decisions;
    @Autowired InspectionRepository inspections;
    @Autowired RecommendationRepository recommendations;
    @Autowired EscalationRepository escalations;
    @Autowired PlatformTransactionManager transactions;

    PartnershipId enfield;
    Agency police;
    Agency health;
    Agency social;
    TransactionTemplate tx;

    @BeforeEach
    void setUp() {
        tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> {
            enfield = partnerships.save(new Partnership(null, "Enfield " + System.nanoTime(), "Enfield")).id();
            police = agencies.save(Agency.create(enfield, new SaveAgencyCommand("Police", AgencyKind.POLICE, true)));
            health = agencies.save(Agency.create(enfield, new SaveAgencyCommand("Health", AgencyKind.HEALTH, true)));
            social = agencies.save(Agency.create(enfield, new SaveAgencyCommand("Children's social care",
                    AgencyKind.CHILDRENS_SOCIAL_CARE, true)));
        });
    }

    private Escalation escalation(Agency raising, Agency responding, Instant deadline, Set<org.lscp.workspace.domain.shared.RecommendationId> recs,
                                  Contact contact, Long decision) {
        return new Escalation(null, enfield, "", contact == null ? null : contact.requireId(),
                contact == null ? null : contact.reference(), decision, "CH-1", raising.requireId(),
                responding.requireId(), new MemberId(3), "Hannah Lewis", NOON, "Disputed", "Strategy discussion",
                null, EscalationStage.PRACTITIONERS, NOON, deadline, null, EscalationStatus.OPEN, null, null, null,
                null, null, recs, 0);
    }

    @Test
    void anEscalationAboutADecisionRoundTripsAndMovesThroughItsStages() {
        Recommendation rec = tx.execute(s -> recommendation());
        Contact contact = tx.execute(s -> contacts.insert(new Contact(null, enfield, "", NOON, health.requireId(),
                ContactSource.S3F, "Nurse", Channel.PHONE, new Child("CH-1", "Child", LocalDate.of(2016, 1, 1), Gender.MALE,
                Ethnicity.WBRI), Set.of(ConcernCategory.NEGLECT), false, "s", ConsentBasis.NOT_REQUIRED, Rag.GREEN, NOON,
                new MemberId(3), null, null, true, Set.of(), 0), 2026));
        ThresholdDecision nfa = tx.execute(s -> decisions.save(new ThresholdDecision(null, contact.requireId(),
                ThresholdLevel.NO_FURTHER_ACTION, "r", "", null, false, new MemberId(4), "Sam", NOON, null, true, null,
                null, null, null)));
        Escalation saved = tx.execute(s -> escalations.insert(escalation(health, social, NOON.plusSeconds(86_400),
                Set.of(rec.requireId()), contact, nfa.id())));
        assertThat(saved.reference()).isEqualTo("E-%06d".formatted(saved.requireId()));
        assertThat(saved.contactReference()).isEqualTo(contact.reference());
        assertThat(saved.decisionId()).isEqualTo(nfa.id());
        assertThat(saved.recommendations()).containsExactly(rec.requireId());
        assertThat(saved.stageResponse()).isNull();

        Escalation responded = tx.execute(s -> escalations.save(saved.responded(false)));
        assertThat(responded.stageResponse()).isFalse();
        assertThat(responded.version()).isEqualTo(1);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> escalations.save(saved.responded(true))))
                .isInstanceOf(ConcurrentChangeException.class);

        Escalation resolved = tx.execute(s -> escalations.save(responded.escalated(NOON.plusSeconds(60),
                NOON.plusSeconds(9_000)).resolved(EscalationOutcome.DECISION_CHANGED, "Learnt", NOON.plusSeconds(120),
                "Sam", nfa.id())));
        Escalation read = escalations.find(enfield, saved.requireId()).orElseThrow();
        assertThat(read).isEqualTo(resolved);
        assertThat(read.stage()).isEqualTo(EscalationStage.LINE_MANAGERS);
        assertThat(read.outcome()).isEqualTo(EscalationOutcome.DECISION_CHANGED);
        assertThat(read.resultingDecisionId()).isEqualTo(nfa.id());
        assertThat(escalations.forContact(enfield, contact.requireId())).containsExactly(read);
        assertThat(escalations.byRecommendation(enfield)).singleElement().satisfies(c -> {
            assertThat(c.recommendation()).isEqualTo(rec.requireId());
            assertThat(c.resolved()).isEqualTo(1);
            assertThat(c.decisionsChanged()).isEqualTo(1);
            assertThat(c.title()).isEqualTo("Progress disclosures to strategy discussions");
        });
    }

    @Test
    void listsAreScopedByAgencyOrderedByDeadlineAndFindTheOverdue() {
        Escalation late = tx.execute(s -> escalations.insert(escalation(health, social, NOON.minusSeconds(60), Set.of(),
                null, null)));
        Escalation soon = tx.execute(s -> escalations.insert(escalation(police, health, NOON.plusSeconds(60), Set.of(),
                null, null)));
        Escalation closed = tx.execute(s -> escalations.save(escalations.insert(escalation(police, social,
                NOON.minusSeconds(600), Set.of(), null, null)).withdrawn(NOON, "PC Smith")));
        PageRequest page = PageRequest.first(10);
        assertThat(escalations.find(enfield, EscalationFilter.of(Scope.ALL), null, NOON, page))
                .extracting(Escalation::requireId).containsExactly(late.requireId(), soon.requireId(), closed.requireId());
        assertThat(escalations.find(enfield, EscalationFilter.of(Scope.RAISED_BY_US), health.requireId(), NOON, page))
                .extracting(Escalation::requireId).containsExactly(late.requireId());
        assertThat(escalations.find(enfield, EscalationFilter.of(Scope.RAISED_WITH_US), health.requireId(), NOON, page))
                .extracting(Escalation::requireId).containsExactly(soon.requireId());
        assertThat(escalations.count(enfield, EscalationFilter.of(Scope.INVOLVING_US), social.requireId(), NOON))
                .isEqualTo(2);
        assertThat(escalations.find(enfield, new EscalationFilter(Scope.ALL, true, true), null, NOON, page))
                .extracting(Escalation::requireId).containsExactly(late.requireId());
        assertThat(escalations.count(enfield, new EscalationFilter(Scope.ALL, true, false), null, NOON)).isEqualTo(2);
        assertThat(escalations.count(new PartnershipId(enfield.value() + 100_000), EscalationFilter.of(Scope.ALL), null,
                NOON)).isZero();
    }

    @Test
    void openEscalationsDueWithinAWindow() {
        Escalation atEnd = tx.execute(s -> escalations.insert(escalation(health, social, NOON.plusSeconds(3_600),
                Set.of(), null, null)));
        Escalation first = tx.execute(s -> escalations.insert(escalation(police, health, NOON.plusSeconds(60),
                Set.of(), null, null)));
        tx.execute(s -> escalations.insert(escalation(health, social, NOON, Set.of(), null, null)));
        tx.execute(s -> escalations.insert(escalation(health, social, NOON.plusSeconds(3_601), Set.of(), null, null)));
        tx.execute(s -> escalations.save(escalations.insert(escalation(police, social, NOON.plusSeconds(120), Set.of(),
                null, null)).withdrawn(NOON, "PC Smith")));

        assertThat(escalations.openDueBetween(enfield, NOON, NOON.plusSeconds(3_600)))
                .as("open, after the start, up to and including the end").extracting(Escalation::requireId)
                .containsExactly(first.requireId(), atEnd.requireId());
        assertThat(escalations.openDueBetween(new PartnershipId(enfield.value() + 100_000), NOON,
                NOON.plusSeconds(3_600))).isEmpty();
    }

    @Test
    void theTimelineKeepsEveryStepInOrder() {
        Escalation e = tx.execute(s -> escalations.insert(escalation(health, social, NOON, Set.of(), null, null)));
        tx.executeWithoutResult(s -> {
            escalations.append(new EscalationEvent(null, e.requireId(), EscalationEvent.Kind.RAISED,
                    EscalationStage.PRACTITIONERS, NOON, new MemberId(3), "Hannah Lewis", health.requireId(), "Raised",
                    null, NOON.plusSeconds(100)));
            escalations.append(new EscalationEvent(null, e.requireId(), EscalationEvent.Kind.RESPONDED,
                    EscalationStage.PRACTITIONERS, NOON.plusSeconds(10), new MemberId(4), "Sam", social.requireId(),
                    "We disagree", false, null));
        });
        List<EscalationEvent> timeline = escalations.timeline(e.requireId());
        assertThat(timeline).extracting(EscalationEvent::kind)
                .containsExactly(EscalationEvent.Kind.RAISED, EscalationEvent.Kind.RESPONDED);
        assertThat(timeline.get(0).deadline()).isEqualTo(NOON.plusSeconds(100));
        assertThat(timeline.get(0).agrees()).isNull();
        assertThat(timeline.get(1).agrees()).isFalse();
    }

    private Recommendation recommendation() {
        Member lead = members.save(Member.create(enfield, new SaveMemberCommand("Helen Brooks",
                "helen" + System.nanoTime() + "@enfield.example", police.requireId(), Set.of(Role.LEAD_OFFICER)),
                "hash"));
        Inspection inspection = inspections.save(Inspection.create(enfield, new SaveInspectionCommand("Ofsted",
                InspectionType.FOCUSED_VISIT, "Visit", LocalDate.of(2018, 9, 11), null, null, List.of(), "", "")));
        return recommendations.save(Recommendation.create(enfield, new SaveRecommendationCommand(inspection.requireId(),
                1, "Progress disclosures to strategy discussions", Theme.THRESHOLDS, lead.requireId(), Set.of(),
                List.of())));
    }
}
