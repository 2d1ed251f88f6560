package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.lscp.workspace.app.security.SecondFactorFilter;

/** The ten recovery codes, shown once right after enrolment; the workspace keeps only their hashes. */
@Route(value = "second-factor/recovery-codes", autoLayout = false)
@PageTitle("Your recovery codes · Safeguarding Partnership Workspace")
@PermitAll
public class RecoveryCodesView extends Main implements BeforeEnterObserver {
    public RecoveryCodesView() {
        addClassName("login-view");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void beforeEnter(BeforeEnterEvent event) {
        var session = VaadinSession.getCurrent().getSession();
        List<String> codes = (List<String>) session.getAttribute(SecondFactorFilter.RECOVERY_CODES);
        session.removeAttribute(SecondFactorFilter.RECOVERY_CODES);
        Div panel = new Div();
        panel.addClassName("login-panel");
        panel.addClassName("second-factor");
        removeAll();
        add(panel);
        if (codes == null) {
            panel.add(new H1("Recovery codes"), new Paragraph("Your recovery codes were shown once, when you set up "
                    + "your second factor. If you have lost them, ask your partnership administrator to reset your "
                    + "second factor: you will set it up again and get new codes."), new Anchor("", "Continue"));
            return;
        }
        OrderedList list = new OrderedList();
        list.addClassName("recovery-codes");
        codes.forEach(c -> list.add(new ListItem(c)));
        panel.add(new H1("Your recovery codes"), new Paragraph("Your second factor is set up. Keep these ten codes "
                + "somewhere safe, away from your phone — a password manager, or printed. Each one lets you sign in "
                + "once if you lose your phone. This is the only time they are shown."), list,
                new Anchor("", "I have kept them: continue to the workspace"));
    }
}
