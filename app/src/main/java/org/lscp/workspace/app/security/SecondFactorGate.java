package org.lscp.workspace.app.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.lscp.workspace.app.ui.LoginView;
import org.lscp.workspace.app.ui.SecondFactorView;
import org.springframework.stereotype.Component;

/**
 * Vaadin's router under the second factor: a session that has given only its password is sent to the second-factor
 * page from any view it asks for, even one open to every signed-in member.
 */
@Component
class SecondFactorGate implements VaadinServiceInitListener {
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (Factors.pending() && target != SecondFactorView.class && target != LoginView.class) {
                enter.rerouteTo(SecondFactorView.class);
            }
        }));
    }
}
