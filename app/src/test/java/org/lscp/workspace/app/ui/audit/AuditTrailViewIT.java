package org.lscp.workspace.app.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.model.SaveAgencyCommand;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.browserless.SpringBrowserlessTest;

@WorkspaceTest
@WithMember("admin@enfield.example")
class AuditTrailViewIT extends SpringBrowserlessTest {
    @Autowired ManageAgenciesUseCase agencies;
    @Autowired CurrentActor current;

    @Test
    void showsEveryChangeNewestFirstWithBeforeAndAfter() {
        var agency = agencies.create(current.get(), new SaveAgencyCommand("Audit Test Agency", AgencyKind.OTHER, false));
        agencies.update(current.get(), agency.requireId(), agency.version(),
                new SaveAgencyCommand("Audit Test Agency (renamed)", AgencyKind.OTHER, false));

        AuditTrailView view = navigate(AuditTrailView.class);
        test(view.recordType).selectItem("Agency");
        test(view.member).selectItem("Alex Morgan (admin@enfield.example)");

        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Alex Morgan");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Updated");
        assertThat(test(view.grid).getCellText(0, 4)).as("one line a change")
                .startsWith("name: Audit Test Agency · kind: Other");
        assertThat(test(view.grid).getCellText(0, 5)).contains("name: Audit Test Agency (renamed) · ");
    }

    @Test
    void anEndDateBeforeTheStartDateIsExplainedNextToTheField() {
        AuditTrailView view = navigate(AuditTrailView.class);
        test(view.from).setValue(LocalDate.of(2026, 6, 2));
        test(view.to).setValue(LocalDate.of(2026, 6, 1));

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The end date must be on or after the start date.");
    }
}
