package org.lscp.workspace.app.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.app.ui.AccessDeniedView;
import org.lscp.workspace.domain.board.port.in.AssuranceUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.springframework.beans.factory.annotation.Autowired;

@WorkspaceTest
class BoardViewsIT extends SpringBrowserlessTest {
    @Autowired AssuranceUseCase assurance;
    @Autowired SignInUseCase signIn;
    @Autowired org.springframework.jdbc.core.JdbcTemplate sql;

    @Test
    @WithMember("chair@enfield.example")
    void theChairSeesLiveFiguresAndCardsAndRecordsAJudgement() {
        DashboardView view = navigate(DashboardView.class);
        var figures = view.dashboard.figures();
        assertThat(figures.contacts()).isPositive();
        assertThat(figures.decisionsInTime().noData()).isFalse();
        var card = view.dashboard.cards().stream()
                .filter(c -> c.measures().stream().anyMatch(m -> m.kind() != null)).findFirst().orElseThrow();
        assertThat(card.measures().stream().filter(m -> m.kind() != null).findFirst().orElseThrow().trend())
                .hasSize(6);

        test($(Button.class).withText("Record judgement").first()).click();
        JudgementDialog dialog = $(JudgementDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.level.getErrorMessage()).isEqualTo("Choose assured, partially assured or not assured.");
        assertThat(dialog.commentary.getErrorMessage()).isEqualTo("Enter the board's commentary.");
        test(dialog.level).selectItem("Partially assured");
        test(dialog.commentary).setValue("Timeliness improving; red contacts still late.");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        var recId = view.dashboard.cards().getFirst().recommendation().requireId();
        assertThat(assurance.history(DemoActors.actor(signIn, "chair@enfield.example"), recId)).isNotEmpty();
    }

    @Test
    @WithMember("chair@enfield.example")
    void theDashboardSummarisesTheCaseAuditsAndSection11ButNeverNamesTheChild() {
        DashboardView view = navigate(DashboardView.class);
        var headings = $(com.vaadin.flow.component.html.H2.class, view.content).all().stream()
                .map(com.vaadin.flow.component.html.H2::getText).toList();
        assertThat(headings).contains("Case audits", "Section 11 self-assessment");
        var chair = DemoActors.actor(signIn, "chair@enfield.example");
        // the demo's thresholds audit: six cases graded, 3 good, 1 requires improvement, 2 inadequate after the
        // moderator's change, counted by hand from DemoAudits
        String audits = view.auditSummaries(chair);
        assertThat(audits).contains("Thresholds: children who disclosed abuse", "Neglect: multi-agency case audit",
                "6 of 6 cases graded: 3 good, 1 requires improvement, 2 inadequate; 6 moderated, 1 of them changed by "
                        + "the moderator.", "Take every disclosure of physical or sexual abuse to a strategy discussion",
                "<span class=\"tile-value\">50%</span><p>Good or better overall.", "To improve:");
        String section11 = view.section11Summary(chair);
        assertThat(section11).contains("<table>", "1 of them an agency&#39;s answer to a challenge", "Open Section 11");

        // an agency names the child in what it should improve: the board reads "[child]"
        var before = sql.queryForList("select case_id, agency_id, to_improve from audit_section");
        try {
            sql.update("update audit_section s join audit_case a on a.id = s.case_id join contact c on c.id ="
                    + " a.contact_id set s.to_improve = concat('Record what ', c.child_name, ' said, the same day.')"
                    + " where s.to_improve <> ''");
            var named = sql.queryForList("select distinct c.child_name from audit_section s join audit_case a on"
                    + " a.id = s.case_id join contact c on c.id = a.contact_id where s.to_improve <> ''", String.class);
            assertThat(named).isNotEmpty();
            String masked = view.auditSummaries(chair);
            assertThat(masked).contains("Record what [child] said, the same day.");
            named.forEach(name -> assertThat(masked).doesNotContain(name));
        } finally {
            before.forEach(row -> sql.update("update audit_section set to_improve = ? where case_id = ? and"
                    + " agency_id = ?", row.get("to_improve"), row.get("case_id"), row.get("agency_id")));
        }
    }

