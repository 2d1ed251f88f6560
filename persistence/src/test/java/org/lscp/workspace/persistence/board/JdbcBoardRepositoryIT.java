package org.lscp.workspace.persistence.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.board.model.AnnexARow;
import org.lscp.workspace.domain.board.model.BoardFigures;
import org.lscp.workspace.domain.board.model.DecisionRecord;
import org.lscp.workspace.domain.board.model.MeasureFilter;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.board.model.Ratio;
import org.lscp.workspace.domain.board.model.SourceGroup;
import org.lscp.workspace.domain.board.port.out.BoardRepository;
import org.lscp.workspace.domain.board.port.out.JudgementRepository;
import org.lscp.workspace.domain.escalation.model.CurrentStage;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.escalation.model.EscalationAbout;
import org.lscp.workspace.domain.escalation.model.Raised;
import org.lscp.workspace.domain.escalation.model.EscalationOutcome;
import org.lscp.workspace.domain.escalation.model.EscalationStage;
import org.lscp.workspace.domain.escalation.port.out.EscalationRepository;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.Child;
import org.lscp.workspace.domain.frontdoor.model.Disability;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Concern;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.Receipt;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Flag;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.Oversight;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.DecisionRepository;
import org.lscp.workspace.domain.frontdoor.port.out.FlagRepository;
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
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The board's SQL aggregates against a hand-counted fixture (November 2026, as of the 25th at noon): four live
 * contacts, one outside the period and one imported (both excluded), their decisions, flags, escalations and the
 * plan's actions; filtered by agency, an agency with no data, and an empty period.
 */
@SpringBootTest
class JdbcBoardRepositoryIT {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Period NOVEMBER = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

    @Autowired PartnershipRepository partnerships;
    @Autowired AgencyRepository agencies;
    @Autowired MemberRepository members;
    @Autowired ContactRepository contacts;
    @Autowired DecisionRepository decisions;
    @Autowired FlagRepository flags;
    @Autowired EscalationRepository escalations;
    @Autowired InspectionRepository inspections;
    @Autowired RecommendationRepository recommendations;
    @Autowired BoardRepository board;
    @Autowired org.lscp.workspace.domain.frontdoor.port.out.StrategyDiscussionRepository discussions;
    @Autowired JudgementRepository judgements;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    PartnershipId p;
    AgencyId police;
    AgencyId health;
    AgencyId social;
    AgencyId housing;
    Contact p1;
    Contact p2;
    Contact h1;
    Recommendation rec;

    private static Instant t(String iso) {
        return Instant.parse(iso);
    }

    private Contact contact(AgencyId source, Rag rag, Instant received, Instant deadline, Channel channel,
                            boolean disclosure, ConcernCategory concern) {
        return contact(source, source.equals(police) ? ContactSource.S6 : source.equals(health) ? ContactSource.S3F
                : ContactSource.S5A, rag, received, deadline, channel, disclosure, concern);
    }

    private Contact contact(@Nullable AgencyId agency, ContactSource source, Rag rag, Instant received,
                            Instant deadline, Channel channel, boolean disclosure, ConcernCategory concern) {
        Contact c = Contact.received(p, new Receipt(received, agency, source, "Referrer", channel, new MemberId(1)),
                new Child("K" + System.nanoTime(), "Child", LocalDate.of(2015, 1, 1), Gender.FEMALE, Ethnicity.WBRI, Disability.NOT_KNOWN),
                new Concern(Set.of(concern), disclosure, "s", ConsentBasis.NOT_REQUIRED, rag), deadline, Set.of());
        Contact saved = contacts.insert(channel == Channel.IMPORTED ? c.markedDecided() : c, 2026);
        readModel.changed(saved.requireId()); // as the front door's use cases tell it
        return saved;
    }

    private ThresholdDecision decide(Contact c, ThresholdLevel level, Instant at, boolean medical, Instant overseen,
                                     Long supersedes, boolean current) {
        ThresholdDecision d = ThresholdDecision.made(c.requireId(), level, "r", "", null, medical, new MemberId(2),
                "Sam", at, supersedes);
        ThresholdDecision saved = decisions.save((current ? d : d.superseded()).withOversight(overseen == null ? null
                : new Oversight(new MemberId(3), "Olu", overseen, "ok")));
        readModel.changed(c.requireId());
        return saved;
    }

