package org.lscp.workspace.app.ui.settings;

import org.lscp.workspace.domain.frontdoor.model.ProtectionTimescales;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.app.ui.AccessDeniedView;
import org.lscp.workspace.domain.escalation.model.EscalationTimescales;
import org.lscp.workspace.domain.frontdoor.model.DecisionTimescales;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.settings.port.in.ManageSettingsUseCase;
import org.springframework.beans.factory.annotation.Autowired;

@WorkspaceTest
class SettingsViewIT extends SpringBrowserlessTest {
    @Autowired ManageSettingsUseCase settings;
    @Autowired SignInUseCase signIn;

    @Test
    @WithMember("admin@enfield.example")
    void anAdminChangesTheTimescalesWithMessagesNextToBadValues() {
        var admin = DemoActors.actor(signIn, "admin@enfield.example");
        try {
            SettingsView view = navigate(SettingsView.class);
            assertThat(view.red.getValue()).isEqualTo(4);
            assertThat(view.redOutOfHours.getValue()).isEqualTo(DecisionTimescales.RedOutOfHours.EMERGENCY_DUTY_TEAM);
            assertThat(view.stage4.getValue()).isEqualTo(10);
            assertThat(view.discussion.getValue()).isEqualTo(1);
            view.red.setValue(0);
            view.stage2.clear();
            view.discussion.setValue(11);
            test(view.save).click();
            assertThat(view.discussion.getErrorMessage())
                    .isEqualTo("Give the working days for a strategy discussion, from 1 to 10.");
            assertThat(view.red.getErrorMessage()).isEqualTo("Red needs 1 to 40 hours.");
            assertThat(view.stage2.getErrorMessage()).isEqualTo("Stage 2 needs 1 to 30 working days.");
            assertThat(settings.get(admin).decisions()).isEqualTo(DecisionTimescales.DEFAULTS);

            test(view.red).setValue(2);
            test(view.stage2).setValue(4);
            view.redOutOfHours.setValue(DecisionTimescales.RedOutOfHours.MASH_WORKING_HOURS);
            test(view.historyYears).setValue(15);
            test(view.discussion).setValue(2);
            test(view.save).click();
            assertThat(view.red.isInvalid()).isFalse();
            assertThat(settings.get(admin).decisions()).isEqualTo(new DecisionTimescales(2, 1, 3,
                    DecisionTimescales.RedOutOfHours.MASH_WORKING_HOURS, 15));
            assertThat(settings.get(admin).escalations().stage2Days()).isEqualTo(4);
            assertThat(settings.get(admin).protection()).isEqualTo(new ProtectionTimescales(2));
        } finally {
            settings.save(admin, DecisionTimescales.DEFAULTS, EscalationTimescales.DEFAULTS,
                    ProtectionTimescales.DEFAULTS);
        }
    }

    @Test
    @WithMember("mash.manager@enfield.example")
    void othersAreRefused() {
        navigate("admin/settings", AccessDeniedView.class);
    }
}