    @Test
    @WithMember("chair@enfield.example")
    void theDashboardOpensWithWhatNeedsTheBoardMostUrgentFirstEachWithItsReasons() {
        DashboardView view = navigate(DashboardView.class);
        var needing = view.dashboard.needingTheBoard();
        assertThat(needing).as("the demo plan has recommendations off track").isNotEmpty();
        assertThat(needing).extracting(c -> c.rag().ordinal()).isSorted();
        assertThat(needing.getFirst().rag()).isEqualTo(org.lscp.workspace.domain.plan.model.Rag.RED);
        for (var card : needing) {
            assertThat(card.source()).matches("[A-Za-z ]+ \\d{4} \u00b7 \\d+");
            assertThat(card.verdict().reasons().isEmpty() && !card.worsening()).as(card.source()).isFalse();
            assertThat(card.reasons()).as("overdue actions and latest progress for " + card.source()).isNotNull();
        }
        // the page shows the same order, under "Needs the board", before the headline figures
        var section = (com.vaadin.flow.component.orderedlayout.VerticalLayout) view.content.getComponentAt(0);
        assertThat(((com.vaadin.flow.component.html.H2) section.getComponentAt(0)).getText())
                .isEqualTo("Needs the board");
        var links = $(com.vaadin.flow.component.html.Anchor.class, section).all().stream()
                .filter(a -> a.getHref().startsWith("plan/recommendations/")).map(a -> a.getHref()).toList();
        assertThat(links).containsExactlyElementsOf(needing.stream()
                .map(c -> "plan/recommendations/" + c.recommendation().requireId().value()).toList());
        // a recommendation whose live measure is red is red, whatever its status or judgement
        view.dashboard.cards().stream().filter(c -> c.measures().stream()
                        .anyMatch(m -> m.rag() == org.lscp.workspace.domain.plan.model.Rag.RED))
                .forEach(c -> assertThat(c.rag()).as(c.source()).isEqualTo(org.lscp.workspace.domain.plan.model.Rag.RED));
        assertThat(view.dashboard.others()).extracting(c -> c.rag().ordinal()).isSorted();
    }

    @Test
    @WithMember("chair@enfield.example")
    void aPeriodEndingBeforeItStartsIsRefusedNextToItsEnd() {
        DashboardView view = navigate(DashboardView.class);
        var before = view.dashboard;
        test(view.to).setValue(view.from.getValue().minusDays(1));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The period must end on or after the day it starts.");
        assertThat(view.dashboard).isSameAs(before);
    }

    @Test
    @WithMember("chair@enfield.example")
    void theRecordsBehindAFigureArePseudonymised() {
        DashboardView view = navigate(DashboardView.class);
        UI.getCurrent().navigate(DecisionsView.class, DecisionsView.parameters(view.filter(), true));
        DecisionsView records = $(DecisionsView.class).single();
        assertThat(records.lateOnly.getValue()).isTrue();
        var rows = test(records.grid).size();
        assertThat(rows).isPositive();
        assertThat(records.grid.getColumns()).extracting(c -> c.getHeaderText())
                .doesNotContain("Child", "Child's name", "Case-system id");
        var first = records.grid.getLazyDataView().getItems().findFirst().orElseThrow();
        assertThat(first.inTime()).isFalse();
    }

    /** The demo's discussions: some late, some without health, some conferences late; by reference only. */
    @Test
    @WithMember("chair@enfield.example")
    void theRecordsBehindTheMeasuresAfterTheFrontDoorArePseudonymised() {
        DashboardView view = navigate(DashboardView.class);
        UI.getCurrent().navigate(DiscussionsView.class, DecisionsView.parameters(view.filter(), false));
        DiscussionsView records = $(DiscussionsView.class).single();
        assertThat(records.grid.getColumns()).extracting(c -> c.getHeaderText())
                .doesNotContain("Child", "Child's name", "Case-system id").contains("Strategy discussion", "Conference");
        var all = records.grid.getLazyDataView().getItems().toList();
        assertThat(all).isNotEmpty();
        assertThat(all).anyMatch(r -> r.heldAt() != null && !r.health());
        assertThat(all).allSatisfy(r -> assertThat(r.reference()).startsWith("C-"));
    }

    @Test
    @WithMember("police@enfield.example")
    void aPractitionerIsRefusedTheDashboard() {
        navigate("board", AccessDeniedView.class);
    }

    @Test
    @WithMember("chair@enfield.example")
    void aBoardChairOpeningAChildsRecordByAddressIsRefused() {
        navigate("contact/1", org.lscp.workspace.app.ui.RecordNotFoundView.class);
        navigate("children/ENF-100001", org.lscp.workspace.app.ui.NotAuthorisedView.class);
    }
}
