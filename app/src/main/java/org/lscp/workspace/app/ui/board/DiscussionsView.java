package org.lscp.workspace.app.ui.board;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.board.model.DiscussionRecord;
import org.lscp.workspace.domain.board.model.MeasureFilter;
import org.lscp.workspace.domain.board.model.SourceGroup;
import org.lscp.workspace.domain.board.port.in.BoardQuery;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.PageRequest;

/**
 * The contacts behind the measures after the front door, for the dashboard's period and agency: each decision that
 * called for a strategy discussion, whether one was held in time and who took part, the section 47 enquiry and the
 * conference. Pseudonymised: the contact's reference, never the child's name or id.
 */
@Route(value = "board/discussions", layout = MainLayout.class)
@PageTitle("Strategy discussions and conferences · Safeguarding Partnership Workspace")
@RolesAllowed({"BOARD_CHAIR", "MASH_MANAGER", "LINE_MANAGER", "SENIOR_MANAGER", "PARTNERSHIP_ADMIN", "LEAD_OFFICER"})
class DiscussionsView extends VerticalLayout implements BeforeEnterObserver {
    private final BoardQuery board;
    private final CurrentActor current;
    private final java.time.Clock clock;
    private final Map<AgencyId, String> agencyNames;
    final Grid<DiscussionRecord> grid = new Grid<>();
    final Paragraph scope = new Paragraph();

    DiscussionsView(BoardQuery board, ManageAgenciesUseCase agencies, CurrentActor current, java.time.Clock clock) {
        this.board = board;
        this.current = current;
        this.clock = clock;
        this.agencyNames = agencies.names(current.get());
        addClassName("view");
        setSizeFull();
        grid.addColumn(DiscussionRecord::reference).setHeader("Contact").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> SourceGroup.of(r.sourceAgency(), r.source()).label(agencyNames)).setHeader("Source")
                .setFlexGrow(2);
        grid.addColumn(r -> Formats.date(java.time.LocalDate.ofInstant(r.decidedAt(),
                org.lscp.workspace.domain.shared.London.ZONE))).setHeader("Decided").setAutoWidth(true);
        grid.addComponentColumn(r -> r.heldAt() == null
                        ? Badges.of(r.discussionLate() ? "None held: late" : "Not held yet", r.discussionLate()
                        ? "error" : "contrast")
                        : Badges.of(Formats.date(java.time.LocalDate.ofInstant(r.heldAt(),
                                org.lscp.workspace.domain.shared.London.ZONE)) + (r.discussionLate() ? ", late" : ""),
                        r.discussionLate() ? "error" : "success"))
                .setHeader("Strategy discussion").setAutoWidth(true);
        grid.addColumn(r -> r.heldAt() == null ? "" : (r.police() ? "Police" : "No police") + ", "
                + (r.health() ? "health" : "no health")).setHeader("Took part").setAutoWidth(true);
        grid.addColumn(r -> r.enquiry() == null ? "" : switch (r.enquiry()) {
            case JOINT_WITH_POLICE -> "Joint with the police";
            case SINGLE_AGENCY -> "Social care alone";
            case NONE -> "None";
        }).setHeader("Section 47").setAutoWidth(true);
        grid.addComponentColumn(r -> Boolean.TRUE.equals(r.conferenceUnnecessary()) ? Badges.of("Not needed", "contrast")
                        : r.conferenceDate() != null ? Badges.of(Formats.date(r.conferenceDate())
                        + (r.conferenceLate() ? ", late" : ""), r.conferenceLate() ? "error" : "success")
                        : r.conferenceLate() ? Badges.of("None set: late", "error") : new com.vaadin.flow.component
                        .html.Span(""))
                .setHeader("Conference").setAutoWidth(true);
        grid.addColumn(r -> r.resultedInPlan() == null ? "" : r.resultedInPlan() ? "Yes" : "No").setHeader("Plan")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Contacts behind the measures after the front door");
        grid.setEmptyStateText("No decision in this period called for a strategy discussion.");
        grid.setSizeFull();
        add(new RouterLink("Back to board assurance", DashboardView.class),
                new H1("Strategy discussions and conferences: the records"), scope,
                new Paragraph("Contacts are shown by reference only; no child's name or id appears here."), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MeasureFilter filter = DecisionsView.filter(event.getLocation().getQueryParameters().getParameters(), clock);
        scope.setText(DecisionsView.scope(filter, agencyNames));
        grid.setItems(query -> board.discussionsBehind(current.get(), filter,
                        new PageRequest(query.getOffset(), query.getLimit())).stream(),
                query -> (int) board.countDiscussionsBehind(current.get(), filter));
    }
}
