package org.lscp.workspace.app.ui.board;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.board.model.DecisionRecord;
import org.lscp.workspace.domain.board.model.SourceGroup;
import org.lscp.workspace.domain.board.model.MeasureFilter;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.board.port.in.BoardQuery;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * The contacts behind "decisions within the RAG deadline", for the dashboard's period and agency. Pseudonymised:
 * the contact's reference, never the child's name or id.
 */
@Route(value = "board/decisions", layout = MainLayout.class)
@PageTitle("Decisions within the deadline · Safeguarding Partnership Workspace")
@RolesAllowed({"BOARD_CHAIR", "MASH_MANAGER", "LINE_MANAGER", "SENIOR_MANAGER", "PARTNERSHIP_ADMIN", "LEAD_OFFICER"})
class DecisionsView extends VerticalLayout implements BeforeEnterObserver {
    private final BoardQuery board;
    private final CurrentActor current;
    private final java.time.Clock clock;
    private final Map<AgencyId, String> agencyNames;
    final Grid<DecisionRecord> grid = new Grid<>();
    final Checkbox lateOnly = new Checkbox("Only those not decided in time");
    final Paragraph scope = new Paragraph();
    MeasureFilter filter;

    public DecisionsView(BoardQuery board, ManageAgenciesUseCase agencies, CurrentActor current,
                         java.time.Clock clock) {
        this.clock = clock;
        this.board = board;
        this.current = current;
        this.agencyNames = agencies.names(current.get());
        addClassName("view");
        setSizeFull();
        grid.addColumn(DecisionRecord::reference).setHeader("Contact").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> SourceGroup.of(r.sourceAgency(), r.source()).label(agencyNames)).setHeader("Source")
                .setFlexGrow(2);
        grid.addComponentColumn(r -> Badges.rag(r.rag())).setHeader("RAG").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.dateTime(r.receivedAt())).setHeader("Received").setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.deadline())).setHeader("Decision due").setAutoWidth(true);
        grid.addColumn(r -> r.firstDecisionAt() == null ? "Not decided" : Formats.dateTime(r.firstDecisionAt()))
                .setHeader("First decision").setAutoWidth(true);
        grid.addColumn(r -> r.level() == null ? "" : r.level().label()).setHeader("Current level").setFlexGrow(1);
        grid.addComponentColumn(r -> r.inTime() ? Badges.of("In time", "success") : Badges.of("Late", "error"))
                .setHeader("In time").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Contacts behind decisions within the deadline");
        grid.setEmptyStateText("No contacts were due a decision in this period.");
        grid.setSizeFull();
        lateOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new RouterLink("Back to board assurance", DashboardView.class),
                new H1("Decisions within the RAG deadline: the records"), scope,
                new Paragraph("Contacts are shown by reference only; no child's name or id appears here."),
                lateOnly, grid);
    }

    static QueryParameters parameters(MeasureFilter filter, boolean late) {
        Map<String, String> p = new HashMap<>();
        p.put("from", filter.period().from().toString());
        p.put("to", filter.period().to().toString());
        if (filter.agency() != null) p.put("agency", String.valueOf(filter.agency().value()));
        if (late) p.put("late", "true");
        return QueryParameters.simple(p);
    }

    /** The dashboard's period and agency from the address ({@link #parameters}); the last year when unreadable. */
    static MeasureFilter filter(Map<String, List<String>> q, java.time.Clock clock) {
        LocalDate today = London.today(clock);
        try {
            LocalDate from = q.containsKey("from") ? LocalDate.parse(q.get("from").getFirst())
                    : Period.yearTo(today).from();
            LocalDate to = q.containsKey("to") ? LocalDate.parse(q.get("to").getFirst()) : today;
            AgencyId agency = q.containsKey("agency") ? new AgencyId(Long.parseLong(q.get("agency").getFirst())) : null;
            return new MeasureFilter(new Period(from, to), agency);
        } catch (DateTimeParseException | NumberFormatException | ValidationException e) {
            return new MeasureFilter(Period.yearTo(today), null);
        }
    }

    /** "Received 7 Dec 2025 to 6 Dec 2026, all agencies." */
    static String scope(MeasureFilter filter, Map<AgencyId, String> agencyNames) {
        return "Received " + Formats.date(filter.period().from()) + " to " + Formats.date(filter.period().to())
                + (filter.agency() == null ? ", all agencies." : ", " + agencyNames.getOrDefault(filter.agency(),
                "an agency") + ".");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        filter = filter(q, clock);
        lateOnly.setValue(q.containsKey("late"));
        scope.setText(scope(filter, agencyNames));
        grid.setItems(query -> board.decisionsBehind(current.get(), filter, lateOnly.getValue(),
                        new PageRequest(query.getOffset(), query.getLimit())).stream(),
                query -> (int) board.countDecisionsBehind(current.get(), filter, lateOnly.getValue()));
    }
}
