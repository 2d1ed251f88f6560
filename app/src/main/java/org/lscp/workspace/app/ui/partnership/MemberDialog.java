package org.lscp.workspace.app.ui.partnership;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lscp.workspace.app.ui.EditDialog;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.SaveMemberCommand;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.shared.Role;

/** Create or edit a member and assign their roles; a new member also gets a temporary password. */
class MemberDialog extends EditDialog<MemberDialog.Details, Member> {
    /** What the dialog collects: the member's details, and a password only when creating. */
    record Details(SaveMemberCommand member, String password) {
    }

    final TextField name = new TextField("Name");
    final EmailField email = new EmailField("Email (used to sign in)");
    final ComboBox<Agency> agency = new ComboBox<>("Agency");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final PasswordField password = new PasswordField("Temporary password");
    static final String TEMPORARY_PASSWORD_HELP = "At least " + ManageMembersUseCase.PASSWORD_MIN
            + " characters, not a common password, not the member's name or email. They must change it after "
            + "signing in. Give it to them securely.";
    private final boolean creating;

    MemberDialog(Member member, List<Agency> agencies, Function<Details, Member> saver) {
        super(member == null ? "Add member" : "Edit " + member.name(), saver);
        this.creating = member == null;
        name.setMaxLength(SaveMemberCommand.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        agency.setItems(agencies);
        agency.setItemLabelGenerator(Agency::name);
        agency.setRequiredIndicatorVisible(true);
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        roles.setHelperText("A member may hold several roles. Board chairs never see child-identifying data.");
        roles.setRequiredIndicatorVisible(true);
        password.setHelperText(TEMPORARY_PASSWORD_HELP);
        password.setRequiredIndicatorVisible(true);
        password.setVisible(creating);
        if (member != null) {
            name.setValue(member.name());
            email.setValue(member.email());
            agencies.stream().filter(a -> a.requireId().equals(member.agencyId())).findFirst().ifPresent(agency::setValue);
            roles.setValue(member.roles());
        }
        FormLayout form = new FormLayout(name, email, agency, password, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
    }

    @Override
    protected Details command() {
        return new Details(new SaveMemberCommand(name.getValue(), email.getValue(),
                agency.getValue() == null ? null : agency.getValue().requireId(), roles.getValue()),
                creating ? password.getValue() : null);
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("email", email);
        fields.put("agency", agency);
        fields.put("roles", roles);
        fields.put("password", password);
        return fields;
    }
}
