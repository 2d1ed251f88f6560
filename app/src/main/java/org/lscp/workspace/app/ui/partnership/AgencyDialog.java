package org.lscp.workspace.app.ui.partnership;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Function;
import org.lscp.workspace.app.ui.EditDialog;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.model.SaveAgencyCommand;

/** Create or edit an agency. */
class AgencyDialog extends EditDialog<SaveAgencyCommand, Agency> {
    final TextField name = new TextField("Name");
    final TextField shortName = new TextField("Short name");
    final ComboBox<AgencyKind> kind = new ComboBox<>("Kind");
    final Checkbox statutory = new Checkbox("Statutory partner (council, police or health)");

    AgencyDialog(Agency agency, Function<SaveAgencyCommand, Agency> saver) {
        super(agency == null ? "Add agency" : "Edit " + agency.name(), saver);
        name.setMaxLength(SaveAgencyCommand.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        shortName.setMaxLength(SaveAgencyCommand.SHORT_NAME_MAX);
        shortName.setHelperText("Shown in busy lists such as the contacts queue, e.g. \u201cNMUH\u201d. Optional.");
        kind.setItems(AgencyKind.values());
        kind.setItemLabelGenerator(AgencyKind::label);
        kind.setRequiredIndicatorVisible(true);
        if (agency != null) {
            name.setValue(agency.name());
            shortName.setValue(agency.shortName());
            kind.setValue(agency.kind());
            statutory.setValue(agency.statutoryPartner());
        }
        FormLayout form = new FormLayout(name, shortName, kind, statutory);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
    }

    @Override
    protected SaveAgencyCommand command() {
        return new SaveAgencyCommand(name.getValue(), shortName.getValue(), kind.getValue(),
                statutory.getValue());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("name", name, "shortName", shortName, "kind", kind);
    }
}
