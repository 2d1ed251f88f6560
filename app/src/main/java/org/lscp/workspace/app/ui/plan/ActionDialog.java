package org.lscp.workspace.app.ui.plan;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lscp.workspace.app.ui.EditDialog;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.MemberRef;
import org.lscp.workspace.domain.plan.model.SaveActionCommand;

/** Add or edit an improvement action: what, who leads it, who contributes, when it is due, how it is going. */
class ActionDialog extends EditDialog<SaveActionCommand, ImprovementAction> {
    final TextArea description = new TextArea("Action");
    final ComboBox<MemberRef> lead = new ComboBox<>("Lead officer");
    final MultiSelectComboBox<Agency> contributing = new MultiSelectComboBox<>("Contributing agencies");
    final DatePicker dueDate = new DatePicker("Due");
    final ComboBox<ActionStatus> status = new ComboBox<>("Status");

    ActionDialog(ImprovementAction action, List<MemberRef> leads, List<Agency> agencies,
                 Function<SaveActionCommand, ImprovementAction> saver) {
        super(action == null ? "Add action" : "Edit action", saver);
        description.setMaxLength(SaveActionCommand.TEXT_MAX);
        lead.setItems(leads);
        lead.setItemLabelGenerator(MemberRef::name);
        contributing.setItems(agencies);
        contributing.setItemLabelGenerator(Agency::name);
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ActionStatus::label);
        status.setValue(ActionStatus.NOT_STARTED);
        if (action != null) {
            description.setValue(action.description());
            leads.stream().filter(m -> m.id().equals(action.leadOfficer())).findFirst().ifPresent(lead::setValue);
            contributing.setValue(agencies.stream().filter(a -> action.contributingAgencies().contains(a.requireId()))
                    .collect(Collectors.toSet()));
            dueDate.setValue(action.dueDate());
            status.setValue(action.status());
        }
        FormLayout form = new FormLayout(description, lead, dueDate, contributing, status);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("26rem", 2));
        form.setColspan(description, 2);
        form.setColspan(contributing, 2);
        add(form);
    }

    @Override
    protected SaveActionCommand command() {
        return new SaveActionCommand(description.getValue(), lead.getValue() == null ? null : lead.getValue().id(),
                contributing.getValue().stream().map(Agency::requireId).collect(Collectors.toSet()),
                dueDate.getValue(), status.getValue());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("description", description, "leadOfficer", lead, "contributingAgencies", contributing,
                "dueDate", dueDate, "status", status);
    }
}
