package org.lscp.workspace.app.ui.escalation;

import org.lscp.workspace.domain.live.port.in.LiveChanges;
import org.lscp.workspace.app.ui.LiveRefresh;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.Lists;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.escalation.model.EscalationFilter;
import org.lscp.workspace.domain.escalation.model.EscalationFilter.Scope;
import org.lscp.workspace.domain.escalation.model.EscalationRules;
import org.lscp.workspace.domain.escalation.model.RecommendationCluster;
import org.lscp.workspace.domain.escalation.port.in.EscalationQuery;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.PageRequest;

/**
 * My agency's escalations — raised by us, raised with us, overdue — or, for the board chair and administrator, all
 * of the partnership's (without child data), with where disagreements cluster by recommendation.
 */
@Route(value = "escalations", layout = MainLayout.class)
@PageTitle("Escalations · Safeguarding Partnership Workspace")
@RolesAllowed({"PRACTITIONER", "MASH_PRACTITIONER", "MASH_MANAGER", "LINE_MANAGER", "SENIOR_MANAGER", "BOARD_CHAIR",
        "PARTNERSHIP_ADMIN"})
class EscalationsView extends VerticalLayout {
    private final EscalationQuery query;
    private final CurrentActor current;
    private final Clock clock;
    /** A radio group, not tabs: vaadin-tabs fails axe's aria-required-children rule. */
    final RadioButtonGroup<String> show = new RadioButtonGroup<>("Show");
    final Grid<Escalation> grid = new Grid<>();
    final Map<String, EscalationFilter> filters = new LinkedHashMap<>();
    final Button raise = new Button("Raise about a case");
    private EscalationFilter filter;

    public EscalationsView(EscalationQuery query, ManageAgenciesUseCase agencies, LiveChanges live,
                           CurrentActor current, Clock clock) {
        this.query = query;
        LiveRefresh.keep(this, live, current, change -> change.about("escalation/"),
                () -> grid.getDataProvider().refreshAll());
        this.current = current;
        this.clock = clock;
        addClassName("view");
        setSizeFull();
        Actor actor = current.get();
        Map<AgencyId, Agency> named = agencies.all(actor)
                .stream().collect(Collectors.toMap(Agency::requireId, a -> a));
        add(new H1("Escalations"));
        add(new Paragraph("When you disagree with another agency's decision about a child, escalate it here. Each "
                + "stage has a deadline in working days; if the other agency does not agree by then, take it to the "
                + "next stage. A child at immediate risk goes straight to senior managers."));
        if (EscalationRules.seesAll(actor)) {
            filters.put("All", EscalationFilter.of(Scope.ALL));
            filters.put("Open", new EscalationFilter(Scope.ALL, true, false));
            filters.put("Overdue", new EscalationFilter(Scope.ALL, true, true));
        } else {
            // what the agency must answer comes first: that is why most open this page
            filters.put("Waiting for us", new EscalationFilter(Scope.RAISED_WITH_US, true, false));
            filters.put("Raised by us", EscalationFilter.of(Scope.RAISED_BY_US));
            filters.put("Raised with us", EscalationFilter.of(Scope.RAISED_WITH_US));
            filters.put("Overdue", new EscalationFilter(Scope.INVOLVING_US, true, true));
        }
        show.setItems(filters.keySet());
        show.setValue(filters.keySet().iterator().next());
        filter = filters.values().iterator().next();
        show.addValueChangeListener(e -> {
            if (e.getValue() == null) return;
            filter = filters.get(e.getValue());
            grid.getDataProvider().refreshAll();
        });
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        raise.addClickListener(e -> raise.getUI().ifPresent(ui -> ui.navigate(RaiseEscalationView.class)));
        raise.setVisible(EscalationRules.mayRaise(actor));
        add(Lists.filters(show, raise));

        grid.addComponentColumn(e -> new RouterLink(e.reference(), EscalationPage.class, e.requireId()))
                .setHeader("Reference").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EscalationsView::about).setHeader("About").setFlexGrow(1).setTooltipGenerator(EscalationsView::about);
        grid.addComponentColumn(e -> agency(named, e.raisingAgency())).setHeader("Raised by").setFlexGrow(1);
        grid.addComponentColumn(e -> agency(named, e.respondingAgency())).setHeader("With").setFlexGrow(1);
        grid.addColumn(e -> e.stage().title()).setHeader("Stage").setFlexGrow(1).setTooltipGenerator(e -> e.stage().title());
        grid.addColumn(e -> e.open() ? Formats.dateTime(e.stageDeadline()) : "").setHeader("Stage due")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> EscalationBadges.of(e, clock.instant())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText("No escalations here. Raise one from a decision on a contact page, or about a case.");
        Lists.dense(grid);
        grid.setAriaLabel("Escalations by stage deadline");
        grid.setItems(q -> query.list(current.get(), filter, new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> (int) query.count(current.get(), filter));
        grid.setMinHeight("16rem");
        add(grid);
        clusters(actor);
    }

    private static com.vaadin.flow.component.Component agency(Map<AgencyId, Agency> named, AgencyId id) {
        Agency a = named.get(id);
        return a == null ? new com.vaadin.flow.component.html.Span() : Lists.agency(a.label(), a.name());
    }

    /** Lists never name the child (opening the escalation does, and is logged). */
    static String about(Escalation e) {
        return e.contactReference() == null ? "A case" : "Decision on " + e.contactReference();
    }

    private void clusters(Actor actor) {
        List<RecommendationCluster> clusters;
        try {
            clusters = query.byRecommendation(actor);
        } catch (NotAuthorisedException notForThisRole) {
            return;
        }
        add(new H2("Where disagreements cluster"));
        Grid<RecommendationCluster> byRecommendation = new Grid<>();
        byRecommendation.addColumn(RecommendationCluster::title).setHeader("Recommendation").setFlexGrow(3);
        byRecommendation.addColumn(RecommendationCluster::open).setHeader("Open").setAutoWidth(true).setFlexGrow(0);
        byRecommendation.addColumn(RecommendationCluster::resolved).setHeader("Closed").setAutoWidth(true)
                .setFlexGrow(0);
        byRecommendation.addColumn(RecommendationCluster::decisionsChanged).setHeader("Decisions changed")
                .setAutoWidth(true).setFlexGrow(0);
        byRecommendation.setItems(clusters);
        byRecommendation.setAllRowsVisible(true);
        byRecommendation.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        byRecommendation.setAriaLabel("Escalations by recommendation");
        byRecommendation.setEmptyStateText("No escalation has been recorded against a recommendation yet.");
        add(byRecommendation);
    }
}
