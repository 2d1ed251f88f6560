package org.lscp.workspace.app.ui.frontdoor;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Address;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.Lists;
import org.lscp.workspace.app.ui.LiveRefresh;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.frontdoor.model.OversightRow;
import org.lscp.workspace.domain.frontdoor.model.Urgency;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.live.port.in.LiveChanges;
import org.lscp.workspace.domain.shared.PageRequest;

/**
 * MASH managers: current decisions waiting for a manager's oversight, oldest first, with the time left to give it
 * (one working day after the decision). A manager's own decisions say that they need another manager.
 */
@Route(value = "oversight", layout = MainLayout.class)
@PageTitle("Awaiting oversight · Safeguarding Partnership Workspace")
@RolesAllowed("MASH_MANAGER")
class OversightView extends VerticalLayout {
    private static final Address HERE = new Address("oversight");
    final Grid<OversightRow> grid = new Grid<>();
    final Paragraph summary = new Paragraph();

    public OversightView(FrontDoorQuery query, LiveChanges live, CurrentActor current, Clock clock) {
        addClassName("view");
        setSizeFull();
        var me = current.get().memberId();
        grid.addComponentColumn(r -> BackTo.toContact(r.reference(), r.contactId().value(), HERE))
                .setHeader("Contact").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OversightRow::childName).setHeader("Child").setFlexGrow(2)
                .setTooltipGenerator(OversightRow::childName);
        grid.addComponentColumn(r -> FrontDoorBadges.rag(r.rag())).setHeader("RAG").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.level().label()).setHeader("Decision").setFlexGrow(2)
                .setTooltipGenerator(r -> r.level().label());
        grid.addComponentColumn(r -> r.needsAnotherManager(me)
                        ? new Span(new Span("You "), Badges.of("Needs another manager", "contrast"))
                        : new Span(r.decidedByName()))
                .setHeader("Decided by").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.dateTime(r.decidedAt())).setHeader("Decided").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> FrontDoorBadges.timeLeft(Urgency.of(r.due(), clock.instant()), r.due(),
                clock.instant())).setHeader("Oversight due in").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(r -> "Due " + Formats.dateTime(r.due()));
        grid.setEmptyStateText("Every current decision has had management oversight. New decisions appear here.");
        grid.setItems(q -> query.awaitingOversight(current.get(), new PageRequest(q.getOffset(), q.getLimit()))
                .stream(), q -> (int) query.countAwaitingOversight(current.get()));
        Lists.dense(grid);
        Lists.openOnEnter(grid, r -> BackTo.openContact(r.contactId().value(), HERE));
        grid.setSizeFull();
        grid.setAriaLabel("Decisions awaiting oversight, oldest first");
        Runnable refresh = () -> {
            grid.getDataProvider().refreshAll();
            long n = query.countAwaitingOversight(current.get());
            summary.setText(n == 0 ? "" : n + (n == 1 ? " decision is" : " decisions are") + " waiting for "
                    + "oversight. Oversight is due within one working day of the decision and must come from a "
                    + "manager other than the one who decided.");
        };
        LiveRefresh.keep(this, live, current, change -> change.about("contact/"), refresh);
        refresh.run();
        add(new H1("Decisions awaiting oversight"), summary, grid);
    }
}
