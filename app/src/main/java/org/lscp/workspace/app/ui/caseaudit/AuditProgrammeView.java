package org.lscp.workspace.app.ui.caseaudit;

import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.app.ui.Facts;
import org.lscp.workspace.app.ui.FieldErrors;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.caseaudit.model.Grade;
import org.lscp.workspace.domain.caseaudit.model.ProgrammeView;
import org.lscp.workspace.domain.caseaudit.port.in.CaseAuditUseCase;
import org.lscp.workspace.domain.caseaudit.model.AuditPermissions;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * One case audit: its cases with their grades and what should improve. Those who audit it (and the admin) see each
 * child and open the case; the board chair and managers see "Case 3", its grade and findings — never the child.
 */
@Route(value = "audits/audit", layout = MainLayout.class)
@PermitAll
public class AuditProgrammeView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final CaseAuditUseCase audits;
    private final ManageAgenciesUseCase agencies;
    private final CurrentActor current;
    private long id;
    ProgrammeView view;
    final Grid<ProgrammeView.CaseLine> cases = new Grid<>(ProgrammeView.CaseLine.class, false);
    final IntegerField size = new IntegerField("Cases to draw");
    final TextField seed = new TextField("Seed (to draw a recorded sample again)");
    final Button draw = new Button("Draw a random sample");
    final TextField childId = new TextField("Child's id in the case system");
    final Button addChild = new Button("Add the child's case");

    public AuditProgrammeView(CaseAuditUseCase audits, ManageAgenciesUseCase agencies, CurrentActor current) {
        this.agencies = agencies;
        this.audits = audits;
        this.current = current;
        addClassName("view");
        cases.addColumn(c -> "Case " + c.number() + (c.reaudit() ? " (re-audit)" : "")).setHeader("Case")
                .setAutoWidth(true).setFlexGrow(0);
        cases.addColumn(c -> c.childName() == null ? "\u2014" : c.childName() + " (" + c.reference() + ")")
                .setHeader("Child").setFlexGrow(2);
        cases.addColumn(c -> c.sectionsIn() + " of " + c.agencies() + " agencies").setHeader("Sections in")
                .setAutoWidth(true).setFlexGrow(0);
        cases.addComponentColumn(c -> c.grade() == null ? Badges.of("Not graded", "contrast")
                : Badges.of(c.grade().label() + (c.moderated() ? " (moderated)" : ""), c.grade() == Grade.INADEQUATE
                ? "error" : c.grade().goodOrBetter() ? "success" : "contrast")).setHeader("Grade").setFlexGrow(1);
        cases.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        cases.setAllRowsVisible(true);
        cases.addItemClickListener(e -> {
            if (view != null && view.seesChildren()) {
                getUI().ifPresent(ui -> ui.navigate(AuditCaseView.class, e.getItem().id()));
            }
        });
        size.setValue(6);
        size.setMin(1);
        size.setMax(30);
        draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        draw.addClickListener(e -> {
            try {
                Long seeded = seed.isEmpty() ? null : Long.parseLong(seed.getValue().strip());
                var drawn = audits.drawSample(current.get(), id, size.getValue() == null ? 0 : size.getValue(),
                        seeded);
                Notification.show(drawn.size() + (drawn.size() == 1 ? " case" : " cases") + " drawn"
                        + (drawn.isEmpty() ? "." : " with seed " + drawn.getFirst().seed() + "."));
                refresh();
            } catch (NumberFormatException ex) {
                seed.setInvalid(true);
                seed.setErrorMessage("A seed is a whole number, as the audit recorded it.");
            } catch (ValidationException ex) {
                FieldErrors.show(ex, java.util.Map.of("size", size));
            }
        });
        addChild.addClickListener(e -> {
            try {
                audits.addByChild(current.get(), id, childId.getValue());
                childId.clear();
                refresh();
            } catch (ValidationException ex) {
                FieldErrors.show(ex, java.util.Map.of("childCaseId", childId));
            }
        });
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        id = parameter;
        refresh();
    }

    @Override
    public String getPageTitle() {
        return (view == null ? "Case audit" : view.programme().title()) + " · Safeguarding Partnership Workspace";
    }

    void refresh() {
        view = audits.programme(current.get(), id);
        var p = view.programme();
        removeAll();
        add(new RouterLink("Back to case audits", AuditsView.class), new H1(p.title()));
        add(Facts.fact("Theme", p.theme().label()), Facts.fact("Sample", "Decided contacts received "
                + Formats.date(p.sampleFrom()) + " to " + Formats.date(p.sampleTo())
                + (p.sample().rag() == null ? "" : ", rated " + p.sample().rag().label())
                + (p.sample().source() == null ? "" : ", from " + agencies.all(current.get()).stream()
                .filter(a -> a.requireId().equals(p.sample().source())).map(Agency::name).findFirst()
                .orElse("an agency no longer in the partnership"))),
                Facts.fact("The group meets", Formats.date(p.meetsOn())));
        add(new Paragraph(view.cases().isEmpty() ? "No cases yet." : view.graded() + " of " + view.cases().size()
                + " cases graded; " + view.goodOrBetter() + " good or better."));
        if (AuditPermissions.runsAudits(current.get())) {
            HorizontalLayout sample = new HorizontalLayout(size, seed, draw);
            sample.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            sample.setWrap(true);
            HorizontalLayout byChild = new HorizontalLayout(childId, addChild);
            byChild.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            byChild.setWrap(true);
            add(sample, byChild);
        }
        add(new H2("Cases"));
        cases.setItems(view.cases());
        cases.setEmptyStateText(AuditPermissions.runsAudits(current.get()) ? "No cases yet: draw a random sample "
                + "from the audit's period, or add a child by their id." : "No cases yet.");
        if (view.seesChildren()) {
            Div links = new Div();
            view.cases().forEach(c -> links.add(new RouterLink("Open case " + c.number(), AuditCaseView.class,
                    c.id())));
            links.addClassName("case-links");
            add(cases, links);
        } else {
            add(cases);
        }
        UnorderedList findings = new UnorderedList();
        view.cases().forEach(c -> c.toImprove().forEach(t -> findings.add(new ListItem("Case " + c.number() + ": "
                + t))));
        add(new H2("What should improve"), findings.getChildren().findAny().isPresent() ? findings
                : new Paragraph("No findings yet: they come from the agencies' sections."));
    }
}
