package org.lscp.workspace.app.ui.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.model.SaveMemberCommand;
import org.lscp.workspace.domain.partnership.model.SignInResult;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

@WorkspaceTest
@WithMember("admin@enfield.example")
class MemberListViewIT extends SpringBrowserlessTest {
    @Autowired ManageMembersUseCase members;
    @Autowired CurrentActor current;
    @Autowired SignInUseCase signIn;

    @Test
    void listsMembersWithAgencyAndRolesAndFiltersByRole() {
        MemberListView view = navigate(MemberListView.class);

        test(view.role).selectItem("Board chair");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Geraldine Hart");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Safeguarding Partnership Business Unit");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Board chair");
    }

    @Test
    void aMemberNeedsAValidEmailARoleAndALongEnoughPassword() {
        MemberListView view = navigate(MemberListView.class);
        test(view.add).click();
        MemberDialog dialog = $(MemberDialog.class).single();

        test(dialog.name).setValue("Chris Lane");
        test(dialog.email).setValue("chris.lane-at-enfield");
        test(dialog.agency).selectItem("Enfield Council Housing");
        test(dialog.save).click();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Enter an email address in the form name@example.org.");
        assertThat(dialog.roles.getErrorMessage()).isEqualTo("Give the member at least one role.");

        test(dialog.email).setValue("chris.lane@enfield.example");
        dialog.roles.setValue(Set.of(Role.PRACTITIONER));
        test(dialog.password).setValue("short");
        test(dialog.save).click();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("Choose a password of at least 12 characters.");
        assertThat(members.count(current.get(), new MemberFilter("chris.lane", null, null, null))).isZero();

        test(dialog.password).setValue("a-long-enough-password");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        test(view.search).setValue("chris.lane");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Practitioner");
    }

    @Test
    void deactivatingAMemberAsksFirstThenMovesThemToDeactivated() {
        MemberListView view = navigate(MemberListView.class);
        test(view.search).setValue("school@enfield.example");
        var member = test(view.grid).getRow(0);

        view.confirmActive(member);
        Dialog confirm = $(Dialog.class).all().stream().filter(Dialog::isOpened).reduce((a, b) -> b).orElseThrow();
        test($(Button.class, confirm).withText("Deactivate").single()).click();

        assertThat(test(view.grid).size()).as("the list shows active members").isZero();
        test(view.status).selectItem("Deactivated");
        assertThat(test(view.grid).size()).isEqualTo(1);
        var after = members.list(current.get(), new MemberFilter("school@enfield.example", null, null, null),
                PageRequest.first(1)).getFirst();
        assertThat(after.active()).isFalse();
        members.reactivate(current.get(), after.requireId(), after.version());
    }

    @Test
    void anAdminResetsAMembersPasswordToANewTemporaryOne() {
        String email = "reset.me." + System.nanoTime() + "@enfield.example";
        members.create(current.get(), new SaveMemberCommand("Rosa Reset", email, current.get().agencyId(),
                Set.of(Role.PRACTITIONER)), "first-temporary-one");
        MemberListView view = navigate(MemberListView.class);
        test(view.search).setValue(email);

        view.resetPassword(test(view.grid).getRow(0));
        ResetPasswordDialog dialog = $(ResetPasswordDialog.class).single();
        test(dialog.password).setValue("rosa-reset-2026");
        test(dialog.save).click();
        assertThat(dialog.password.getErrorMessage())
                .isEqualTo("Do not use the member's name or email address in the password.");
        test(dialog.password).setValue("second temporary password");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(signIn.signIn(email, "first-temporary-one")).isInstanceOf(SignInResult.Rejected.class);
        assertThat(signIn.signIn(email, "second temporary password")).isInstanceOfSatisfying(
                SignInResult.SignedIn.class, in -> assertThat(in.mustChangePassword()).isTrue());
    }

    @Test
    void anEmailInUseIsRefusedWithoutSayingWhere() {
        MemberListView view = navigate(MemberListView.class);
        test(view.add).click();
        MemberDialog dialog = $(MemberDialog.class).single();
        test(dialog.name).setValue("Someone Else");
        test(dialog.email).setValue("admin@walthamforest.example");
        test(dialog.agency).selectItem("Enfield Council Housing");
        dialog.roles.setValue(Set.of(Role.PRACTITIONER));
        test(dialog.password).setValue("a-long-enough-password");
        test(dialog.save).click();

        assertThat(dialog.email.getErrorMessage()).isEqualTo(
                "This email address cannot be used: choose another, or contact support if it is this person's address.");
    }
}
