package org.lscp.workspace.app.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.PlanFixture;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.domain.plan.model.Theme;
import org.springframework.beans.factory.annotation.Autowired;

@WorkspaceTest
@WithMember("admin@enfield.example")
class PlanOverviewViewIT extends SpringBrowserlessTest {
    @Autowired PlanFixture fixture;

    @Test
    void groupsRecommendationsByInspectionAndFiltersByTheme() {
        fixture.create("Overview visit exploitation", "lead@enfield.example", Theme.EXPLOITATION);
        fixture.create("Overview visit care leavers", "earlyhelp@enfield.example", Theme.CARE_LEAVERS);
        PlanOverviewView view = navigate(PlanOverviewView.class);

        assertThat($(H2.class).all()).extracting(H2::getText)
                .contains("Overview visit exploitation", "Overview visit care leavers");
        test(view.theme).selectItem("Care leavers");
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Overview visit care leavers")
                .doesNotContain("Overview visit exploitation");
        test(view.lead).selectItem("Helen Brooks");
        assertThat($(H2.class).all()).extracting(H2::getText).doesNotContain("Overview visit care leavers");
    }

    @Test
    void anAdminRecordsAnInspectionWithClearMessagesForBadDates() {
        PlanOverviewView view = navigate(PlanOverviewView.class);
        test(view.addInspection).click();
        InspectionDialog dialog = $(InspectionDialog.class).single();
        test(dialog.type).selectItem("Focused visit");
        test(dialog.title).setValue("Focused visit 2027");
        test(dialog.startDate).setValue(java.time.LocalDate.of(2027, 2, 10));
        test(dialog.endDate).setValue(java.time.LocalDate.of(2027, 2, 9));
        test(dialog.save).click();
        assertThat(dialog.endDate.getErrorMessage()).isEqualTo("The end date must be on or after the start date.");

        test(dialog.endDate).setValue(java.time.LocalDate.of(2027, 2, 11));
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Focused visit 2027");
        assertThat($(Button.class).withText("Add recommendation").exists()).isTrue();
    }
}
