package org.lscp.workspace.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.domain.plan.model.PlanFilter;
import org.lscp.workspace.domain.plan.model.PlanSource;
import org.lscp.workspace.domain.plan.port.in.ViewPlanQuery;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** The demo partnerships and plans from the seeds, loaded once however often the app starts. */
@WorkspaceTest
class DemoDataIT {
    @Autowired DemoData demoData;
    @Autowired java.time.Clock clock;
    @Autowired ViewPlanQuery plan;
    @Autowired SignInUseCase signIn;
    @Autowired org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery frontDoor;

    private long recommendations(String email, String inspectionWord) {
        return plan.overview(DemoActors.actor(signIn, email), PlanFilter.NONE).stream()
                .filter(s -> s.inspection().title().contains(inspectionWord))
                .mapToLong(s -> s.recommendations().size()).sum();
    }

    @Test
    void enfieldHasItsThreeInspectionsAndWalthamForestItsMashVisit() {
        var enfield = plan.overview(DemoActors.actor(signIn, "admin@enfield.example"), PlanFilter.NONE).stream()
                .map(PlanSource::inspection).filter(i -> i.inspectorate().equals("Ofsted")).toList();
        assertThat(enfield).hasSizeGreaterThanOrEqualTo(3);
        assertThat(recommendations("admin@enfield.example", "Single inspection")).isEqualTo(15);
        assertThat(recommendations("admin@walthamforest.example", "")).isGreaterThanOrEqualTo(3);

        var mine = plan.myActions(DemoActors.actor(signIn, "lead@enfield.example"));
        assertThat(mine.overdue()).isNotEmpty();
        assertThat(mine.later()).isNotEmpty();
    }

