package org.lscp.workspace.app.ui.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.model.SaveAgencyCommand;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.springframework.beans.factory.annotation.Autowired;

@WorkspaceTest
@WithMember("admin@enfield.example")
class AgencyListViewIT extends SpringBrowserlessTest {
    @Autowired ManageAgenciesUseCase agencies;
    @Autowired CurrentActor current;

    @Test
    void listsThePartnershipsAgenciesAndFiltersByKindAndName() {
        AgencyListView view = navigate(AgencyListView.class);

        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(13);
        test(view.kind).selectItem("CAMHS");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Barnet, Enfield and Haringey CAMHS");
        test(view.search).setValue("no agency is called this");
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).contains("add an agency");
    }

    @Test
    void addsAnAgencyAndShowsRuleBreaksNextToTheFields() {
        AgencyListView view = navigate(AgencyListView.class);
        test(view.add).click();
        AgencyDialog dialog = $(AgencyDialog.class).single();

        test(dialog.save).click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Enter the agency's name.");
        assertThat(dialog.kind.getErrorMessage()).isEqualTo("Choose the kind of agency.");
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.name).setValue("Enfield Police");
        test(dialog.kind).selectItem("Police");
        test(dialog.name).setValue("metropolitan police - north area");
        test(dialog.save).click();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("An agency with this name already exists in your partnership.");

        test(dialog.name).setValue("Enfield Family Hubs");
        test(dialog.shortName).setValue("Family Hubs");
        test(dialog.kind).selectItem("Early help");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        test(view.search).setValue("Family Hubs");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Family Hubs");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Early help");
    }

    @Test
    void aStaleEditSaysWhoChangedTheAgencyAndSavesNothing() {
        Agency agency = agencies.create(current.get(),
                new SaveAgencyCommand("Enfield Young Carers", AgencyKind.VOLUNTARY_SECTOR, false));
        AgencyListView view = navigate(AgencyListView.class);
        view.open(agency);
        AgencyDialog dialog = $(AgencyDialog.class).single();
        agencies.update(current.get(), agency.requireId(), agency.version(),
                new SaveAgencyCommand("Enfield Young Carers Service", AgencyKind.VOLUNTARY_SECTOR, false));

        test(dialog.name).setValue("Enfield Young Carers Project");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.problem.isVisible()).isTrue();
        assertThat(dialog.problem.getText()).contains("changed by Alex Morgan").contains("Reload");
        assertThat(agencies.get(current.get(), agency.requireId()).name()).isEqualTo("Enfield Young Carers Service");
    }

    @Test
    void overLongNamesAreRefusedWithAClearMessage() {
        navigate(AgencyListView.class).open(null);
        AgencyDialog dialog = $(AgencyDialog.class).single();
        dialog.name.setMaxLength(1000); // the browser enforces 120; check the server does too
        test(dialog.name).setValue("x".repeat(121));
        test(dialog.kind).selectItem("Other");
        test(dialog.save).click();

        assertThat(dialog.name.getErrorMessage()).isEqualTo("The agency's name must be 120 characters or fewer.");
    }
}
