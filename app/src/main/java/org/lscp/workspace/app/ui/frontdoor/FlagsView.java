package org.lscp.workspace.app.ui.frontdoor;

import org.lscp.workspace.domain.live.port.in.LiveChanges;
import org.lscp.workspace.app.ui.LiveRefresh;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.Lists;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.frontdoor.model.Flag;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.shared.PageRequest;

/** The flags queue: open flags, oldest first; a manager resolves them on the contact page, with a reason. */
@Route(value = "flags", layout = MainLayout.class)
@PageTitle("Flags · Safeguarding Partnership Workspace")
@RolesAllowed({"MASH_PRACTITIONER", "MASH_MANAGER"})
public class FlagsView extends VerticalLayout {
    final ComboBox<FlagType> type = new ComboBox<>("Flag");
    final Grid<Flag> grid = new Grid<>();

    public FlagsView(FrontDoorQuery query, LiveChanges live, CurrentActor current) {
        addClassName("view");
        LiveRefresh.keep(this, live, current, change -> change.about("contact/"),
                () -> grid.getDataProvider().refreshAll());
        setSizeFull();
        type.setItems(FlagType.values());
        type.setItemLabelGenerator(FlagType::label);
        type.setClearButtonVisible(true);
        type.setPlaceholder("Any");
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addComponentColumn(f -> Badges.of(f.type().label(), "error")).setHeader("Flag").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(f -> f.type().meaning()).setHeader("Meaning").setFlexGrow(3).setTooltipGenerator(f -> f.type().meaning());
        grid.addColumn(f -> Formats.dateTime(f.raisedAt())).setHeader("Raised").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(f -> new RouterLink("Open contact", ContactPage.class, f.contactId().value()))
                .setHeader("Contact").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No open flags. The rules raise them as contacts are recorded and decided.");
        grid.setItems(q -> query.openFlags(current.get(), type.getValue(), new PageRequest(q.getOffset(), q.getLimit()))
                .stream());
        grid.setSizeFull();
        Lists.dense(grid);
        grid.setAriaLabel("Open flags");
        add(new H1("Flags"), new Paragraph("Computed by the rules, never typed. Resolving one needs a manager and a "
                + "reason; resolved flags stay in the contact's history."), Lists.filters(Lists.width(type, 16)), grid);
    }
}
