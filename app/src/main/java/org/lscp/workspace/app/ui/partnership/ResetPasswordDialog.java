package org.lscp.workspace.app.ui.partnership;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import java.util.function.Function;
import org.lscp.workspace.app.ui.EditDialog;
import org.lscp.workspace.domain.partnership.model.Member;

/** An admin gives a member a new temporary password (e.g. they forgot theirs); the member must change it. */
class ResetPasswordDialog extends EditDialog<String, Member> {
    final PasswordField password = new PasswordField("New temporary password");

    ResetPasswordDialog(Member member, Function<String, Member> saver) {
        super("Reset the password of " + member.name(), saver);
        add(new Paragraph(member.name() + " is signed out everywhere, signs in with this password and must then "
                + "choose their own."));
        password.setHelperText(MemberDialog.TEMPORARY_PASSWORD_HELP);
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setWidthFull();
        add(password);
    }

    @Override
    protected String command() {
        return password.getValue();
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("password", password);
    }
}
