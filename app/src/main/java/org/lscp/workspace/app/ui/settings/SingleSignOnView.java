package org.lscp.workspace.app.ui.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.FieldErrors;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.partnership.model.SaveSingleSignOnCommand;
import org.lscp.workspace.domain.partnership.model.SingleSignOn;
import org.lscp.workspace.domain.partnership.model.SingleSignOnSettings;
import org.lscp.workspace.domain.partnership.port.in.ManageSingleSignOnUseCase;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * PARTNERSHIP_ADMIN: single sign-on through the partnership's OpenID Connect provider (e.g. Microsoft Entra ID). The
 * client secret is write-only: the form says whether one is saved, never what it is.
 */
@Route(value = "admin/single-sign-on", layout = MainLayout.class)
@PageTitle("Single sign-on · Safeguarding Partnership Workspace")
@RolesAllowed("PARTNERSHIP_ADMIN")
class SingleSignOnView extends VerticalLayout {
    private final ManageSingleSignOnUseCase singleSignOn;
    private final CurrentActor current;
    final TextField issuer = new TextField("Issuer");
    final TextField clientId = new TextField("Client (application) id");
    final PasswordField clientSecret = new PasswordField("Client secret");
    final TextArea allowedDomains = new TextArea("Allowed email domains");
    final Checkbox exemptProviderMfa = new Checkbox("A second factor given at the provider stands in for the "
            + "workspace's code");
    final Checkbox enabled = new Checkbox("Single sign-on is on (members see it on the sign-in page)");
    final Button save = new Button("Save single sign-on");

    public SingleSignOnView(ManageSingleSignOnUseCase singleSignOn, CurrentActor current) {
        this.singleSignOn = singleSignOn;
        this.current = current;
        addClassName("view");
        var actor = current.get();
        add(new H1("Single sign-on"));
        add(new Paragraph("Members can sign in with their organisation's account, e.g. Microsoft Entra ID, instead "
                + "of a password. Only members already added here can: the email the provider vouches for must be an "
                + "active member's of this partnership, and their roles stay as set in the workspace."));
        String redirect = baseUrl() + "/login/oauth2/code/" + SingleSignOn.registrationId(actor.partnershipId());
        Paragraph redirectUri = new Paragraph(new Span("Redirect URI to register at the provider: "),
                new Code(redirect));
        redirectUri.addClassName("sso-redirect-uri");
        add(redirectUri);

        issuer.setHelperText("The provider's issuer address, e.g. https://login.microsoftonline.com/<tenant id>/v2.0");
        issuer.setMaxLength(SaveSingleSignOnCommand.ISSUER_MAX);
        clientId.setMaxLength(SaveSingleSignOnCommand.CLIENT_ID_MAX);
        clientSecret.setMaxLength(SaveSingleSignOnCommand.SECRET_MAX);
        clientSecret.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        allowedDomains.setHelperText("Only emails in these domains may sign in this way, e.g. enfield.gov.uk. "
                + "One per line, or separated by commas.");
        exemptProviderMfa.setHelperText("Only when the provider's token says a second factor was used (amr "
                + "mfa, otp, hwk, fido…). Off: every member also types the workspace's code.");
        FormLayout form = new FormLayout(issuer, clientId, clientSecret, allowedDomains);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(issuer, 2);
        form.setMaxWidth("44rem");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(form, exemptProviderMfa, enabled, save);
        singleSignOn.get(actor).ifPresentOrElse(this::show, () -> secretHelp(false));
    }

    private void show(SingleSignOnSettings s) {
        issuer.setValue(s.issuer());
        clientId.setValue(s.clientId());
        clientSecret.clear();
        secretHelp(s.secretSet());
        allowedDomains.setValue(String.join("\n", s.allowedDomains()));
        exemptProviderMfa.setValue(s.exemptProviderMfa());
        enabled.setValue(s.enabled());
    }

    private void secretHelp(boolean saved) {
        clientSecret.setHelperText(saved ? "A secret is saved. Leave blank to keep it, or type a new one."
                : "No secret saved yet: type the one the provider gave you.");
    }

    void save() {
        Map<String, ? extends HasValidation> fields = Map.of("issuer", issuer, "clientId", clientId,
                "clientSecret", clientSecret, "allowedDomains", allowedDomains);
        FieldErrors.clear(fields);
        try {
            show(singleSignOn.save(current.get(), new SaveSingleSignOnCommand(issuer.getValue(), clientId.getValue(),
                    clientSecret.getValue(), SaveSingleSignOnCommand.domains(allowedDomains.getValue()),
                    exemptProviderMfa.getValue(), enabled.getValue())));
            Notification.show("Single sign-on saved.");
        } catch (ValidationException e) {
            FieldErrors.show(e, fields);
        }
    }

    /** This workspace's address as the browser sees it, for the redirect URI the provider must know. */
    private static String baseUrl() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) return "https://<this workspace's address>";
        var http = request.getHttpServletRequest();
        boolean defaultPort = "https".equals(http.getScheme()) && http.getServerPort() == 443
                || "http".equals(http.getScheme()) && http.getServerPort() == 80;
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath();
    }
}
