package org.lscp.workspace.app.ui.caseaudit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.app.ui.DateInputs;
import org.lscp.workspace.app.ui.ErrorSummary;
import org.lscp.workspace.app.ui.Facts;
import org.lscp.workspace.app.ui.FieldErrors;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.caseaudit.model.AgencySection;
import org.lscp.workspace.domain.caseaudit.model.AuditCase;
import org.lscp.workspace.domain.caseaudit.model.AuditDomain;
import org.lscp.workspace.domain.caseaudit.model.CaseCommands;
import org.lscp.workspace.domain.caseaudit.model.CaseView;
import org.lscp.workspace.domain.caseaudit.model.Grade;
import org.lscp.workspace.domain.caseaudit.port.in.CaseAuditUseCase;
import org.lscp.workspace.domain.plan.model.MemberRef;
import org.lscp.workspace.domain.plan.model.PlanFilter;
import org.lscp.workspace.domain.plan.port.in.ViewPlanQuery;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.caseaudit.model.AuditPermissions;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * A case under audit, for its auditors, moderator and the admin (each opening is in the access log): each agency's
 * section — the auditor from an agency that knew the child writes theirs; then the group's grades, once every
 * section is in; the moderator's word; and, once graded, a finding made an action, or an inadequate case re-audited.
 */
