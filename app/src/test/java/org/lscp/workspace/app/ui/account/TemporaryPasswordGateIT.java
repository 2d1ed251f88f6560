package org.lscp.workspace.app.ui.account;

import org.lscp.workspace.app.security.Factors;
import org.lscp.workspace.app.security.MemberPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.app.ui.board.DashboardView;
import org.lscp.workspace.domain.partnership.model.SaveMemberCommand;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** A member on a temporary password set by an administrator changes it before anything else opens. */
@WorkspaceTest
class TemporaryPasswordGateIT extends SpringBrowserlessTest {
    @Autowired ManageMembersUseCase members;
    @Autowired SignInUseCase signIn;

    @Test
    @WithMember("admin@enfield.example")
    void aTemporaryPasswordSendsEveryPageToTheChangeUntilItIsChanged() {
        var admin = DemoActors.actor(signIn, "admin@enfield.example");
        String email = "new.manager." + System.nanoTime() + "@enfield.example";
        var member = members.create(admin, new SaveMemberCommand("Jo Carter", email, admin.agencyId(),
                Set.of(Role.SENIOR_MANAGER)), "Temporary-Gate-Passphrase-91");
        SecurityContextHolder.getContext().setAuthentication(Factors.bothFactors(
                new MemberPrincipal(member.requireId().value(), email), Set.of(Role.SENIOR_MANAGER)));

        UI.getCurrent().navigate("board");
        assertThat($(ChangePasswordView.class).exists()).as("sent to change the temporary password").isTrue();
        assertThat($(DashboardView.class).exists()).isFalse();

        ChangePasswordView view = $(ChangePasswordView.class).single();
        test(view.currentPassword).setValue("Temporary-Gate-Passphrase-91");
        test(view.newPassword).setValue("Kettle harbour lantern 2027");
        test(view.repeatPassword).setValue("Kettle harbour lantern 2027");
        test(view.change).click();

        UI.getCurrent().navigate("board");
        assertThat($(DashboardView.class).exists()).as("free once changed").isTrue();
    }
}
