package org.lscp.workspace.app.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.lscp.workspace.app.ui.LoginView;
import org.lscp.workspace.app.ui.RecoveryCodesView;
import org.lscp.workspace.app.ui.SecondFactorView;
import org.lscp.workspace.app.ui.account.ChangePasswordView;
import org.lscp.workspace.domain.partnership.port.in.ChangePasswordUseCase;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Vaadin's router under the sign-in steps: a session that has given only its password is sent to the second-factor
 * page from any view it asks for, even one open to every signed-in member; a member still on a temporary password
 * set by an administrator is sent to change it before anything else (once they have seen their recovery codes).
 */
@Component
class SecondFactorGate implements VaadinServiceInitListener {
    private final CurrentActor current;
    private final ChangePasswordUseCase passwords;

    SecondFactorGate(CurrentActor current, ChangePasswordUseCase passwords) {
        this.current = current;
        this.passwords = passwords;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            // error pages (not found, the database not answering) show no member's data and must not ask the
            // database about the member: they are shown as they are
            if (target == LoginView.class || target == SecondFactorView.class
                    || com.vaadin.flow.router.HasErrorParameter.class.isAssignableFrom(target)) {
                return;
            }
            if (Factors.pending()) {
                enter.rerouteTo(SecondFactorView.class);
            } else if (target != ChangePasswordView.class && target != RecoveryCodesView.class && signedIn()
                    && passwords.mustChange(current.get())) {
                enter.forwardTo(ChangePasswordView.class);
            }
        }));
    }

    private static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof MemberPrincipal;
    }
}
