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

    @Test
    void loadingAgainChangesNothing() {
        long before = recommendations("admin@enfield.example", "");

        demoData.run(new DefaultApplicationArguments());

        assertThat(recommendations("admin@enfield.example", "")).isEqualTo(before);
    }
}