@Route(value = "audits/cases", layout = MainLayout.class)
@PermitAll
public class AuditCaseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final CaseAuditUseCase audits;
    private final ViewPlanQuery plan;
    private final CurrentActor current;
    private long id;
    CaseView view;
    final TextArea knew = new TextArea("What your agency knew of the child");
    final TextArea did = new TextArea("What your agency did");
    final TextArea goodPractice = new TextArea("Good practice");
    final TextArea toImprove = new TextArea("What should improve");
    final Button saveSection = new Button("Save your agency's section");
    final Map<AuditDomain, ComboBox<Grade>> domainGrades = new EnumMap<>(AuditDomain.class);
    final ComboBox<Grade> overall = grade("Overall");
    final TextArea rationale = new TextArea("Rationale");
    final Button saveGrades = new Button("Save the group's grades");
    final ErrorSummary gradeSummary = new ErrorSummary();
    final ComboBox<Grade> moderated = grade("The overall grade that stands");
    final TextArea reason = new TextArea("Reason (needed to change the grade)");
    final Button moderate = new Button("Record moderation");
    final ComboBox<RecommendationId> recommendation = new ComboBox<>("Recommendation");
    final TextArea action = new TextArea("Action");
    final ComboBox<MemberRef> lead = new ComboBox<>("Lead officer");
    final DatePicker due = DateInputs.british(new DatePicker("Due"), "Enter the date as dd/mm/yyyy.");
    final Button raise = new Button("Make it an action");

    public AuditCaseView(CaseAuditUseCase audits, ViewPlanQuery plan, CurrentActor current) {
        this.audits = audits;
        this.plan = plan;
        this.current = current;
        addClassName("view");
        for (AuditDomain d : AuditDomain.values()) domainGrades.put(d, grade(d.label()));
        saveSection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveSection.addClickListener(e -> {
            try {
                view = audits.writeSection(current.get(), id, new CaseCommands.Section(knew.getValue(),
                        did.getValue(), goodPractice.getValue(), toImprove.getValue()));
                Notification.show("Your agency's section is saved.");
                refresh();
            } catch (ValidationException ex) {
                FieldErrors.show(ex, Map.of("knew", knew, "did", did, "goodPractice", goodPractice, "toImprove",
                        toImprove));
            }
        });
        saveGrades.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveGrades.addClickListener(e -> {
            Map<AuditDomain, Grade> grades = new EnumMap<>(AuditDomain.class);
            domainGrades.forEach((d, box) -> {
                if (box.getValue() != null) grades.put(d, box.getValue());
            });
            try {
                audits.grade(current.get(), id, view.auditCase().version(), new CaseCommands.Grades(grades,
                        overall.getValue(), rationale.getValue()));
                Notification.show("The group's grades are saved.");
                refresh();
            } catch (ValidationException ex) {
                gradeSummary.show(ex, gradeFields());
            } catch (ConcurrentChangeException ex) {
                Notification.show(ex.getMessage());
            }
        });
        moderate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        moderate.addClickListener(e -> {
            try {
                audits.moderate(current.get(), id, view.auditCase().version(), moderated.getValue(),
                        reason.getValue());
                Notification.show("Moderation recorded.");
                refresh();
            } catch (ValidationException ex) {
                FieldErrors.show(ex, Map.of("overall", moderated, "reason", reason));
            }
        });
        raise.addClickListener(e -> {
            try {
                var made = audits.raiseAction(current.get(), id, recommendation.getValue(), action.getValue(),
                        lead.getValue() == null ? null : lead.getValue().id(), due.getValue());
                Notification.show("Action added to the improvement plan: " + made.description());
                refresh();
            } catch (ValidationException ex) {
                FieldErrors.show(ex, Map.of("recommendation", recommendation, "description", action,
                        "leadOfficer", lead, "dueDate", due));
            }
        });
    }

    private static ComboBox<Grade> grade(String label) {
        ComboBox<Grade> box = new ComboBox<>(label);
        box.setItems(Grade.values());
        box.setItemLabelGenerator(Grade::label);
        return box;
    }

    private Map<String, com.vaadin.flow.component.HasValidation> gradeFields() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = new LinkedHashMap<>();
        domainGrades.forEach((d, box) -> fields.put(d.name(), box));
        fields.put("overall", overall);
        fields.put("rationale", rationale);
        return fields;
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        id = parameter;
        view = audits.openCase(current.get(), id);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return (view == null ? "Audited case" : "Case " + view.auditCase().number() + ", "
                + view.programme().title()) + " · Safeguarding Partnership Workspace";
    }

    void refresh() {
        Actor actor = current.get();
        view = audits.openCase(actor, id);
        AuditCase c = view.auditCase();
        removeAll();
        add(new RouterLink("Back to " + view.programme().title(), AuditProgrammeView.class, c.programmeId()));
        add(new H1("Case " + c.number() + ": " + c.childName()));
        add(Facts.fact("Contact", c.reference()), Facts.fact("How it was chosen", c.reauditOf() != null
                ? "Re-audit of an inadequate case" : c.seed() != null ? "Drawn at random (seed " + c.seed() + ")"
                : "Added by the child's id"));
        add(new H2("Each agency's section"));
        for (var agency : c.agencies()) {
            AgencySection s = view.sections().stream().filter(x -> x.agency().equals(agency)).findFirst()
                    .orElse(null);
            Div part = new Div(new H3(view.agencyNames().getOrDefault(agency, "Agency")));
            part.addClassName("audit-section");
            if (s == null) {
                part.add(Badges.of("Not yet written", "contrast"));
            } else {
                part.add(new Paragraph("Knew: " + s.knew()), new Paragraph("Did: " + s.did()));
                if (!s.goodPractice().isBlank()) part.add(new Paragraph("Good practice: " + s.goodPractice()));
                if (!s.toImprove().isBlank()) part.add(new Paragraph("To improve: " + s.toImprove()));
                part.add(new Paragraph("Written by " + s.byName() + "."));
            }
            add(part);
        }
        boolean writes = view.programme().auditors().contains(actor.memberId())
                && c.agencies().contains(actor.agencyId()) && c.grading() == null;
        if (writes) {
            view.sections().stream().filter(s -> s.agency().equals(actor.agencyId())).findFirst().ifPresent(s -> {
                knew.setValue(s.knew());
                did.setValue(s.did());
                goodPractice.setValue(s.goodPractice());
                toImprove.setValue(s.toImprove());
            });
            FormLayout form = new FormLayout(knew, did, goodPractice, toImprove);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
            add(new H3("Your agency's section (" + actor.agencyName() + ")"), form, saveSection);
        }
        add(new H2("The group's grades"));
        if (c.grading() == null) {
            if (view.programme().auditedBy(actor.memberId())) {
                if (!view.sectionsIn()) {
                    add(new Paragraph("The group grades once every agency that knew the child has written its "
                            + "section."));
                }
                FormLayout form = new FormLayout();
                domainGrades.values().forEach(form::add);
                form.add(overall, rationale);
                form.setColspan(rationale, 2);
                form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                        new FormLayout.ResponsiveStep("30rem", 2));
                add(gradeSummary, form, saveGrades);
            } else {
                add(new Paragraph("Not graded yet."));
            }
        } else {
            Div grades = new Div();
            c.grading().domains().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(g ->
                    grades.add(new Paragraph(g.getKey().label() + ": " + g.getValue().label())));
            add(grades, new Paragraph("Overall: " + c.grading().overall().label() + ". " + c.grading().rationale()
                    + " (" + c.grading().byName() + ")"));
            add(new H2("Moderation"));
            if (c.moderation() != null) {
                add(new Paragraph((c.moderation().changed() ? "Changed to " : "Confirmed: ")
                        + c.moderation().overall().label() + " by " + c.moderation().byName()
                        + (c.moderation().reason().isBlank() ? "." : ": " + c.moderation().reason())));
            } else if (view.programme().moderator().equals(actor.memberId())) {
                moderated.setValue(c.grading().overall());
                add(new FormLayout(moderated, reason), moderate);
            } else {
                add(new Paragraph("Waiting for the moderator."));
            }
            findings(actor, c);
        }
    }

    /** Once graded: a finding made an action on one of the audit's recommendations, or an inadequate case re-audited. */
    private void findings(Actor actor, AuditCase c) {
        if (!AuditPermissions.makesActions(actor)) return;
        add(new H2("Findings into actions"));
        if (!c.actions().isEmpty()) add(new Paragraph(c.actions().size() + (c.actions().size() == 1
                ? " action" : " actions") + " made from this case on the improvement plan."));
        Map<RecommendationId, String> recs = new LinkedHashMap<>();
        plan.overview(actor, PlanFilter.NONE).forEach(s -> s.recommendations().forEach(r -> {
            if (view.programme().recommendations().contains(r.recommendation().requireId())) {
                recs.put(r.recommendation().requireId(), s.inspection().cite(r.recommendation().number()));
            }
        }));
        recommendation.setItems(recs.keySet());
        recommendation.setItemLabelGenerator(r -> recs.getOrDefault(r, ""));
        if (recs.size() == 1) recommendation.setValue(recs.keySet().iterator().next());
        List<MemberRef> leads = plan.leadOfficers(actor);
        lead.setItems(leads);
        lead.setItemLabelGenerator(MemberRef::name);
        if (action.isEmpty()) {
            action.setValue(String.join(" ", view.sections().stream().map(AgencySection::toImprove)
                    .filter(t -> !t.isBlank()).toList()));
        }
        FormLayout form = new FormLayout(recommendation, action, lead, due);
        form.setColspan(action, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form, raise);
        if (c.finalGrade() == Grade.INADEQUATE && AuditPermissions.runsAudits(actor)) {
            Button reaudit = new Button("Re-audit this case in this audit", e -> {
                try {
                    audits.reaudit(actor, id, c.programmeId());
                    Notification.show("Added again to the audit for re-audit.");
                } catch (ValidationException ex) {
                    Notification.show(ex.fieldErrors().values().iterator().next());
                }
            });
            add(new Paragraph("Graded inadequate: offered for re-audit."), reaudit);
        }
    }
}
