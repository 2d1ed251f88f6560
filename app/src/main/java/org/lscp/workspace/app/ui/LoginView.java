package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.lscp.workspace.app.security.SingleSignOnOutcome;
import org.lscp.workspace.app.security.SlowedDownException;
import org.lscp.workspace.domain.partnership.port.in.SingleSignOnUseCase;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in by email and password, or through a partnership's single sign-on (one link per partnership that has it on).
 * Messages never reveal whether an email belongs to a member, nor to which partnership.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Safeguarding Partnership Workspace")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {
    static final String REJECTED = "The email or password is not right. After 5 failed attempts, this email is "
            + "locked for 15 minutes to any wrong password.";
    static final String LOCKED = "Too many failed attempts: for 15 minutes this email is locked to any wrong "
            + "password. The right password, then the code from your authenticator app, still signs you in.";
    static final String SLOWED_DOWN = "Too many failed sign-ins from your network. Wait a minute, then try again: "
            + "until then no password from it is checked.";
    static final String DATABASE_NOT_ANSWERING = "The workspace's database is not answering, so nobody can sign "
            + "in just now. Try again in a moment.";
    static final String BUSY = "The workspace is very busy just now, so your password could not be checked. Try "
            + "again in a moment.";
    static final String EXPIRED = "The sign-in page had been open a long time, so for your security it was renewed. "
            + "Enter your email and password again.";
    static final String DEACTIVATED = "This account has been deactivated. Ask your partnership administrator.";

    private final LoginForm form = new LoginForm();
    private final Div ssoProblem = new Div();

    public LoginView(SingleSignOnUseCase singleSignOn) {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        form.setI18n(i18n);

        H1 title = new H1("Safeguarding Partnership Workspace");
        Paragraph about = new Paragraph("Contacts, threshold decisions, escalations and the improvement plan, "
                + "shared by the agencies of your safeguarding children partnership.");
        ssoProblem.addClassNames("form-problem", "sso-problem");
        ssoProblem.getElement().setAttribute("role", "alert");
        ssoProblem.setVisible(false);
        Div panel = new Div(title, about, ssoProblem, form);
        panel.addClassName("login-panel");
        var options = singleSignOn.options();
        if (!options.isEmpty()) {
            Div sso = new Div(new H2("Single sign-on"), new Paragraph("If your partnership lets you, sign in with "
                    + "your organisation's account instead. You will still need your authenticator app unless your "
                    + "partnership says otherwise."));
            sso.addClassName("sso-options");
            for (var option : options) {
                // a full page load: the address is Spring Security's, which sends the browser on to the provider
                Anchor link = new Anchor("oauth2/authorization/" + option.registrationId(),
                        "Sign in with " + option.shortName() + "'s single sign-on");
                link.setRouterIgnore(true);
                link.addClassName("sso-link");
                sso.add(link);
            }
            panel.add(sso);
        }
        add(panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        var sso = SingleSignOnOutcome.message(first(query.get(SingleSignOnOutcome.PARAMETER)),
                first(query.get(SingleSignOnOutcome.WHY)));
        ssoProblem.setText(sso.orElse(""));
        ssoProblem.setVisible(sso.isPresent());
        if (query.containsKey("expired")) {
            showError("Please sign in again", EXPIRED);
            return;
        }
        if (!query.containsKey("error")) {
            return;
        }
        Object failure = VaadinSession.getCurrent() == null ? null
                : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        showError("You are not signed in", failure instanceof LockedException ? LOCKED
                : failure instanceof SlowedDownException ? SLOWED_DOWN
                : failure instanceof DisabledException ? DEACTIVATED
                : failure instanceof org.springframework.security.authentication.InternalAuthenticationServiceException
                        internal ? (internal.getCause() instanceof org.lscp.workspace.domain.shared.StorageUnavailableException
                                away && away.busy() ? BUSY : DATABASE_NOT_ANSWERING) : REJECTED);
    }

    private void showError(String title, String message) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        error.setTitle(title);
        error.setMessage(message);
        i18n.setErrorMessage(error);
        form.setI18n(i18n);
        form.setError(true);
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
