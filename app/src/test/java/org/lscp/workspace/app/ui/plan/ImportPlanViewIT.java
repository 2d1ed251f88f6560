package org.lscp.workspace.app.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.PlanFixture;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.domain.plan.model.PlanFilter;
import org.lscp.workspace.domain.plan.port.in.ViewPlanQuery;
import org.springframework.beans.factory.annotation.Autowired;

@WorkspaceTest
@WithMember("admin@enfield.example")
class ImportPlanViewIT extends SpringBrowserlessTest {
    static final String HEADER = "recommendation_number,recommendation_text,theme,recommendation_lead_email,"
            + "action_description,action_lead_email,due_date,action_status\n";
    @Autowired PlanFixture fixture;
    @Autowired java.time.Clock clock;
    @Autowired ViewPlanQuery plan;

    private String due(int days) {
        return org.lscp.workspace.domain.shared.London.today(clock).plusDays(days).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private long recommendationsOf(String title) {
        return plan.overview(fixture.admin(), PlanFilter.NONE).stream()
                .filter(s -> s.inspection().title().equals(title)).mapToLong(s -> s.recommendations().size()).sum();
    }

    @Test
    void aFileWithBadRowsIsExplainedRowByRowAndNothingIsSaved() {
        fixture.inspection("Import target A");
        ImportPlanView view = navigate(ImportPlanView.class);
        test(view.inspection).selectItem("Import target A");

        view.received("plan.csv", (HEADER
                + "1,Apply thresholds,THRESHOLDS,lead@enfield.example,Re-audit decisions,lead@enfield.example,"
                + due(20) + ",ON_TRACK\n"
                + "1,Apply thresholds,THRESHOLDS,lead@enfield.example,Train MASH staff,nobody@enfield.example,"
                + "31/02/2027,ON_TRACK\n").getBytes(StandardCharsets.UTF_8));

        assertThat(view.rows.isVisible()).isTrue();
        assertThat(test(view.rows).size()).isEqualTo(2);
        assertThat(test(view.rows).getCellText(0, 3)).isEqualTo("Ready");
        assertThat(test(view.rows).getCellText(1, 3)).contains("nobody@enfield.example").contains("31/02/2027");
        assertThat(view.commit.isEnabled()).isFalse();
        assertThat(view.summary.getText()).startsWith("1 of 2 rows have problems");
        assertThat(recommendationsOf("Import target A")).isZero();
    }

    @Test
    void aFileWithMissingColumnsIsRefusedWithTheirNames() {
        fixture.inspection("Import target B");
        ImportPlanView view = navigate(ImportPlanView.class);
        test(view.inspection).selectItem("Import target B");

        view.received("plan.csv", "recommendation_number,theme\n1,THRESHOLDS\n".getBytes(StandardCharsets.UTF_8));

        assertThat(view.fileMessage.getText()).contains("missing the column(s): recommendation_text");
        assertThat(view.commit.isEnabled()).isFalse();
    }

    @Test
    void aValidFileImportsEveryRecommendationAndAction() {
        fixture.inspection("Import target C");
        ImportPlanView view = navigate(ImportPlanView.class);
        test(view.inspection).selectItem("Import target C");

        view.received("plan.csv", (HEADER
                + "1,\"Apply thresholds, consistently\",Thresholds,lead@enfield.example,Re-audit decisions,"
                + "lead@enfield.example," + due(20) + ",ON_TRACK\n"
                + "1,\"Apply thresholds, consistently\",Thresholds,lead@enfield.example,Train MASH staff,"
                + "earlyhelp@enfield.example," + due(40) + ",\n"
                + "2,Make performance data reliable,PERFORMANCE_DATA,earlyhelp@enfield.example,Reconcile data,"
                + "earlyhelp@enfield.example," + due(30) + ",NOT_STARTED\n").getBytes(StandardCharsets.UTF_8));
        assertThat(view.commit.isEnabled()).isTrue();
        test(view.commit).click();

        assertThat(recommendationsOf("Import target C")).isEqualTo(2);
    }

    /**
     * Text a spreadsheet would run, in a file the workspace wrote (its CSV puts an apostrophe before such a cell),
     * comes in as it was typed, apostrophe taken off: the recommendation and its actions keep their exact text.
     */
    @Test
    void cellsWrittenInertComeBackAsTyped() {
        fixture.inspection("Import target D");
        ImportPlanView view = navigate(ImportPlanView.class);
        test(view.inspection).selectItem("Import target D");
        String recommendation = "=HYPERLINK(\"http://ev.il\",\"x\")";
        String formula = "=cmd|' /C calc'!A0";
        String minus = "-2+3+cmd|' /C calc'!A0";
        byte[] csv = org.lscp.workspace.app.files.SpreadsheetCells.csv(java.util.List.of(
                org.lscp.workspace.domain.plan.port.in.ImportPlanUseCase.COLUMNS,
                java.util.List.of("1", recommendation, "THRESHOLDS", "lead@enfield.example", formula,
                        "lead@enfield.example", due(20), "ON_TRACK"),
                java.util.List.of("1", recommendation, "THRESHOLDS", "lead@enfield.example", minus,
                        "lead@enfield.example", due(30), "NOT_STARTED")));
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains(",\"'=HYPERLINK(").contains(",'=cmd|")
                .contains(",'-2+3+cmd|");

        view.received("plan.csv", csv);

        assertThat(view.commit.isEnabled()).isTrue();
        assertThat(test(view.rows).getCellText(0, 2)).isEqualTo(formula);
        assertThat(test(view.rows).getCellText(1, 2)).isEqualTo(minus);
        test(view.commit).click();
        assertThat(plan.overview(fixture.admin(), PlanFilter.NONE).stream()
                .filter(s -> s.inspection().title().equals("Import target D"))
                .flatMap(s -> s.recommendations().stream()).map(r -> r.recommendation().text()))
                .containsExactly(recommendation);
    }
}
