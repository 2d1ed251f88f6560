package org.lscp.workspace.app.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.app.ui.HomeView;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.partnership.model.PasswordPolicy;
import org.lscp.workspace.domain.partnership.model.SaveMemberCommand;
import org.lscp.workspace.domain.partnership.model.SignInResult;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A member an admin created signs in with the temporary password, is told it is temporary, and replaces it on the
 * change-password page: problems next to the fields (and in a summary when there are several), then done.
 */
@WorkspaceTest
@WithMember("admin@enfield.example")
class ChangePasswordViewIT extends SpringBrowserlessTest {
    private static final String TEMPORARY = "temporary-from-the-admin";
    private static final String OWN = "kettle orchard lantern violet";

    @Autowired ManageMembersUseCase members;
    @Autowired SignInUseCase signIn;
    @Autowired AuthenticationProvider authentication;

    private String email;

    @BeforeEach
    void aNewMemberWithATemporaryPasswordSignsIn() {
        Actor admin = DemoActors.actor(signIn, "admin@enfield.example");
        email = "new.starter." + System.nanoTime() + "@enfield.example";
        members.create(admin, new SaveMemberCommand("Nia Starter", email, admin.agencyId(),
                Set.of(Role.PRACTITIONER)), TEMPORARY);
        // the password through the real provider, then both factors as the second-factor step gives them
        var principal = (org.lscp.workspace.app.security.MemberPrincipal) authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, TEMPORARY)).getPrincipal();
        SecurityContextHolder.getContext().setAuthentication(org.lscp.workspace.app.security.Factors.bothFactors(
                principal, Set.of(Role.PRACTITIONER)));
    }

    @Test
    void theMemberReplacesTheTemporaryPasswordWithTheirOwn() {
        ChangePasswordView view = navigate(ChangePasswordView.class);
        assertThat(view.temporary.isVisible()).isTrue();
        assertThat(view.temporary.getText()).contains("temporary password");
        assertThat(view.newPassword.getElement().getTextRecursively()).contains("not one of the 10,000 most common");

        test(view.currentPassword).setValue(TEMPORARY);
        test(view.newPassword).setValue(OWN);
        test(view.repeatPassword).setValue(OWN);
        test(view.change).click();

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(signIn.signIn(email, OWN)).isInstanceOfSatisfying(SignInResult.SignedIn.class,
                in -> assertThat(in.mustChangePassword()).isFalse());
        assertThat(signIn.signIn(email, TEMPORARY)).isInstanceOf(SignInResult.Rejected.class);
    }

    @Test
    void oneProblemShowsNextToItsFieldAndSeveralAlsoInASummary() {
        ChangePasswordView view = navigate(ChangePasswordView.class);

        test(view.currentPassword).setValue("not-what-the-admin-gave");
        test(view.newPassword).setValue(OWN);
        test(view.repeatPassword).setValue(OWN);
        test(view.change).click();
        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage())
                .isEqualTo("Your current password is not right: check it and type it again.");
        assertThat(view.errorSummary.isVisible()).as("one problem: next to its field only").isFalse();

        test(view.currentPassword).setValue(TEMPORARY);
        test(view.newPassword).setValue("nia-starter-2026");
        test(view.repeatPassword).setValue("something else");
        test(view.change).click();
        assertThat(view.currentPassword.isInvalid()).isFalse();
        assertThat(view.newPassword.getErrorMessage()).isEqualTo(PasswordPolicy.PERSONAL);
        assertThat(view.repeatPassword.getErrorMessage())
                .isEqualTo("The two new passwords are not the same: type the new password again.");
        assertThat(view.errorSummary.isVisible()).isTrue();
        assertThat(view.errorSummary.getElement().getTextRecursively()).contains("There is a problem",
                PasswordPolicy.PERSONAL, "The two new passwords are not the same");

        test(view.newPassword).setValue("short");
        test(view.repeatPassword).setValue("short");
        test(view.change).click();
        assertThat(view.newPassword.getErrorMessage()).isEqualTo("Choose a password of at least 12 characters.");
        assertThat(view.errorSummary.isVisible()).isFalse();

        assertThat(signIn.signIn(email, TEMPORARY)).as("nothing changed").isInstanceOfSatisfying(
                SignInResult.SignedIn.class, in -> assertThat(in.mustChangePassword()).isTrue());
    }

    @Test
    void theMenuLeadsToThePage() {
        // a member on their own password (one on a temporary password is sent to the page by the gate anyway)
        SecurityContextHolder.getContext().setAuthentication(org.lscp.workspace.app.WithMemberSecurityContextFactory
                .signedIn(authentication, signIn, "admin@enfield.example"));
        navigate(HomeView.class);
        test($(Button.class).from($(MainLayout.class).single()).withClassName("account-button").single()).click();
        AccountView account = (AccountView) getCurrentView();
        test(account.changePassword).click();
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }
}
