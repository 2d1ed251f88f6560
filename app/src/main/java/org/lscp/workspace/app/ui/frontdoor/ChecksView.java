package org.lscp.workspace.app.ui.frontdoor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.Lists;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.app.ui.TextDialog;
import org.lscp.workspace.domain.frontdoor.model.AgencyCheck;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.frontdoor.port.in.CaseworkUseCase;

/** "Checks requested of my agency": what the MASH asked, soonest due first, answered here. */
@Route(value = "checks", layout = MainLayout.class)
@PageTitle("Checks for my agency · Safeguarding Partnership Workspace")
@RolesAllowed({"PRACTITIONER", "MASH_PRACTITIONER", "MASH_MANAGER"})
class ChecksView extends VerticalLayout {
    final Grid<AgencyCheck> grid = new Grid<>();

    public ChecksView(FrontDoorQuery query, CaseworkUseCase casework, CurrentActor current) {
        addClassName("view");
        grid.addComponentColumn(c -> new RouterLink("Open contact", ContactPage.class, c.contactId().value()))
                .setHeader("Contact").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Formats.dateTime(c.requestedAt())).setHeader("Asked").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AgencyCheck::requestedByName).setHeader("By").setFlexGrow(1);
        grid.addColumn(c -> Formats.dateTime(c.dueBy())).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> new Button("Answer", e -> answer(casework, current, c,
                () -> grid.setItems(query.checksForMyAgency(current.get()))))).setHeader("Actions").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText("Nothing is waiting for your agency.");
        grid.setItems(query.checksForMyAgency(current.get()));
        grid.setAllRowsVisible(true);
        Lists.dense(grid);
        grid.setAriaLabel("Checks requested of " + current.get().agencyName());
        add(new H1("Checks for " + current.get().agencyName()), grid);
    }

    static void answer(CaseworkUseCase casework, CurrentActor current, AgencyCheck check, Runnable after) {
        TextDialog dialog = new TextDialog("Answer the check", "What your agency found", "findings",
                findings -> casework.answerCheck(current.get(), check.id(), findings));
        dialog.onSaved(saved -> after.run());
        dialog.open();
    }
}
