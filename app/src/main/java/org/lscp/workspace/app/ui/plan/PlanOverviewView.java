package org.lscp.workspace.app.ui.plan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.LiveRefresh;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.live.port.in.LiveChanges;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.MemberRef;
import org.lscp.workspace.domain.plan.model.PlanFilter;
import org.lscp.workspace.domain.plan.model.PlanSource;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.model.RecommendationSummary;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.plan.port.in.ManageInspectionsUseCase;
import org.lscp.workspace.domain.plan.port.in.ManageRecommendationsUseCase;
import org.lscp.workspace.domain.plan.port.in.ViewPlanQuery;
import org.lscp.workspace.domain.shared.Actor;

/** The improvement plan: recommendations grouped by the inspection they came from, with RAG and progress. */
@Route(value = "plan", layout = MainLayout.class)
@PageTitle("Improvement plan · Safeguarding Partnership Workspace")
@PermitAll
class PlanOverviewView extends VerticalLayout {
    private final ViewPlanQuery plan;
    private final ManageInspectionsUseCase inspections;
    private final ManageRecommendationsUseCase recommendations;
    private final CurrentActor current;
    private final List<Agency> agencyList;
    private final List<MemberRef> leads;
    final ComboBox<Theme> theme = new ComboBox<>("Theme");
    final ComboBox<Agency> agency = new ComboBox<>("Shared with");
    final ComboBox<RecommendationStatus> status = new ComboBox<>("Status");
    final ComboBox<MemberRef> lead = new ComboBox<>("Lead officer");
    final VerticalLayout sources = new VerticalLayout();
    final Button addInspection = new Button("Add inspection or review", VaadinIcon.PLUS.create());

    public PlanOverviewView(ViewPlanQuery plan, ManageInspectionsUseCase inspections,
                            ManageRecommendationsUseCase recommendations, ManageAgenciesUseCase agencies,
                            LiveChanges live, CurrentActor current) {
        LiveRefresh.keep(this, live, current, change -> change.about("plan/"), this::refresh);
        this.plan = plan;
        this.inspections = inspections;
        this.recommendations = recommendations;
        this.current = current;
        Actor actor = current.get();
        this.agencyList = agencies.all(actor);
        this.leads = plan.leadOfficers(actor);
        addClassName("view");

        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(Theme::label);
        agency.setItems(agencyList);
        agency.setItemLabelGenerator(Agency::name);
        status.setItems(RecommendationStatus.values());
        status.setItemLabelGenerator(RecommendationStatus::label);
        lead.setItems(leads);
        lead.setItemLabelGenerator(MemberRef::name);
        for (ComboBox<?> filter : List.of(theme, agency, status, lead)) {
            filter.setClearButtonVisible(true);
            filter.setPlaceholder("Any");
            filter.addValueChangeListener(e -> refresh());
        }
        addInspection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addInspection.setVisible(org.lscp.workspace.domain.plan.model.PlanPermissions.managesThePlan(actor));
        addInspection.addClickListener(e -> {
            InspectionDialog dialog = new InspectionDialog(null, command -> inspections.create(current.get(), command));
            dialog.onSaved(saved -> refresh());
            dialog.open();
        });
        HorizontalLayout toolbar = new HorizontalLayout(theme, agency, status, lead, addInspection);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        sources.setPadding(false);
        add(new H1("Improvement plan"), toolbar, sources);
        refresh();
    }

    PlanFilter filter() {
        return new PlanFilter(theme.getValue(), agency.getValue() == null ? null : agency.getValue().requireId(),
                status.getValue(), lead.getValue() == null ? null : lead.getValue().id());
    }

