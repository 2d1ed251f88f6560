package org.lscp.workspace.app.ui.frontdoor;

import com.vaadin.flow.component.HasValidation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lscp.workspace.app.ui.EditDialog;
import org.lscp.workspace.domain.frontdoor.model.RecordDecisionCommand;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.plan.model.Recommendation;

/** Record a threshold decision, or revise the current one (the old one is kept in the history). */
class DecisionDialog extends EditDialog<RecordDecisionCommand, ThresholdDecision> {
    final DecisionFields form;

    DecisionDialog(ThresholdDecision current, List<Recommendation> suggested,
                   Function<RecordDecisionCommand, ThresholdDecision> saver) {
        super(current == null ? "Record decision" : "Revise decision", saver);
        form = new DecisionFields(current, suggested);
        add(form);
    }

    @Override
    protected RecordDecisionCommand command() {
        return form.command();
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return form.fields();
    }
}
