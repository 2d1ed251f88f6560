package org.lscp.workspace.app.ui.settings;

import org.lscp.workspace.domain.frontdoor.model.ProtectionTimescales;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.FieldErrors;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.escalation.model.EscalationTimescales;
import org.lscp.workspace.domain.frontdoor.model.DecisionTimescales;
import org.lscp.workspace.domain.frontdoor.model.DecisionTimescales.RedOutOfHours;
import org.lscp.workspace.domain.settings.model.PartnershipSettings;
import org.lscp.workspace.domain.settings.port.in.ManageSettingsUseCase;
import org.lscp.workspace.domain.shared.ValidationException;

/** PARTNERSHIP_ADMIN: the decision timescales by RAG and the escalation stages' working days. */
@Route(value = "admin/settings", layout = MainLayout.class)
@PageTitle("Timescales · Safeguarding Partnership Workspace")
@RolesAllowed("PARTNERSHIP_ADMIN")
class SettingsView extends VerticalLayout {
    private final ManageSettingsUseCase settings;
    private final CurrentActor current;
    final IntegerField red = field("Red: hours to decide", DecisionTimescales.MAX_RED_HOURS);
    final RadioButtonGroup<RedOutOfHours> redOutOfHours = new RadioButtonGroup<>(
            "A red contact whose hours run past the working day goes to");
    final IntegerField amber = field("Amber: working days to decide", DecisionTimescales.MAX_AMBER_DAYS);
    final IntegerField green = field("Green: working days to decide", DecisionTimescales.MAX_GREEN_DAYS);
    final IntegerField historyYears = field("Contacts held: years back", DecisionTimescales.MAX_HISTORY_YEARS);
    final IntegerField stage1 = field("Stage 1, practitioners: working days", EscalationTimescales.MAX_STAGE_DAYS);
    final IntegerField stage2 = field("Stage 2, line managers: working days", EscalationTimescales.MAX_STAGE_DAYS);
    final IntegerField stage3 = field("Stage 3, senior managers: working days", EscalationTimescales.MAX_STAGE_DAYS);
    final IntegerField stage4 = field("Stage 4, partnership: working days", EscalationTimescales.MAX_PARTNERSHIP_DAYS);
    final IntegerField discussion = field("Working days from the decision",
            ProtectionTimescales.MOST_DISCUSSION_WORKING_DAYS);
    final Button save = new Button("Save timescales");

    public SettingsView(ManageSettingsUseCase settings, CurrentActor current) {
        this.settings = settings;
        this.current = current;
        addClassName("view");
        add(new H1("Timescales"));
        add(new Paragraph("Deadlines count working time, 09:00 to 17:00 on weekdays except bank holidays, but for a "
                + "red contact the emergency duty team takes out of hours (when chosen below). "
                + "A change applies to contacts and escalation stages from now on; deadlines already set stand."));
        redOutOfHours.setItems(RedOutOfHours.values());
        redOutOfHours.setItemLabelGenerator(RedOutOfHours::label);
        redOutOfHours.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        FormLayout decisions = form(red, amber, green);
        decisions.add(redOutOfHours, 2);
        historyYears.setHelperText("A contact received earlier than this is refused as mistyped, on the form and in "
                + "imports. 1 to " + DecisionTimescales.MAX_HISTORY_YEARS + ".");
        decisions.add(historyYears);
        FormLayout stages = form(stage1, stage2, stage3, stage4);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        discussion.setHelperText("A strategy discussion is due this many working days after a decision at strategy "
                + "discussion or immediate protection (local procedures usually say 1). The initial child protection "
                + "conference is due 15 working days after the discussion, by law. 1 to "
                + ProtectionTimescales.MOST_DISCUSSION_WORKING_DAYS + ".");
        FormLayout discussions = form(discussion);
        add(new H2("Threshold decisions"), decisions, new H2("Escalation stages"), stages,
                new H2("Strategy discussions"), discussions, save);
        show(settings.get(current.get()));
    }

    /** From 1 to the domain's longest: the form offers what the timescales accept. */
    private static IntegerField field(String label, int max) {
        IntegerField f = new IntegerField(label);
        f.setMin(1);
        f.setMax(max);
        f.setStepButtonsVisible(true);
        f.setHelperText("1 to " + max);
        return f;
    }

    private static FormLayout form(IntegerField... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setMaxWidth("44rem");
        return form;
    }

    private void show(PartnershipSettings s) {
        red.setValue(s.decisions().redHours());
        redOutOfHours.setValue(s.decisions().redOutOfHours());
        historyYears.setValue(s.decisions().historyYears());
        amber.setValue(s.decisions().amberWorkingDays());
        green.setValue(s.decisions().greenWorkingDays());
        stage1.setValue(s.escalations().stage1Days());
        stage2.setValue(s.escalations().stage2Days());
        stage3.setValue(s.escalations().stage3Days());
        stage4.setValue(s.escalations().stage4Days());
        discussion.setValue(s.protection().discussionWorkingDays());
    }

    void save() {
        Map<String, ? extends HasValidation> fields = Map.of("redHours", red, "redOutOfHours", redOutOfHours,
                "historyYears", historyYears, "amberWorkingDays", amber,
                "greenWorkingDays", green, "stage1Days", stage1, "stage2Days", stage2, "stage3Days", stage3,
                "stage4Days", stage4, "discussionWorkingDays", discussion);
        FieldErrors.clear(fields);
        try {
            DecisionTimescales decisions = null;
            EscalationTimescales escalations = null;
            ProtectionTimescales protection = null;
            ValidationException problems = null;
            try {
                decisions = new DecisionTimescales(value(red), value(amber), value(green),
                        redOutOfHours.getValue(), value(historyYears));
            } catch (ValidationException e) {
                problems = e;
            }
            try {
                escalations = new EscalationTimescales(value(stage1), value(stage2), value(stage3), value(stage4));
            } catch (ValidationException e) {
                problems = problems == null ? e : problems.and(e);
            }
            try {
                protection = new ProtectionTimescales(value(discussion));
            } catch (ValidationException e) {
                problems = problems == null ? e : problems.and(e);
            }
            if (problems != null) throw problems;
            show(settings.save(current.get(), decisions, escalations, protection));
            Notification.show("Timescales saved. New deadlines use them from now on.");
        } catch (ValidationException e) {
            FieldErrors.show(e, fields);
        }
    }

    /** An empty or unreadable number is 0, which the timescales refuse with their own message. */
    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }
}
