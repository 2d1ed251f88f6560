package org.lscp.workspace.app.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import java.util.UUID;
import org.lscp.workspace.domain.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * British English dates for every UI, pages released as soon as they are left (LeftPages), and one error handler: a broken domain rule is shown in plain words,
 * anything unexpected is logged with a reference and the member sees no stack trace.
 */
@Component
class UiSetup implements VaadinServiceInitListener {
    private static final Logger LOG = LoggerFactory.getLogger(UiSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            e.getUI().setLocale(Locale.UK);
            LeftPages.tellWhenLeft(e.getUI());
            LeftPages.closeSignInPagesOnceSignedIn(e.getUI());
        });
        event.addRequestHandler(new LeftPages());
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(UiSetup::handle));
    }

    static void handle(ErrorEvent event) {
        DomainException rule = find(event.getThrowable());
        String message;
        if (rule != null) {
            message = rule.getMessage();
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Unexpected error, reference {}", reference, event.getThrowable());
            message = "Something went wrong and nothing was saved. Please try again; if it happens again, tell your "
                    + "administrator the reference " + reference + ".";
        }
        if (UI.getCurrent() != null) {
            Notification note = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static DomainException find(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DomainException rule) return rule;
        }
        return null;
    }
}
