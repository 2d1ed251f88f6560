package org.lscp.workspace.app.ui.frontdoor;

import org.lscp.workspace.domain.shared.Text;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.frontdoor.model.RecordDecisionCommand;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.plan.model.Recommendation;

/**
 * The threshold decision's fields, one piece for every place a decision is recorded: the contact page's decision
 * dialog and an escalation resolved with the decision changed.
 */
public class DecisionFields extends FormLayout {
    final ComboBox<ThresholdLevel> level = new ComboBox<>("Threshold level");
    final TextArea rationale = new TextArea("Rationale");
    final TextField nextStep = new TextField("Next step / receiving team");
    /** The date an older decision gave its strategy discussion: kept while the level still calls for one. */
    private final @Nullable LocalDate strategyDate;
    final Checkbox medical = new Checkbox("A child protection medical was considered");
    final CheckboxGroup<Recommendation> recommendations = new CheckboxGroup<>("Record against recommendations");

    public DecisionFields(@Nullable ThresholdDecision current, List<Recommendation> suggested) {
        level.setItems(ThresholdLevel.values());
        level.setItemLabelGenerator(ThresholdLevel::label);
        rationale.setMaxLength(8_000);
        nextStep.setMaxLength(200);
        if (current != null) {
            level.setValue(current.level());
            nextStep.setValue(current.nextStep());
            medical.setValue(current.cpMedicalConsidered());
        }
        recommendations.setItems(suggested);
        recommendations.setItemLabelGenerator(r -> r.number() + ". " + Text.shorten(r.text(), 90));
        recommendations.setHelperText("Suggested from the contact's concerns. Tick the ones this decision evidences.");
        recommendations.setVisible(!suggested.isEmpty());
        // the strategy discussion itself is recorded on the contact page, by the agencies that take part
        strategyDate = current == null ? null : current.strategyDiscussionDate();
        add(level, rationale, nextStep, medical, recommendations);
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    public ComboBox<ThresholdLevel> level() {
        return level;
    }

    public TextArea rationale() {
        return rationale;
    }

    /** The command, which checks itself (a ValidationException names the fields in {@link #fields()}). */
    public RecordDecisionCommand command() {
        return new RecordDecisionCommand(level.getValue(), rationale.getValue(), nextStep.getValue(),
                level.getValue() != null && level.getValue().atLeast(ThresholdLevel.STRATEGY_DISCUSSION) ? strategyDate
                        : null, medical.getValue(), recommendations.getValue().stream()
                .map(Recommendation::requireId).collect(Collectors.toSet()));
    }

    public Map<String, ? extends HasValidation> fields() {
        return Map.of("level", level, "rationale", rationale, "nextStep", nextStep);
    }
}
