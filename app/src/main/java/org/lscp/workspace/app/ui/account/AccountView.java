package org.lscp.workspace.app.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.partnership.port.in.SessionsUseCase;

/**
 * Every member's own account: their password, and where they are signed in — each open session with its browser,
 * address and time, ended one by one (ending this one signs out) or all but this one at once.
 */
@Route(value = AccountView.ROUTE, layout = MainLayout.class)
@PageTitle("Your account · Safeguarding Partnership Workspace")
@PermitAll
class AccountView extends VerticalLayout {
    public static final String ROUTE = "account";
    static final SessionsPanel.Words WORDS = new SessionsPanel.Words("End session", "Sign out",
            "Sign out everywhere else", "You are not signed in anywhere else.");

    final Button changePassword = new Button("Change your password", VaadinIcon.KEY.create());
    final SessionsPanel sessions;

    public AccountView(SessionsUseCase sessionsUseCase, CurrentActor current) {
        addClassName("view");
        changePassword.addClickListener(e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(ChangePasswordView.ROUTE)));
        sessions = new SessionsPanel(() -> sessionsUseCase.mine(current.get()), session -> {
            if (session.current()) {
                current.logout();
            } else {
                sessionsUseCase.endMine(current.get(), session.handle());
                Notification.show("That session has been signed out.", 4000, Notification.Position.TOP_CENTER);
            }
        }, () -> {
            sessionsUseCase.endMyOtherSessions(current.get());
            Notification.show("You have been signed out everywhere else.", 4000, Notification.Position.TOP_CENTER);
        }, WORDS);
        add(new H1("Your account"),
                new H2("Password"),
                new Paragraph("Change it whenever you think someone else may know it. Your other sessions are "
                        + "signed out when you do."),
                changePassword,
                new H2("Where you are signed in"),
                new Paragraph("If you see a session you do not recognise, end it and change your password."),
                sessions);
    }
}
