package org.lscp.workspace.app.ui.plan;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.LiveRefresh;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.live.port.in.LiveChanges;
import org.lscp.workspace.domain.plan.model.MyActions;
import org.lscp.workspace.domain.plan.port.in.ViewPlanQuery;

/** LEAD_OFFICER: the actions they lead and have not completed — overdue, due this week, later. */
@Route(value = "plan/my-actions", layout = MainLayout.class)
@PageTitle("My actions · Safeguarding Partnership Workspace")
@RolesAllowed("LEAD_OFFICER")
public class MyActionsView extends VerticalLayout {
    final Grid<MyActions.LedAction> overdue = grid("Overdue actions");
    final Grid<MyActions.LedAction> thisWeek = grid("Actions due this week");
    final Grid<MyActions.LedAction> later = grid("Actions due later");

    private final ViewPlanQuery plan;
    private final CurrentActor current;

    public MyActionsView(ViewPlanQuery plan, LiveChanges live, CurrentActor current) {
        this.plan = plan;
        this.current = current;
        addClassName("view");
        LiveRefresh.keep(this, live, current, change -> change.about("plan/"), this::refresh);
        refresh();
    }

    /** Shows the member's open actions as they are now (again when the plan changes). */
    void refresh() {
        removeAll();
        MyActions mine = plan.myActions(current.get());
        add(new H1("My actions"));
        if (mine.isEmpty()) {
            add(new Paragraph("You lead no open actions. Actions you are named as lead officer for appear here."));
            return;
        }
        section("Overdue", overdue, mine.overdue(), "Nothing you lead is overdue.");
        section("Due this week", thisWeek, mine.dueThisWeek(), "Nothing else is due this week.");
        section("Later", later, mine.later(), "Nothing further is planned.");
    }

    private void section(String title, Grid<MyActions.LedAction> grid, List<MyActions.LedAction> items, String empty) {
        add(new H2(title + " (" + items.size() + ")"));
        if (items.isEmpty()) {
            add(new Paragraph(empty));
            return;
        }
        grid.setItems(items);
        add(grid);
    }

    private static Grid<MyActions.LedAction> grid(String label) {
        Grid<MyActions.LedAction> grid = new Grid<>();
        grid.addComponentColumn(item -> new RouterLink(Text.shorten(item.action().action().description(), 140),
                RecommendationView.class, String.valueOf(item.recommendation().requireId().value()))).setHeader("Action").setFlexGrow(3);
        grid.addColumn(item -> item.recommendation().number() + ". " + Text.shorten(
                item.recommendation().text(), 140)).setHeader("Recommendation").setFlexGrow(3);
        grid.addColumn(item -> Formats.date(item.action().action().dueDate())).setHeader("Due").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(item -> Badges.status(item.action().action().status())).setHeader("Status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(label);
        return grid;
    }
}