    /** The plan is written from its data file through the plan's use cases, by its members, as of its days. */
    @Test
    void theDemoPlanIsWrittenByItsMembersAsOfItsDays() {
        String enfield = "(select id from partnership where name = 'Enfield Safeguarding Children Partnership')";
        assertThat(jdbc.queryForList("select distinct actor_name from audit_entry where partnership_id = " + enfield
                + " and entity_type = 'Recommendation' and action = 'STATUS_CHANGED'", String.class))
                .as("the lead officer moves a recommendation on; the chair judges its evidence")
                .contains("Helen Brooks", "Geraldine Hart");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where partnership_id = " + enfield
                + " and entity_type in ('Inspection', 'Recommendation', 'Action') and actor_id is null", Long.class))
                .as("no plan record written by the system").isZero();
        assertThat(jdbc.queryForObject("select min(at) from audit_entry where partnership_id = " + enfield
                + " and entity_type = 'Inspection'", java.time.LocalDateTime.class))
                .as("the 2015 inspection recorded the day the inspectors left").isBefore("2015-02-12T00:00");
        // the 2018 focused visit's first action, completed on the day the file gives
        assertThat(jdbc.queryForList("select completed_on from improvement_action where description like "
                + "'Review every contact in the affected service area%'", java.time.LocalDate.class))
                .containsExactly(java.time.LocalDate.parse("2018-10-26"));
    }

    /**
     * Every success measure of Enfield's plan shows a figure and where it came from: computed from the records, or
     * the latest quarterly return of the agency that holds it; private fostering visits are late (on any day).
     */
    @Test
    void everyEnfieldSuccessMeasureShowsAFigureWithItsProvenance() {
        var chair = DemoActors.actor(signIn, "chair@enfield.example");
        var standings = plan.overview(chair, PlanFilter.NONE).stream().flatMap(s -> s.recommendations().stream())
                .flatMap(r -> r.measures().stream()).toList();
        assertThat(standings).hasSizeGreaterThan(30);
        assertThat(standings).allSatisfy(m -> {
            assertThat(m.provenance()).as(m.measure().measure()).matches("Computed from the workspace's records"
                    + "|Returned by .+ on .+ from .+, for .+|Audited: \\d+ cases in \\d+ audits? of .+");
            assertThat(m.value()).as(m.measure().measure()).doesNotContain("no data", "No return",
                    "reported outside");
        });
        assertThat(standings).filteredOn(m -> m.provenance().startsWith("Returned")).hasSizeGreaterThan(20);
        assertThat(jdbc.queryForObject("select count(distinct r.measure_id) from data_return r join return_measure m"
                + " on m.id = r.measure_id where m.name = 'Private fostering visits within timescale'", Long.class))
                .isOne();
        var returns = dataReturns.due(DemoActors.actor(signIn, "head.of.service@enfield.example"));
        assertThat(returns).filteredOn(d -> d.late()).extracting(d -> d.measure().name())
                .containsExactly("Private fostering visits within timescale");
        assertThat(jdbc.queryForObject("select count(*) from return_measure m join partnership p on p.id ="
                + " m.partnership_id where p.name = ? and (m.agency_id is null or m.officer_id is null)", Long.class,
                DemoData.ENFIELD)).as("no demo measure is left to define").isZero();
    }

    @Autowired org.lscp.workspace.domain.returns.port.in.DataReturnsUseCase dataReturns;

    /** Enfield's neglect and thresholds audits: six cases each, mixed grades, a moderated change, an action. */
    @Test
    void enfieldHasTwoCaseAuditsWithMixedModeratedGradesAndAFindingMadeAnAction() {
        var chair = DemoActors.actor(signIn, "chair@enfield.example");
        var programmes = caseAudits.programmes(chair);
        assertThat(programmes).extracting(p -> p.theme().name()).containsExactlyInAnyOrder("NEGLECT", "THRESHOLDS");
        for (var p : programmes) {
            var view = caseAudits.programme(chair, p.requireId());
            assertThat(view.cases()).hasSize(6).allMatch(c -> c.grade() != null && c.moderated()
                    && c.childName() == null);
            assertThat(view.cases().stream().map(c -> c.grade()).distinct().count()).isGreaterThan(2);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_case where moderation_changed", Long.class))
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_case where actions <> ''", Long.class)).isOne();
    }

    @Autowired org.lscp.workspace.domain.caseaudit.port.in.CaseAuditUseCase caseAudits;
    @Autowired org.lscp.workspace.domain.section11.port.in.Section11UseCase section11;

    /** Enfield's Section 11 cycle: five agencies rated, some standards partly met, one rating challenged. */
    @Test
    void enfieldHasASection11CycleWithSomeStandardsPartlyMetAndOneChallenged() {
        var chair = DemoActors.actor(signIn, "chair@enfield.example");
        var cycle = section11.cycles(chair).getLast();
        var map = section11.heatMap(chair, cycle.requireId());
        assertThat(map.rows()).hasSize(5);
        assertThat(map.answered()).isEqualTo(map.asked());
        var answers = map.rows().stream().flatMap(r -> r.cells().stream()).toList();
        assertThat(answers).anyMatch(a -> a.rating() == org.lscp.workspace.domain.section11.model.Rating.PARTLY_MET)
                .anyMatch(a -> a.rating() == org.lscp.workspace.domain.section11.model.Rating.NOT_MET)
                .anyMatch(a -> a.review() == org.lscp.workspace.domain.section11.model.Review.RESPONDED);
    }

    @Test
    void enfieldHasAYearOfContactsWithTheirDecisions() {
        var manager = DemoActors.actor(signIn, "mash.manager@enfield.example");
        var all = new org.lscp.workspace.domain.frontdoor.model.ContactFilter(null, null, null, null, null, null);
        assertThat(frontDoor.count(manager, all)).isGreaterThanOrEqualTo(60);
        assertThat(frontDoor.count(manager, org.lscp.workspace.domain.frontdoor.model.ContactFilter.OPEN))
                .as("the newest few still await a decision").isPositive();
        // the demo writes its history through the repositories, then has the board's measures count it whole
        assertThat(jdbc.queryForObject("select coalesce(sum(d.contacts), 0) from board_day d join partnership p"
                + " on p.id = d.partnership_id where p.name = ?", Long.class, DemoData.ENFIELD))
                .as("the board counts every demo contact").isEqualTo(jdbc.queryForObject("select count(*) from contact c"
                        + " join partnership p on p.id = c.partnership_id where p.name = ? and c.channel <> 'IMPORTED'",
                        Long.class, DemoData.ENFIELD));
    }

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired org.lscp.workspace.domain.escalation.port.in.EscalationQuery escalations;

    @Test
    void enfieldHasEscalationsAtEveryStageAndOutcomeSomeOverdue() {
        var chair = DemoActors.actor(signIn, "chair@enfield.example");
        java.time.Instant today = org.lscp.workspace.domain.shared.London.startOf(
                org.lscp.workspace.domain.shared.London.today(clock));
        var all = escalations.list(chair, org.lscp.workspace.domain.escalation.model.EscalationFilter.of(
                        org.lscp.workspace.domain.escalation.model.EscalationFilter.Scope.ALL),
                org.lscp.workspace.domain.shared.PageRequest.first(200)).stream()
                .filter(e -> e.raisedAt().isBefore(today)).toList();
        assertThat(all).filteredOn(e -> e.open()).extracting(e -> e.stage().number())
                .contains(1, 2, 3, 4);
        assertThat(all).extracting(e -> e.outcome()).contains(
                org.lscp.workspace.domain.escalation.model.EscalationOutcome.DECISION_UPHELD,
                org.lscp.workspace.domain.escalation.model.EscalationOutcome.DECISION_CHANGED,
                org.lscp.workspace.domain.escalation.model.EscalationOutcome.OTHER);
        assertThat(all).extracting(e -> e.status())
                .contains(org.lscp.workspace.domain.escalation.model.EscalationStatus.WITHDRAWN);
        assertThat(all).anyMatch(e -> e.overdue(clock.instant()));
        assertThat(all.stream().map(e -> e.raisingAgency()).distinct()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(all).allSatisfy(e -> assertThat(e.childCaseId()).isNull());
    }

    /** The seeds' pattern after the front door: most discussions on time with both; some without health. */
    @Test
    void enfieldsStrategyDiscussionsFollowTheSeedsPattern() {
        String enfield = " from strategy_discussion s join partnership p on p.id = s.partnership_id where p.name = ?";
        long held = jdbc.queryForObject("select count(*)" + enfield, Long.class, DemoData.ENFIELD);
        assertThat(held).as("a discussion for most s47-level decisions").isGreaterThanOrEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*)" + enfield + " and exists (select 1 from discussion_invitation"
                + " i join agency a on a.id = i.agency_id where i.discussion_id = s.id and a.kind = 'HEALTH' and"
                + " i.took_part)", Long.class, DemoData.ENFIELD)).as("health took part in most, not all")
                .isBetween(held / 2, held - 1);
        assertThat(jdbc.queryForObject("select count(*)" + enfield + " and s.enquiry = 'NONE'", Long.class,
                DemoData.ENFIELD)).as("a few no further action").isBetween(1L, held / 5);
        assertThat(jdbc.queryForList("select f.type, count(*) from contact_flag f join contact c on c.id ="
                + " f.contact_id join partnership p on p.id = c.partnership_id where p.name = ? and f.type in"
                + " ('STRATEGY_DISCUSSION_LATE', 'AGENCY_NOT_PRESENT', 'ICPC_LATE') group by f.type", DemoData.ENFIELD))
                .as("each of the three flags, some of them").hasSize(3)
                .allSatisfy(row -> assertThat(((Number) row.get("count(*)")).longValue()).isBetween(1L, held / 2));
    }

    @Test
    void loadingAgainChangesNothing() {
        long before = recommendations("admin@enfield.example", "");

        demoData.run(new DefaultApplicationArguments());

        assertThat(recommendations("admin@enfield.example", "")).isEqualTo(before);
    }
}
