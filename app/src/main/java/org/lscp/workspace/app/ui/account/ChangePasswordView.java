package org.lscp.workspace.app.ui.account;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.ErrorSummary;
import org.lscp.workspace.app.ui.FieldErrors;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.partnership.model.PasswordPolicy;
import org.lscp.workspace.domain.partnership.port.in.ChangePasswordUseCase;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * Any signed-in member changes their own password; one with a temporary password (from an admin) is told to replace
 * it. The rules are listed under the new password; one problem shows next to its field, several also in an error
 * summary at the top.
 */
@Route(value = ChangePasswordView.ROUTE, layout = MainLayout.class)
@PageTitle("Change your password · Safeguarding Partnership Workspace")
@PermitAll
public class ChangePasswordView extends VerticalLayout {
    public static final String ROUTE = "password";
    static final String DONE = "Your password has been changed. Any other sessions of yours have been signed out.";

    private final ChangePasswordUseCase passwords;
    private final CurrentActor current;
    final ErrorSummary errorSummary = new ErrorSummary();
    final Paragraph temporary = new Paragraph("You are using a temporary password that an admin gave you. "
            + "Choose a password of your own before you carry on.");
    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeatPassword = new PasswordField("Repeat the new password");
    final Button change = new Button("Change password");

    public ChangePasswordView(ChangePasswordUseCase passwords, CurrentActor current) {
        this.passwords = passwords;
        this.current = current;
        addClassName("view");
        temporary.addClassName("notice-temporary-password");
        temporary.getElement().setAttribute("role", "status");
        temporary.setVisible(passwords.mustChange(current.get()));

        currentPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        currentPassword.setRequiredIndicatorVisible(true);
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setRequiredIndicatorVisible(true);
        newPassword.setHelperComponent(rules());
        repeatPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeatPassword.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(currentPassword, newPassword, repeatPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("36em");

        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> submit());
        add(new H1("Change your password"), temporary, errorSummary, form, change);
    }

    /** The policy's rules, read out with the new password field (its helper text). */
    private static Div rules() {
        UnorderedList list = new UnorderedList();
        PasswordPolicy.RULES.forEach(rule -> list.add(new ListItem(rule)));
        Div hint = new Div(new Span("Your new password must be:"), list);
        hint.addClassName("password-rules");
        return hint;
    }

    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put(ChangePasswordUseCase.CURRENT, currentPassword);
        fields.put(ChangePasswordUseCase.NEW, newPassword);
        fields.put(ChangePasswordUseCase.REPEAT, repeatPassword);
        return fields;
    }

    void submit() {
        Map<String, HasValidation> fields = fields();
        try {
            passwords.change(current.get(), currentPassword.getValue(), newPassword.getValue(),
                    repeatPassword.getValue());
        } catch (ValidationException e) {
            if (e.fieldErrors().size() > 1) {
                errorSummary.show(e, fields);
            } else {
                errorSummary.clear(fields);
                FieldErrors.show(e, fields);
                fields.entrySet().stream().filter(f -> e.fieldErrors().containsKey(f.getKey())).findFirst()
                        .ifPresent(f -> ((PasswordField) f.getValue()).focus());
            }
            return;
        }
        errorSummary.clear(fields);
        currentPassword.clear();
        newPassword.clear();
        repeatPassword.clear();
        temporary.setVisible(false);
        Notification.show(DONE, 6000, Notification.Position.TOP_CENTER);
        getUI().ifPresent(ui -> ui.navigate(""));
    }
}