    void refresh() {
        Actor actor = current.get();
        List<PlanSource> found = plan.overview(actor, filter());
        sources.removeAll();
        if (found.isEmpty()) {
            boolean filtered = !filter().equals(PlanFilter.NONE);
            sources.add(new Paragraph(filtered ? "No recommendations match these filters. Clear a filter to see more."
                    : org.lscp.workspace.domain.plan.model.PlanPermissions.managesThePlan(actor)
                    ? "No inspections or reviews yet. Add the inspection the recommendations came from, then its "
                    + "recommendations, or import the plan from a spreadsheet."
                    : "Your partnership has not recorded its improvement plan yet."));
        }
        for (PlanSource source : found) {
            sources.add(section(actor, source));
        }
    }

    private Component section(Actor actor, PlanSource source) {
        Inspection inspection = source.inspection();
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("plan-source");
        H2 title = new H2(inspection.title());
        String judged = inspection.judgements().isEmpty() ? "not graded"
                : inspection.judgements().getFirst().area() + ": " + inspection.judgements().getFirst().judgement().label();
        Paragraph about = new Paragraph(inspection.inspectorate() + " · " + inspection.type().label() + " · "
                + Formats.date(inspection.startDate()) + " · " + judged);
        about.addClassName("muted");
        HorizontalLayout heading = new HorizontalLayout(new Div(title, about));
        heading.setWidthFull();
        if (org.lscp.workspace.domain.plan.model.PlanPermissions.managesThePlan(actor)) {
            Button edit = new Button("Edit", e -> {
                InspectionDialog dialog = new InspectionDialog(inspection, command ->
                        inspections.update(current.get(), inspection.requireId(), inspection.version(), command));
                dialog.onSaved(saved -> refresh());
                dialog.open();
            });
            edit.setAriaLabel("Edit " + inspection.title());
            Button add = new Button("Add recommendation", VaadinIcon.PLUS.create(), e -> {
                int next = source.recommendations().stream().mapToInt(r -> r.recommendation().number()).max().orElse(0) + 1;
                RecommendationDialog dialog = new RecommendationDialog(inspection, null, next, leads, agencyList,
                        recommendations.catalogue(current.get()), command -> recommendations.create(current.get(), command));
                dialog.onSaved(saved -> refresh());
                dialog.open();
            });
            add.setAriaLabel("Add recommendation to " + inspection.title());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            heading.add(edit, add);
            heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            heading.expand(heading.getComponentAt(0));
        }
        section.add(heading);
        if (source.recommendations().isEmpty()) {
            section.add(new Paragraph("No recommendations recorded for this inspection yet."));
            return section;
        }
        Grid<RecommendationSummary> grid = new Grid<>(RecommendationSummary.class, false);
        grid.addColumn(s -> s.recommendation().number()).setHeader("No.").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> new RouterLink(Text.shorten(s.recommendation().text(), 140), RecommendationView.class,
                String.valueOf(s.recommendation().requireId().value()))).setHeader("Recommendation").setFlexGrow(4);
        grid.addColumn(s -> s.recommendation().theme().label()).setHeader("Theme").setFlexGrow(1);
        grid.addColumn(RecommendationSummary::leadOfficerName).setHeader("Lead officer").setFlexGrow(1);
        grid.addComponentColumn(s -> Badges.status(s.recommendation().status())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(s -> Badges.rag(s.rag())).setHeader("RAG").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(PlanOverviewView::progress).setHeader("Actions complete").setFlexGrow(1);
        grid.addColumn(s -> s.actions().overdue() == 0 ? "None" : String.valueOf(s.actions().overdue()))
                .setHeader("Overdue").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(source.recommendations());
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Recommendations of " + inspection.title());
        section.add(grid);
        return section;
    }

    private static Component progress(RecommendationSummary s) {
        ProgressBar bar = new ProgressBar(0, 100, s.actions().percentComplete());
        String text = s.actions().total() == 0 ? "No actions yet"
                : s.actions().complete() + " of " + s.actions().total() + " (" + s.actions().percentComplete() + "%)";
        bar.getElement().setAttribute("aria-label", text);
        Span label = new Span(text);
        label.addClassName("muted");
        Div box = new Div(bar, label);
        box.setWidthFull();
        return box;
    }
}
