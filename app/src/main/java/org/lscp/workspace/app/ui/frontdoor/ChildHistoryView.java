package org.lscp.workspace.app.ui.frontdoor;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;

/** Every contact about one child (that the member may see), newest first; the opening is logged. */
@Route(value = "children", layout = MainLayout.class)
@PageTitle("Child's history · Safeguarding Partnership Workspace")
// BOARD_CHAIR is let through to the use case on purpose: it refuses them and writes the attempt to the access log
@RolesAllowed({"PRACTITIONER", "MASH_PRACTITIONER", "MASH_MANAGER", "BOARD_CHAIR"})
class ChildHistoryView extends VerticalLayout implements HasUrlParameter<String> {
    private final FrontDoorQuery query;
    private final CurrentActor current;
    final Grid<Contact> grid = new Grid<>();

    public ChildHistoryView(FrontDoorQuery query, CurrentActor current) {
        this.query = query;
        this.current = current;
        addClassName("view");
        grid.addComponentColumn(c -> new RouterLink(c.reference(), ContactPage.class, c.requireId().value()))
                .setHeader("Reference").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Formats.dateTime(c.receivedAt())).setHeader("Received").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.concerns().stream().map(ConcernCategory::label).sorted().collect(Collectors.joining(", ")))
                .setHeader("Concerns").setFlexGrow(2);
        grid.addColumn(c -> c.rag().label()).setHeader("RAG").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.decided() ? "Decided" : "Awaiting decision").setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No contacts about this child that you may see.");
    }

    @Override
    public void setParameter(BeforeEvent event, String caseSystemId) {
        var contacts = query.childHistory(current.get(), caseSystemId);
        grid.setItems(contacts);
        grid.setAriaLabel("Contacts about child " + caseSystemId);
        removeAll();
        add(new H1(contacts.isEmpty() ? "Child " + caseSystemId : contacts.getFirst().child().name() + " ("
                + caseSystemId + ")"), grid);
    }
}
