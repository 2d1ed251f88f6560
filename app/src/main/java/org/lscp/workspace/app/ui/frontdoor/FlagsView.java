package org.lscp.workspace.app.ui.frontdoor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Address;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.Lists;
import org.lscp.workspace.app.ui.LiveRefresh;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.frontdoor.model.FlagFilter;
import org.lscp.workspace.domain.frontdoor.model.FlagRow;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.live.port.in.LiveChanges;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.PageRequest;

/**
 * The flags queue: open flags, the serious ones (a disclosure not progressed, a medical not considered) first and then
 * the newest, with how many are open of each kind; filters kept in the address. A manager resolves a flag on the
 * contact page, with a reason, and comes back here.
 */
@Route(value = "flags", layout = MainLayout.class)
@PageTitle("Flags · Safeguarding Partnership Workspace")
@RolesAllowed({"MASH_PRACTITIONER", "MASH_MANAGER"})
class FlagsView extends VerticalLayout implements BeforeEnterObserver {
    private final FrontDoorQuery query;
    private final CurrentActor current;
    private final Clock clock;
    final ComboBox<FlagType> type = new ComboBox<>("Kind");
    final Select<FlagFilter.Age> age = new Select<>();
    final ComboBox<Agency> agency = new ComboBox<>("From");
    final Div counts = new Div();
    final Grid<FlagRow> grid = new Grid<>();
    private FlagFilter filter = FlagFilter.NONE;
    /** How many open flags the filter holds (from the counts by kind). */
    private long shown;
    private boolean reading;

    public FlagsView(FrontDoorQuery query, ManageAgenciesUseCase agencies, LiveChanges live, CurrentActor current,
                     Clock clock) {
        this.query = query;
        this.current = current;
        this.clock = clock;
        addClassName("view");
        LiveRefresh.keep(this, live, current, change -> change.about("contact/"), this::refresh);
        setSizeFull();
        type.setItems(FlagType.values());
        type.setItemLabelGenerator(FlagType::label);
        age.setLabel("Raised");
        age.setItems(FlagFilter.Age.values());
        age.setItemLabelGenerator(a -> a == null ? "Any time" : a.label());
        age.setEmptySelectionAllowed(true);
        age.setEmptySelectionCaption("Any time");
        agency.setItems(agencies.all(current.get()));
        agency.setItemLabelGenerator(Agency::label);
        agency.setTooltipText("The agency that made the contact");
        for (ComboBox<?> c : new ComboBox<?>[] {type, agency}) {
            c.setClearButtonVisible(true);
            c.setPlaceholder("Any");
        }
        type.addValueChangeListener(e -> changed());
        age.addValueChangeListener(e -> changed());
        agency.addValueChangeListener(e -> changed());
        counts.addClassName("flag-counts");
        counts.getElement().setAttribute("role", "group");
        counts.getElement().setAttribute("aria-label", "Open flags by kind");

        grid.addComponentColumn(f -> Badges.of(f.type().label(), f.type().serious() ? "error primary" : "error"))
                .setHeader("Flag").setAutoWidth(true).setFlexGrow(0).setTooltipGenerator(f -> f.type().meaning());
        grid.addComponentColumn(f -> BackTo.toContact(f.reference(), f.contactId().value(), address()))
                .setHeader("Contact").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FlagRow::childInitials).setHeader("Child").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(f -> FrontDoorBadges.rag(f.rag())).setHeader("RAG").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(f -> f.decision() == null ? "Awaiting decision" : f.decision().label()
                + (f.decidedBy() == null ? "" : ", " + f.decidedBy())).setHeader("Decision, by").setFlexGrow(2)
                .setTooltipGenerator(f -> f.decision() == null ? "Awaiting decision" : f.decision().label() + " by "
                        + f.decidedBy());
        grid.addComponentColumn(f -> Lists.agency(f.sourceAgencyLabel(), f.sourceAgency())).setHeader("From")
                .setFlexGrow(1);
        grid.addColumn(f -> FrontDoorBadges.human(Duration.between(f.raisedAt(), clock.instant()).abs()) + " ago")
                .setHeader("Raised").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(f -> Formats.dateTime(f.raisedAt()));
        grid.setEmptyStateText("No open flags match. The rules raise them as contacts are recorded and decided; "
                + "clear the filters to see every open flag.");
        grid.setItems(q -> query.openFlags(current.get(), filter, new PageRequest(q.getOffset(), q.getLimit()))
                .stream(), q -> (int) shown);
        grid.setSizeFull();
        Lists.dense(grid);
        Lists.openOnEnter(grid, f -> BackTo.openContact(f.contactId().value(), address()));
        grid.setAriaLabel("Open flags, the most serious and newest first");
        add(new H1("Flags"), new Paragraph("Computed by the rules, never typed. Disclosures not progressed and "
                        + "medicals not considered come first, then the newest. Resolving one needs a manager and a "
                        + "reason; resolved flags stay in the contact's history."), counts,
                Lists.filters(Lists.width(type, 14), Lists.width(age, 10), Lists.width(agency, 10)), grid);
    }

    /** Reads the filters from the address (?type=…&age=…&from=agency id). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var location = event.getLocation();
        reading = true;
        type.setValue(Address.choice(location, "type", FlagType.class));
        age.setValue(Address.choice(location, "age", FlagFilter.Age.class));
        Long from = Address.number(location, "from");
        agency.setValue(from == null ? null : agency.getListDataView().getItems()
                .filter(a -> a.requireId().value() == from).findFirst().orElse(null));
        reading = false;
        apply();
    }

    Address address() {
        return new Address("flags").with("type", filter.type()).with("age", filter.age())
                .with("from", filter.sourceAgency() == null ? null : filter.sourceAgency().value());
    }

    private void changed() {
        if (reading) return;
        apply();
        getUI().ifPresent(ui -> address().show(ui));
    }

    private void apply() {
        AgencyId from = agency.getValue() == null ? null : agency.getValue().requireId();
        filter = new FlagFilter(type.getValue(), age.getValue(), from);
        refresh();
    }

    private void refresh() {
        Map<FlagType, Long> open = query.openFlagCounts(current.get(), filter);
        shown = filter.type() == null ? open.values().stream().mapToLong(Long::longValue).sum()
                : open.getOrDefault(filter.type(), 0L);
        showCounts(open);
        grid.getDataProvider().refreshAll();
    }

    /** "Disclosure not progressed 3 · …": each kind with open flags, as a button that shows just that kind. */
    private void showCounts(Map<FlagType, Long> open) {
        counts.removeAll();
        long total = open.values().stream().mapToLong(Long::longValue).sum();
        counts.add(kind("All open", total, null));
        for (FlagType t : FlagType.values()) {
            if (open.getOrDefault(t, 0L) > 0) counts.add(kind(t.label(), open.get(t), t));
        }
    }

    private Button kind(String label, long count, FlagType kind) {
        Button b = new Button(label + " ", e -> type.setValue(kind));
        Span n = new Span(String.valueOf(count));
        n.addClassName("count");
        b.getElement().appendChild(n.getElement());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, filter.type() == kind ? ButtonVariant.LUMO_PRIMARY
                : ButtonVariant.LUMO_TERTIARY);
        if (kind != null && kind.serious()) b.addClassName("serious");
        b.getElement().setAttribute("aria-pressed", String.valueOf(filter.type() == kind));
        return b;
    }
}