    private void flag(Contact c, FlagType type, Instant raised, Instant resolved) {
        flags.save(new Flag(null, c.requireId(), type, raised, resolved, resolved == null ? null : "Sam",
                resolved == null ? null : "done"));
        if (type.countedByTheBoard()) readModel.changed(c.requireId());
    }

    private Escalation escalation(AgencyId raising, Contact about, ThresholdDecision decision, Instant raised,
                                  Instant deadline) {
        return escalations.insert(Escalation.raised(p, new EscalationAbout(about.requireId(), about.reference(),
                decision.id(), about.child().caseSystemId()), new Raised(raising, social, new MemberId(4), "Raiser",
                raised, "d", "o", null), CurrentStage.begun(EscalationStage.PRACTITIONERS, raised, deadline),
                Set.of()));
    }

    @BeforeEach
    void fixture() {
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            p = partnerships.save(new Partnership(null, "Board " + System.nanoTime(), "LA")).id();
            police = agencies.save(Agency.create(p, new SaveAgencyCommand("Police", AgencyKind.POLICE, true))).requireId();
            health = agencies.save(Agency.create(p, new SaveAgencyCommand("Health", AgencyKind.HEALTH, true))).requireId();
            social = agencies.save(Agency.create(p, new SaveAgencyCommand("CSC", AgencyKind.CHILDRENS_SOCIAL_CARE,
                    true))).requireId();
            housing = agencies.save(Agency.create(p, new SaveAgencyCommand("Housing", AgencyKind.HOUSING, false)))
                    .requireId();

            p1 = contact(police, Rag.RED, t("2026-11-02T10:00:00Z"), t("2026-11-02T14:00:00Z"), Channel.PHONE, true,
                    ConcernCategory.SEXUAL_ABUSE);
            ThresholdDecision p1d = decide(p1, ThresholdLevel.STRATEGY_DISCUSSION, t("2026-11-02T13:00:00Z"), true,
                    t("2026-11-02T16:00:00Z"), null, true);
            p2 = contact(police, Rag.AMBER, t("2026-11-03T10:00:00Z"), t("2026-11-04T10:00:00Z"), Channel.PHONE, true,
                    ConcernCategory.PHYSICAL_ABUSE);
            ThresholdDecision first = decide(p2, ThresholdLevel.EARLY_HELP, t("2026-11-05T10:00:00Z"), false, null,
                    null, false);
            decide(p2, ThresholdLevel.CHILD_IN_NEED_ASSESSMENT, t("2026-11-09T10:00:00Z"), false, null, first.id(),
                    true);
            flag(p2, FlagType.DISCLOSURE_NOT_PROGRESSED, t("2026-11-05T10:00:00Z"), t("2026-11-09T10:00:00Z"));
            flag(p2, FlagType.NO_OVERSIGHT, t("2026-11-10T10:00:00Z"), null);
            h1 = contact(health, Rag.GREEN, t("2026-11-10T10:00:00Z"), t("2026-11-13T10:00:00Z"), Channel.EMAIL, false,
                    ConcernCategory.NEGLECT);
            flag(h1, FlagType.REPEAT_CONTACT, t("2026-11-10T10:00:00Z"), null);
            contact(health, Rag.GREEN, t("2026-11-24T10:00:00Z"), t("2026-11-27T10:00:00Z"), Channel.EMAIL, false,
                    ConcernCategory.NEGLECT);
            Contact october = contact(police, Rag.RED, t("2026-10-15T10:00:00Z"), t("2026-10-15T14:00:00Z"),
                    Channel.PHONE, false, ConcernCategory.NEGLECT);
            decide(october, ThresholdLevel.NO_FURTHER_ACTION, t("2026-10-15T11:00:00Z"), false, null, null, true);
            contact(health, Rag.GREEN, t("2026-11-05T12:00:00Z"), t("2026-11-05T12:00:00Z"), Channel.IMPORTED, false,
                    ConcernCategory.OTHER);

            Escalation e1 = escalation(health, p2, first, t("2026-11-06T10:00:00Z"), t("2026-11-10T10:00:00Z"));
            escalations.save(e1.responded(false).escalated(t("2026-11-07T10:00:00Z"), t("2026-11-12T10:00:00Z"))
                    .resolved(EscalationOutcome.DECISION_CHANGED, "l", t("2026-11-09T10:00:00Z"), "Sam", null));
            escalation(police, p1, p1d, t("2026-11-18T10:00:00Z"), t("2026-11-20T10:00:00Z"));
            escalation(police, october, decisions.forContact(october.requireId()).getFirst(), t("2026-10-16T10:00:00Z"),
                    t("2026-10-20T10:00:00Z"));

            Member lead = members.save(Member.create(p, new SaveMemberCommand("Lead", "lead" + System.nanoTime()
                    + "@x.example", social, Set.of(Role.LEAD_OFFICER)), "hash"));
            Inspection inspection = inspections.save(Inspection.create(p, new SaveInspectionCommand("Ofsted",
                    InspectionType.FOCUSED_VISIT, "Visit", LocalDate.of(2018, 9, 11), null, null, List.of(), "", "")));
            rec = recommendations.save(Recommendation.create(p, new SaveRecommendationCommand(inspection.requireId(), 1,
                    "Thresholds", Theme.THRESHOLDS, lead.requireId(), Set.of(), List.of())));
            String action = "insert into improvement_action (id, partnership_id, recommendation_id, description,"
                    + " lead_officer_id, due_date, status, created_on, completed_on, version)"
                    + " values (nextval(improvement_action_seq), ?, ?, 'a', ?, ?, ?, '2026-01-01', null, 0)";
            jdbc.update(action, p.value(), rec.requireId().value(), lead.requireId().value(), "2026-10-01", "COMPLETE");
            jdbc.update(action, p.value(), rec.requireId().value(), lead.requireId().value(), "2026-11-01",
                    "NOT_STARTED");
            jdbc.update(action, p.value(), rec.requireId().value(), lead.requireId().value(), "2027-01-01",
                    "IN_PROGRESS");
        });
    }

    @Test
    void everyFigureForTheWholePartnershipMatchesTheHandCount() {
        BoardFigures f = board.figures(p, new MeasureFilter(NOVEMBER, null), NOW);
        assertThat(f.contacts()).isEqualTo(4);
        assertThat(f.decisionsInTime()).isEqualTo(new Ratio(1, 3));
        assertThat(f.decisionsInTimeByRag()).containsEntry(Rag.RED, new Ratio(1, 1))
                .containsEntry(Rag.AMBER, new Ratio(0, 1)).containsEntry(Rag.GREEN, new Ratio(0, 1));
        assertThat(f.decisionsInTimeBySource()).containsExactly(Map.entry(SourceGroup.of(police), new Ratio(1, 2)),
                Map.entry(SourceGroup.of(health), new Ratio(0, 1)));
        assertThat(f.conversionToCin()).isEqualTo(new Ratio(2, 2));
        assertThat(f.conversionToS47()).isEqualTo(new Ratio(1, 2));
        assertThat(f.disclosuresToStrategy()).isEqualTo(new Ratio(1, 2));
        assertThat(f.medicalConsidered()).isEqualTo(new Ratio(1, 1));
        assertThat(f.repeatContacts()).isEqualTo(new Ratio(1, 4));
        assertThat(f.levels()).containsExactlyInAnyOrderEntriesOf(Map.of(ThresholdLevel.STRATEGY_DISCUSSION, 1L,
                ThresholdLevel.CHILD_IN_NEED_ASSESSMENT, 1L));
        assertThat(f.flags()).containsEntry(FlagType.DISCLOSURE_NOT_PROGRESSED, new BoardFigures.FlagCounts(1, 0, 1))
                .containsEntry(FlagType.NO_OVERSIGHT, new BoardFigures.FlagCounts(1, 1, 0))
                .containsEntry(FlagType.REPEAT_CONTACT, new BoardFigures.FlagCounts(1, 1, 0)).hasSize(3);
        assertThat(f.oversightInTime()).isEqualTo(new Ratio(1, 2));
        assertThat(f.escalations().raised()).isEqualTo(2);
        assertThat(f.escalations().byRaisingAgency()).containsExactlyInAnyOrderEntriesOf(Map.of(health, 1L, police, 1L));
        assertThat(f.escalations().byHighestStage()).containsExactlyInAnyOrderEntriesOf(Map.of(1, 1L, 2, 1L));
        assertThat(f.escalationsResolvedEarly()).isEqualTo(new Ratio(1, 1));
        assertThat(f.escalations().overdue()).isEqualTo(1);
        assertThat(f.escalations().outcomes()).containsExactly(Map.entry(EscalationOutcome.DECISION_CHANGED, 1L));
        assertThat(f.thresholdAgreed()).isEqualTo(new Ratio(0, 2));
        assertThat(f.actions()).isEqualTo(new BoardFigures.ActionCounts(3, 1, 1));
    }

    /**
     * p1 (strategy discussion) is held with the police but not health and goes to a conference in time with a plan;
     * another, at immediate protection, has none and was flagged late; lateness is read from the rules' flags.
     */
    @Test
    void whatFollowsTheFrontDoorIsCountedFromTheDiscussionsAndTheFlags() {
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            MemberId sam = members.save(org.lscp.workspace.domain.partnership.model.Member.create(p,
                    new org.lscp.workspace.domain.partnership.model.SaveMemberCommand("Sam Okafor",
                            "sam." + System.nanoTime() + "@example.org", social,
                            Set.of(org.lscp.workspace.domain.shared.Role.MASH_MANAGER)), "hash")).requireId();
            var held = discussions.insert(org.lscp.workspace.domain.frontdoor.model.StrategyDiscussion.convened(p,
                    p1.requireId(), decisions.forContact(p1.requireId()).getFirst().id(), t("2026-11-02T15:00:00Z"),
                    sam, "Sam", java.util.List.of(
                            org.lscp.workspace.domain.frontdoor.model.Invitation.of(police, "Police", AgencyKind.POLICE),
                            org.lscp.workspace.domain.frontdoor.model.Invitation.of(health, "Health", AgencyKind.HEALTH))));
            discussions.save(held.withAttendance(police, true, null, sam, "Sam", t("2026-11-02T16:00:00Z"))
                    .withOutcome(new org.lscp.workspace.domain.frontdoor.model.DiscussionOutcome(
                            org.lscp.workspace.domain.frontdoor.model.SectionFortySeven.JOINT_WITH_POLICE, null, null,
                            "r", false, null, "no injury"))
                    .withConference(new org.lscp.workspace.domain.frontdoor.model.Conference(false, null,
                            LocalDate.of(2026, 11, 20), true)));
            Contact none = contact(social, Rag.RED, t("2026-11-11T10:00:00Z"), t("2026-11-11T14:00:00Z"),
                    Channel.PHONE, true, ConcernCategory.SEXUAL_ABUSE);
            decide(none, ThresholdLevel.IMMEDIATE_PROTECTION, t("2026-11-11T11:00:00Z"), true, null, null, true);
            flag(none, FlagType.STRATEGY_DISCUSSION_LATE, t("2026-11-12T11:00:00Z"), null);
            // p1's discussion was recorded after the sweep had flagged it, and the rules cleared the flag: in time
            flags.save(new Flag(null, p1.requireId(), FlagType.STRATEGY_DISCUSSION_LATE, t("2026-11-03T13:01:00Z"),
                    t("2026-11-03T14:00:00Z"), "System", Flag.CLEARED));
        });
        BoardFigures f = board.figures(p, new MeasureFilter(NOVEMBER, null), NOW);
        assertThat(f.protection()).isEqualTo(new BoardFigures.ProtectionCounts(2, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1));
        assertThat(f.discussionsInTime()).isEqualTo(new Ratio(1, 2));
        assertThat(f.healthAtDiscussions()).isEqualTo(new Ratio(0, 1));
        assertThat(board.monthly(p, new MeasureFilter(NOVEMBER, null), NOW).get(java.time.YearMonth.of(2026, 11))
                .protection()).isEqualTo(f.protection());
        assertThat(board.figures(p, new MeasureFilter(NOVEMBER, health), NOW).discussionsInTime().noData())
                .as("no health contact called for one").isTrue();
        assertThat(board.countDiscussions(p, new MeasureFilter(NOVEMBER, null), NOW)).isEqualTo(2);
        assertThat(board.discussions(p, new MeasureFilter(NOVEMBER, null), NOW,
                org.lscp.workspace.domain.shared.PageRequest.first(10))).satisfiesExactly(
                none -> {
                    assertThat(none.heldAt()).isNull();
                    assertThat(none.discussionLate()).isTrue();
                    assertThat(none.reference()).startsWith("C-");
                },
                held -> {
                    assertThat(held.contact()).isEqualTo(p1.requireId());
                    assertThat(held.police()).isTrue();
                    assertThat(held.health()).isFalse();
                    assertThat(held.enquiry()).isEqualTo(
                            org.lscp.workspace.domain.frontdoor.model.SectionFortySeven.JOINT_WITH_POLICE);
                    assertThat(held.conferenceDate()).isEqualTo(LocalDate.of(2026, 11, 20));
                    assertThat(held.conferenceLate()).isFalse();
                    assertThat(held.resultedInPlan()).isTrue();
                });
        assertThat(board.annexA(p, NOVEMBER)).filteredOn(r -> r.receivedAt().equals(p1.receivedAt())).singleElement()
                .satisfies(r -> assertThat(r.protection()).isEqualTo(new org.lscp.workspace.domain.board.model
                        .AnnexARow.Protection(org.lscp.workspace.domain.frontdoor.model.Disability.NOT_KNOWN, null,
                        LocalDate.of(2026, 11, 2), false, LocalDate.of(2026, 11, 20), true, 0)));
    }

    @Test
    void anAgencyFilterCountsOnlyItsContactsAndTheEscalationsItIsPartOf() {
        BoardFigures police = board.figures(p, new MeasureFilter(NOVEMBER, this.police), NOW);
        assertThat(police.contacts()).isEqualTo(2);
        assertThat(police.decisionsInTime()).isEqualTo(new Ratio(1, 2));
        assertThat(police.escalations().raised()).isEqualTo(1);
        assertThat(police.repeatContacts()).isEqualTo(new Ratio(0, 2));
        assertThat(police.actionsComplete().noData()).isTrue();

        BoardFigures health = board.figures(p, new MeasureFilter(NOVEMBER, this.health), NOW);
        assertThat(health.decisionsInTime()).isEqualTo(new Ratio(0, 1));
        assertThat(health.repeatContacts()).isEqualTo(new Ratio(1, 2));
        assertThat(health.escalations().raised()).isEqualTo(1);
    }

    @Test
    void anAgencyWithNoDataAndAnEmptyPeriodShowNoDataNotZero() {
        for (MeasureFilter none : List.of(new MeasureFilter(NOVEMBER, housing),
                new MeasureFilter(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)), null))) {
            BoardFigures f = board.figures(p, none, NOW);
            assertThat(f.contacts()).isZero();
            assertThat(f.decisionsInTime().noData()).isTrue();
            assertThat(f.decisionsInTime().display()).isEqualTo("no data");
            assertThat(f.oversightInTime().noData()).isTrue();
            assertThat(f.escalationsResolvedEarly().noData()).isTrue();
            assertThat(f.flags()).isEmpty();
            assertThat(f.levels()).isEmpty();
        }
    }

    @Test
    void theRecordsBehindDecisionsInTimeArePseudonymisedAndLateOnesCanBeListedAlone() {
        MeasureFilter november = new MeasureFilter(NOVEMBER, null);
        assertThat(board.decisions(p, november, false, NOW, PageRequest.first(10)))
                .extracting(DecisionRecord::reference).containsExactly(h1.reference(), p2.reference(), p1.reference());
        List<DecisionRecord> late = board.decisions(p, november, true, NOW, PageRequest.first(10));
        assertThat(late).extracting(DecisionRecord::reference).containsExactly(h1.reference(), p2.reference());
        assertThat(late).noneMatch(DecisionRecord::inTime);
        assertThat(late.get(1).level()).isEqualTo(ThresholdLevel.CHILD_IN_NEED_ASSESSMENT);
        assertThat(late.get(0).firstDecisionAt()).isNull();
        assertThat(board.countDecisions(p, november, false, NOW)).isEqualTo(3);
        assertThat(board.countDecisions(p, november, true, NOW)).isEqualTo(2);
    }

    @Autowired BoardReadModel readModel;

    @Test
    void theReadModelKeptAsTheUseCasesTellItEqualsOneRebuiltFromTheRecords() {
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            // 23:30 UTC on 1 July is 00:30 on 2 July in London (BST); 23:30 UTC on 1 December is 1 December (GMT)
            Contact summer = contact(health, Rag.AMBER, t("2026-07-01T23:30:00Z"), t("2026-07-02T17:00:00Z"),
                    Channel.PHONE, true, ConcernCategory.SEXUAL_ABUSE);
            decide(summer, ThresholdLevel.STRATEGY_DISCUSSION, t("2026-07-02T10:00:00Z"), false, null, null, true);
            contact(health, Rag.GREEN, t("2026-12-01T23:30:00Z"), t("2026-12-04T17:00:00Z"), Channel.PHONE, false,
                    ConcernCategory.NEGLECT);
            Contact anonymous = contact(null, ContactSource.S9, Rag.GREEN, t("2026-12-02T10:00:00Z"),
                    t("2026-12-04T17:00:00Z"), Channel.PHONE, false, ConcernCategory.NEGLECT);
            decide(anonymous, ThresholdLevel.EARLY_HELP, t("2026-12-03T10:00:00Z"), false, null, null, true);
        });
        String days = "select day, rag, source_agency_id, source, level, contacts, decided, in_time, abuse_disclosures,"
                + " abuse, abuse_medical, repeats, overseen_in_time, oversight_due from board_day where partnership_id = ?"
                + " and contacts <> 0 order by day, rag, source_agency_id, source, level";
        var kept = jdbc.queryForList(days, p.value());
        assertThat(kept).extracting(r -> r.get("day").toString()).contains("2026-07-02", "2026-12-01", "2026-12-02");
        assertThat(kept).filteredOn(r -> r.get("day").toString().equals("2026-12-02")).singleElement()
                .satisfies(r -> {
                    assertThat(((Number) r.get("source_agency_id")).longValue()).isZero();
                    assertThat(r.get("source")).isEqualTo("9");
                });
        new TransactionTemplate(transactions).executeWithoutResult(s -> readModel.rebuild(p.value()));
        assertThat(jdbc.queryForList(days, p.value())).isEqualTo(kept);
        assertThat(board.figures(p, new MeasureFilter(NOVEMBER, null), NOW).decisionsInTime()).isEqualTo(new Ratio(1, 3));
    }

    /**
     * A contact from no partner agency (an anonymous caller) counts in the board's figures under its source: not
     * dropped, not under an agency, and not in any agency's filtered figures.
     */
    @Test
    void aContactFromNoAgencyIsCountedUnderItsSource() {
        Contact anonymous = new TransactionTemplate(transactions).execute(s -> {
            Contact c = contact(null, ContactSource.S9, Rag.AMBER, t("2026-11-11T10:00:00Z"),
                    t("2026-11-12T10:00:00Z"), Channel.PHONE, false, ConcernCategory.NEGLECT);
            decide(c, ThresholdLevel.EARLY_HELP, t("2026-11-11T15:00:00Z"), false, null, null, true);
            return c;
        });

        BoardFigures f = board.figures(p, new MeasureFilter(NOVEMBER, null), NOW);
        assertThat(f.contacts()).isEqualTo(5);
        assertThat(f.decisionsInTime()).isEqualTo(new Ratio(2, 4));
        assertThat(f.decisionsInTimeBySource()).containsExactly(Map.entry(SourceGroup.of(police), new Ratio(1, 2)),
                Map.entry(SourceGroup.of(health), new Ratio(0, 1)),
                Map.entry(SourceGroup.of(ContactSource.S9), new Ratio(1, 1)));
        assertThat(board.monthly(p, new MeasureFilter(NOVEMBER, null), NOW).get(java.time.YearMonth.of(2026, 11))
                .decisionsInTimeBySource()).containsEntry(SourceGroup.of(ContactSource.S9), new Ratio(1, 1));
        assertThat(board.figures(p, new MeasureFilter(NOVEMBER, police), NOW).contacts()).isEqualTo(2);
        assertThat(board.decisions(p, new MeasureFilter(NOVEMBER, null), false, NOW, PageRequest.first(10)))
                .filteredOn(d -> d.reference().equals(anonymous.reference())).singleElement().satisfies(d -> {
                    assertThat(d.sourceAgency()).isNull();
                    assertThat(d.source()).isEqualTo(ContactSource.S9);
                });
    }

    /** Annex A List 1 lists every contact of the period, imported ones from no agency too, with its stored code. */
    @Test
    void annexAListsEveryContactWithItsStoredSource() {
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            contact(null, ContactSource.S1B, Rag.GREEN, t("2026-11-20T12:00:00Z"), t("2026-11-20T12:00:00Z"),
                    Channel.IMPORTED, false, ConcernCategory.OTHER);
            contact(health, ContactSource.S3A, Rag.GREEN, t("2026-11-21T12:00:00Z"), t("2026-11-21T12:00:00Z"),
                    Channel.IMPORTED, false, ConcernCategory.OTHER);
        });
        List<AnnexARow> rows = board.annexA(p, NOVEMBER);
        assertThat(rows).hasSize(7).extracting(AnnexARow::source).containsExactly(ContactSource.S6, ContactSource.S6,
                ContactSource.S3F, ContactSource.S3F, ContactSource.S1B, ContactSource.S3A, ContactSource.S3F);
    }
}
