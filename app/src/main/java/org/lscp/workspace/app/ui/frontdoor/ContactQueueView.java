package org.lscp.workspace.app.ui.frontdoor;

import org.lscp.workspace.domain.live.port.in.LiveChanges;
import org.lscp.workspace.app.ui.LiveRefresh;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.app.ui.Lists;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.lscp.workspace.app.ui.Address;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.FieldErrors;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.frontdoor.model.ContactFilter;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.QueueRow;
import org.lscp.workspace.domain.frontdoor.model.QueueSort;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * The queue, the MASH's main screen: contacts most urgent first (overdue red before overdue amber, then by deadline;
 * see QueueRow.mostUrgentFirst), one line each, loaded page by page; found by reference or child; time left refreshes
 * every 30 seconds and the list whenever a contact changes.
 */
@Route(value = "contacts", layout = MainLayout.class)
@PageTitle("Contacts · Safeguarding Partnership Workspace")
@RolesAllowed({"PRACTITIONER", "MASH_PRACTITIONER", "MASH_MANAGER"})
class ContactQueueView extends VerticalLayout implements BeforeEnterObserver {
    enum Status {
        OPEN("Awaiting decision", true), DECIDED("Decided", false), ALL("All", null);
        final String label;
        final Boolean open;

        Status(String label, Boolean open) {
            this.label = label;
            this.open = open;
        }
    }

    private final FrontDoorQuery query;
    private final CurrentActor current;
    private final Clock clock;
    final TextField search = new TextField("Find");
    final ComboBox<Rag> rag = new ComboBox<>("RAG");
    final ComboBox<Agency> agency = new ComboBox<>("From");
    final Select<Status> status = new Select<>();
    final ComboBox<FlagType> flag = new ComboBox<>("Flag");
    final DatePicker from = new DatePicker("Received from");
    final DatePicker to = new DatePicker("Received to");
    final Grid<QueueRow> grid = new Grid<>();
    private ContactFilter filter = ContactFilter.OPEN;
    /** The sortable columns: most urgent first until the member sorts one of them. */
    private final Map<QueueSort, GridSortOrder<QueueRow>> sortable = new java.util.EnumMap<>(QueueSort.class);
    private boolean reading;

    public ContactQueueView(FrontDoorQuery query, ManageAgenciesUseCase agencies, LiveChanges live,
                            CurrentActor current, Clock clock) {
        this.query = query;
        LiveRefresh.keep(this, live, current, change -> change.about("contact/"),
                () -> grid.getDataProvider().refreshAll());
        this.current = current;
        this.clock = clock;
        addClassName("view");
        setSizeFull();
        rag.setItems(Rag.values());
        rag.setItemLabelGenerator(Rag::label);
        agency.setItems(agencies.all(current.get()));
        agency.setItemLabelGenerator(Agency::label);
        agency.setTooltipText("The agency that made the contact");
        status.setLabel("Status");
        status.setItems(Status.values());
        status.setItemLabelGenerator(s -> s.label);
        status.setValue(Status.OPEN);
        flag.setItems(FlagType.values());
        flag.setItemLabelGenerator(FlagType::label);
        search.setPlaceholder("Reference or child");
        search.setClearButtonVisible(true);
        search.setMaxLength(ContactFilter.SEARCH_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        for (var field : new com.vaadin.flow.component.AbstractField<?, ?>[] {search, rag, agency, status, flag, from,
                to}) {
            field.addValueChangeListener(e -> applyFilter());
        }
        for (ComboBox<?> c : new ComboBox<?>[] {rag, agency, flag}) {
            c.setClearButtonVisible(true);
            c.setPlaceholder("Any");
        }
        var toolbar = Lists.filters(Lists.width(search, 11.5), Lists.width(status, 11), Lists.width(rag, 6),
                Lists.width(agency, 8.5), Lists.width(flag, 8.5), Lists.width(from, 7.75), Lists.width(to, 7.75));

        // the columns are drawn by the browser from the row's values: a page of the queue keeps no component per row
        grid.addColumn(Lists.links(QueueRow::reference, r -> BackTo.contactHref(r.id().value(), address())))
                .setHeader("Reference").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QueueRow::childName).setHeader("Child").setFlexGrow(2).setTooltipGenerator(QueueRow::childName);
        grid.addColumn(Badges.inList(r -> List.of(FrontDoorBadges.rag(r.rag())))).setHeader("RAG")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Badges.inList(r -> {
                    var left = FrontDoorBadges.timeLeft(r.rag(), r.deadline(), clock.instant(), r.decided());
                    return r.emergencyDuty() ? List.of(left, FrontDoorBadges.edt()) : List.of(left);
                })).setHeader("Time left").setAutoWidth(true).setFlexGrow(0);
        var due = grid.addColumn(r -> Formats.dateTime(r.deadline())).setHeader("Decision due").setAutoWidth(true)
                .setFlexGrow(0).setKey("due").setSortProperty("due");
        grid.addColumn(Lists.agencies(QueueRow::sourceAgencyLabel, QueueRow::sourceAgency)).setHeader("From")
                .setFlexGrow(1);
        var received = grid.addColumn(r -> Formats.dateTime(r.receivedAt())).setHeader("Received")
                .setAutoWidth(true).setFlexGrow(0).setKey("received").setSortProperty("received");
        sortable.put(QueueSort.RECEIVED_NEWEST, new GridSortOrder<>(received, SortDirection.DESCENDING));
        sortable.put(QueueSort.RECEIVED_OLDEST, new GridSortOrder<>(received, SortDirection.ASCENDING));
        sortable.put(QueueSort.DUE_SOONEST, new GridSortOrder<>(due, SortDirection.ASCENDING));
        sortable.put(QueueSort.DUE_LATEST, new GridSortOrder<>(due, SortDirection.DESCENDING));
        grid.addSortListener(e -> {
            QueueSort chosen = e.getSortOrder().isEmpty() ? QueueSort.MOST_URGENT : sortable.entrySet().stream()
                    .filter(x -> x.getValue().getSorted() == e.getSortOrder().getFirst().getSorted()
                            && x.getValue().getDirection() == e.getSortOrder().getFirst().getDirection())
                    .map(Map.Entry::getKey).findFirst().orElse(QueueSort.MOST_URGENT);
            filter = filter.sortedBy(chosen);
            if (e.isFromClient()) getUI().ifPresent(ui -> address().show(ui));
        });
        grid.addColumn(QueueRow::assignedTo).setHeader("Taken by").setFlexGrow(1)
                .setTooltipGenerator(QueueRow::assignedTo);
        grid.addColumn(r -> r.openFlags() == 0 ? "" : r.openFlags() + " open").setHeader("Flags").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText("No contacts match. Change the filters, or record a contact.");
        Lists.dense(grid);
        Lists.cardsOnPhone(grid, "Contact", this::card);
        grid.setItems(q -> query.queue(current.get(), filter, new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> (int) query.count(current.get(), filter));
        grid.setSizeFull();
        Lists.openOnEnter(grid, r -> BackTo.openContact(r.id().value(), address()));
        grid.setAriaLabel("Contacts, most urgent first");
        add(new H1("Contacts"), toolbar, grid);
    }

