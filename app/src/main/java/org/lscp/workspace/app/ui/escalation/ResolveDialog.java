package org.lscp.workspace.app.ui.escalation;

import org.lscp.workspace.domain.shared.Text;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.app.ui.EditDialog;
import org.lscp.workspace.app.ui.frontdoor.DecisionFields;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.escalation.model.EscalationOutcome;
import org.lscp.workspace.domain.escalation.model.ResolveEscalationCommand;
import org.lscp.workspace.domain.plan.model.Recommendation;

/**
 * Resolve an escalation: the outcome, the learning and its recommendations. "Decision changed" shows the threshold
 * decision's own fields: the revised decision is recorded through the front door in the same step.
 */
class ResolveDialog extends EditDialog<ResolveEscalationCommand, Escalation> {
    final RadioButtonGroup<EscalationOutcome> outcome = new RadioButtonGroup<>("Outcome");
    final TextArea learning = new TextArea("Learning");
    final CheckboxGroup<Recommendation> recommendations = new CheckboxGroup<>("Record the learning against");
    final H3 decisionHeading = new H3("The revised decision");
    final @Nullable DecisionFields decision;

    /** {@code outcomes}: those the member may close it with (the domain's rule, carried by the page's view). */
    ResolveDialog(Escalation e, List<Recommendation> suggested, Set<EscalationOutcome> outcomes,
                  Function<ResolveEscalationCommand, Escalation> saver) {
        super("Resolve escalation " + e.reference(), saver);
        boolean aboutDecision = outcomes.contains(EscalationOutcome.DECISION_CHANGED);
        outcome.setItems(outcomes);
        outcome.setItemLabelGenerator(EscalationOutcome::label);
        learning.setMaxLength(4_000);
        learning.setWidthFull();
        learning.setHelperText("What the agencies learnt, for the board and for practice.");
        recommendations.setItems(suggested);
        recommendations.setItemLabelGenerator(r -> r.number() + ". " + Text.shorten(r.text(), 110));
        recommendations.setValue(suggested.stream().filter(r -> e.recommendations().contains(r.requireId()))
                .collect(Collectors.toSet()));
        recommendations.setVisible(!suggested.isEmpty());
        add(outcome, learning, recommendations);
        decision = aboutDecision ? new DecisionFields(null, List.of()) : null;
        if (decision != null) {
            decisionHeading.setVisible(false);
            decision.setVisible(false);
            outcome.addValueChangeListener(v -> {
                boolean changed = v.getValue() == EscalationOutcome.DECISION_CHANGED;
                decisionHeading.setVisible(changed);
                decision.setVisible(changed);
            });
            add(decisionHeading, decision);
        }
        setWidth("40rem");
    }

    @Override
    protected ResolveEscalationCommand command() {
        boolean changed = outcome.getValue() == EscalationOutcome.DECISION_CHANGED && decision != null;
        return new ResolveEscalationCommand(outcome.getValue(), learning.getValue(),
                changed ? decision.command() : null,
                recommendations.getValue().stream().map(Recommendation::requireId).collect(Collectors.toSet()));
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        if (decision != null) fields.putAll(decision.fields());
        fields.put("outcome", outcome);
        fields.put("learning", learning);
        fields.put("recommendations", recommendations);
        return fields;
    }
}
