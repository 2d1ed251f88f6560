package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Sign-in by email and password. Messages never reveal whether an email belongs to a member. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Safeguarding Partnership Workspace")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {
    static final String REJECTED = "The email or password is not right. After 5 failed attempts, this email is "
            + "locked for 15 minutes to any wrong password.";
    static final String LOCKED = "Too many failed attempts: for 15 minutes this email is locked to any wrong "
            + "password. The right password, then the code from your authenticator app, still signs you in.";
    static final String DEACTIVATED = "This account has been deactivated. Ask your partnership administrator.";

    private final LoginForm form = new LoginForm();

    public LoginView() {
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
        Div panel = new Div(title, about, form);
        panel.addClassName("login-panel");
        add(panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        if (!query.containsKey("error")) {
            return;
        }
        Object failure = VaadinSession.getCurrent() == null ? null
                : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        error.setTitle("You are not signed in");
        error.setMessage(failure instanceof LockedException ? LOCKED
                : failure instanceof DisabledException ? DEACTIVATED : REJECTED);
        i18n.setErrorMessage(error);
        form.setI18n(i18n);
        form.setError(true);
    }
}