    /** A row on a phone: reference, RAG and time left; then the child, where it came from and when. */
    private Div card(QueueRow r) {
        Div top = new Div(BackTo.toContact(r.reference(), r.id().value(), address()), FrontDoorBadges.rag(r.rag()),
                FrontDoorBadges.timeLeft(r.rag(), r.deadline(), clock.instant(), r.decided()));
        if (r.emergencyDuty()) top.add(FrontDoorBadges.edt());
        top.addClassName("card-top");
        Div below = new Div(new com.vaadin.flow.component.html.Span(r.childName() + " · "),
                Lists.agency(r.sourceAgencyLabel(), r.sourceAgency()),
                new com.vaadin.flow.component.html.Span(" · " + Formats.dateTime(r.receivedAt())
                        + (r.openFlags() == 0 ? "" : " · " + r.openFlags() + " flag" + (r.openFlags() == 1 ? "" : "s"))));
        below.addClassName("card-below");
        return new Div(top, below);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(30_000);
        // removed on detach: a listener left on the UI would keep this page (and its list) alive after the member
        // moved on, one more each time they came back
        polling = event.getUI().addPollListener(e -> grid.getDataProvider().refreshAll());
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) polling.remove();
        polling = null;
    }

    private com.vaadin.flow.shared.Registration polling;

    /** Reads the filters from the address: ?q=…&status=…&rag=…&from=agency id&flag=…&received-from=…&received-to=…. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var at = event.getLocation();
        reading = true;
        search.setValue(java.util.Objects.requireNonNullElse(Address.text(at, "q"), ""));
        Status s = Address.choice(at, "status", Status.class);
        status.setValue(s == null ? Status.OPEN : s);
        rag.setValue(Address.choice(at, "rag", Rag.class));
        Long agencyId = Address.number(at, "from");
        agency.setValue(agencyId == null ? null : agency.getListDataView().getItems()
                .filter(a -> a.requireId().value() == agencyId).findFirst().orElse(null));
        flag.setValue(Address.choice(at, "flag", FlagType.class));
        from.setValue(Address.date(at, "received-from"));
        to.setValue(Address.date(at, "received-to"));
        QueueSort sort = Address.choice(at, "sort", QueueSort.class);
        filter = filter.sortedBy(sort == null ? QueueSort.MOST_URGENT : sort);
        grid.sort(sortable.containsKey(filter.sort()) ? List.of(sortable.get(filter.sort())) : List.of());
        reading = false;
        applyFilter();
    }

    /** The queue's address with its filters, so Back, a bookmark and a shared link keep them. */
    Address address() {
        Status s = status.getValue();
        return new Address("contacts").with("q", filter.search()).with("status", s == Status.OPEN ? null : s)
                .with("rag", filter.rag()).with("from", filter.sourceAgency() == null ? null
                        : filter.sourceAgency().value()).with("flag", filter.flag())
                .with("received-from", filter.receivedFrom()).with("received-to", filter.receivedTo())
                .with("sort", filter.sort() == QueueSort.MOST_URGENT ? null : filter.sort());
    }

    void applyFilter() {
        if (reading) return;
        try {
            Status s = status.getValue() == null ? Status.ALL : status.getValue();
            filter = new ContactFilter(rag.getValue(), agency.getValue() == null ? null : agency.getValue().requireId(),
                    s.open, flag.getValue(), from.getValue(), to.getValue(), search.getValue(), filter.sort());
            FieldErrors.clear(Map.of("receivedTo", to, "search", search));
            grid.getDataProvider().refreshAll();
            getUI().ifPresent(ui -> address().show(ui));
        } catch (ValidationException e) {
            FieldErrors.show(e, Map.of("receivedTo", to, "search", search));
        }
    }
}
