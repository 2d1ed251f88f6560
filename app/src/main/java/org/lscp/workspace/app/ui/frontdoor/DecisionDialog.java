package org.lscp.workspace.app.ui.frontdoor;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import java.util.List;
import java.util.Map;
import org.lscp.workspace.domain.plan.model.Recommendation;
import java.util.function.Function;
import org.lscp.workspace.app.ui.EditDialog;
import org.lscp.workspace.domain.frontdoor.model.RecordDecisionCommand;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;

/** Record a threshold decision, or revise the current one (the old one is kept in the history). */
class DecisionDialog extends EditDialog<RecordDecisionCommand, ThresholdDecision> {
    final ComboBox<ThresholdLevel> level = new ComboBox<>("Threshold level");
    final TextArea rationale = new TextArea("Rationale");
    final TextField nextStep = new TextField("Next step / receiving team");
    final DatePicker strategyDate = new DatePicker("Strategy discussion date");
    final Checkbox medical = new Checkbox("A child protection medical was considered");
    final CheckboxGroup<Recommendation> recommendations = new CheckboxGroup<>("Record against recommendations");

    DecisionDialog(ThresholdDecision current, List<Recommendation> suggested,
                   Function<RecordDecisionCommand, ThresholdDecision> saver) {
        super(current == null ? "Record decision" : "Revise decision", saver);
        level.setItems(ThresholdLevel.values());
        level.setItemLabelGenerator(ThresholdLevel::label);
        rationale.setMaxLength(8_000);
        nextStep.setMaxLength(200);
        if (current != null) {
            level.setValue(current.level());
            nextStep.setValue(current.nextStep());
            strategyDate.setValue(current.strategyDiscussionDate());
            medical.setValue(current.cpMedicalConsidered());
        }
        recommendations.setItems(suggested);
        recommendations.setItemLabelGenerator(r -> r.number() + ". " + RecordContactView.shorten(r.text()));
        recommendations.setHelperText("Suggested from the contact's concerns. Tick the ones this decision evidences.");
        recommendations.setVisible(!suggested.isEmpty());
        FormLayout form = new FormLayout(level, rationale, nextStep, strategyDate, medical, recommendations);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
    }

    @Override
    protected RecordDecisionCommand command() {
        return new RecordDecisionCommand(level.getValue(), rationale.getValue(), nextStep.getValue(),
                strategyDate.getValue(), medical.getValue(), recommendations.getValue().stream()
                .map(Recommendation::requireId).collect(java.util.stream.Collectors.toSet()));
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("level", level, "rationale", rationale, "nextStep", nextStep,
                "strategyDiscussionDate", strategyDate);
    }
}
