package org.lscp.workspace.app.ui.plan;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Function;
import org.lscp.workspace.app.ui.EditDialog;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.ProgressUpdate;
import org.lscp.workspace.domain.plan.model.RecordProgressCommand;

/** A dated progress note, and the status it leaves the action in. */
class ProgressDialog extends EditDialog<RecordProgressCommand, ImprovementAction> {
    final TextArea text = new TextArea("What has happened");
    final ComboBox<ActionStatus> status = new ComboBox<>("Status now");

    ProgressDialog(ImprovementAction action, Function<RecordProgressCommand, ImprovementAction> saver) {
        super("Record progress", saver);
        text.setMaxLength(ProgressUpdate.TEXT_MAX);
        text.setHelperText("For example what was done, what was found, and what happens next.");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ActionStatus::label);
        status.setValue(action.status());
        status.setHelperText("An action can be marked complete once it has evidence.");
        FormLayout form = new FormLayout(text, status);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
    }

    @Override
    protected RecordProgressCommand command() {
        return new RecordProgressCommand(text.getValue(), status.getValue());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("text", text, "status", status);
    }
}
