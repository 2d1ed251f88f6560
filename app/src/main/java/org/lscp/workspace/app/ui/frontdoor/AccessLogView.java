package org.lscp.workspace.app.ui.frontdoor;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.Lists;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.shared.audit.AccessLogEntry;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.shared.PageRequest;

/** PARTNERSHIP_ADMIN: who opened which child's record and when, refusals included; newest first. */
@Route(value = "admin/access-log", layout = MainLayout.class)
@PageTitle("Access log · Safeguarding Partnership Workspace")
@RolesAllowed("PARTNERSHIP_ADMIN")
class AccessLogView extends VerticalLayout {
    final Grid<AccessLogEntry> grid = new Grid<>();

    public AccessLogView(FrontDoorQuery query, CurrentActor current) {
        addClassName("view");
        setSizeFull();
        grid.addColumn(e -> Formats.dateTime(e.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AccessLogEntry::whoName).setHeader("Who").setFlexGrow(1);
        grid.addColumn(AccessLogEntry::record).setHeader("Record").setFlexGrow(2).setTooltipGenerator(AccessLogEntry::record);
        grid.addColumn(e -> e.allowed() ? "Opened" : "Refused").setHeader("Outcome").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No one has opened a child's record yet.");
        grid.setItems(q -> query.accessLog(current.get(), new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> (int) query.accessLogCount(current.get()));
        grid.setSizeFull();
        Lists.dense(grid);
        add(new H1("Access log"), grid);
    }
}
