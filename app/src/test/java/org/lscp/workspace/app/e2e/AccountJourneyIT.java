package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.audit.model.AuditFilter;
import org.lscp.workspace.domain.audit.port.out.AuditLog;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyFilter;
import org.lscp.workspace.domain.partnership.model.SaveMemberCommand;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new member's own account, in real Chromium: the admin gives them a temporary password; at first sign-in they set
 * up their authenticator and must change it (a short one refused next to its field); they sign in on a second device,
 * see both sessions on "Your account" and end the other one, which then reaches only the sign-in page; the admin
 * sees their sessions and ends them all. The audit trail says who ended each session and why. Axe on every page.
 */
class AccountJourneyIT extends BrowserJourney {
    private static final String JO = "jo.bloggs@enfield.example";
    private static final String TEMPORARY = "temporary-from-the-admin-2026";
    private static final String OWN = "a kettle on the stairs at dawn";

    @Autowired SignInUseCase signIn;
    @Autowired ManageMembersUseCase members;
    @Autowired ManageAgenciesUseCase agencies;
    @Autowired AuditLog audit;

    private static void password(Page page, String password) {
        page.getByLabel("Email").fill(JO);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL("**/second-factor");
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * The browser reaches only the sign-in page now: its session has ended on the server. Asked from a new tab of
     * the same browser (same cookie), so the old tab's own move to the sign-in page cannot race the test's.
     */
    private void signedOut(Page page) {
        Page tab = page.context().newPage();
        tab.navigate(url("contacts"));
        tab.waitForURL("**/login");
        tab.close();
    }

    @Test
    void aNewMemberReplacesTheTemporaryPasswordSeesTheirSessionsAndEndsOneAndTheAdminEndsTheRest() {
        Actor admin = DemoActors.actor(signIn, "admin@enfield.example");
        Agency police = agencies.list(admin, AgencyFilter.NONE, PageRequest.first(PageRequest.MAX_LIMIT)).stream()
                .filter(a -> a.name().startsWith("Metropolitan Police")).findFirst().orElseThrow();
        var jo = members.create(admin, new SaveMemberCommand("Jo Bloggs", JO, police.requireId(),
                Set.of(Role.PRACTITIONER)), TEMPORARY);

        // first sign-in: the authenticator, then the temporary password must go
        Page laptop = browser.newPage();
        laptop.navigate(url("login"));
        password(laptop, TEMPORARY);
        String secret = laptop.locator(".secret-key").innerText().replace(" ", "");
        Browser.passSecondFactor(laptop, secret);
        laptop.waitForURL("**/second-factor/recovery-codes");
        laptop.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I have kept them: continue to the "
                + "workspace")).click();
        laptop.waitForURL("**/password");
        assertThat(heading(laptop)).hasText("Change your password");
        assertThat(laptop.getByText("You are using a temporary password")).isVisible();
        laptop.getByLabel("Current password").fill(TEMPORARY);
        laptop.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("too short");
        laptop.getByLabel("Repeat the new password").fill("too short");
        button(laptop, "Change password").click();
        assertThat(laptop.getByText("Choose a password of at least 12 characters.")).isVisible();
        Browser.assertAccessible(laptop, "change password, refused");
        laptop.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(OWN);
        laptop.getByLabel("Repeat the new password").fill(OWN);
        button(laptop, "Change password").click();
        assertThat(laptop.getByText("Your password has been changed.")).isVisible();
        assertThat(heading(laptop)).containsText("Jo");

        // the temporary password no longer works; the new one does, on a second device
        Page phone = browser.newPage();
        phone.navigate(url("login"));
        phone.getByLabel("Email").fill(JO);
        phone.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TEMPORARY);
        button(phone, "Log in").click();
        assertThat(phone.getByText("The email or password is not right", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        phone.navigate(url("login"));
        password(phone, OWN);
        Browser.passSecondFactor(phone, secret);
        assertThat(heading(phone)).containsText("Jo");

        // "Your account": both sessions, this one marked; the other one ended from here
        button(laptop, "Your account").click();
        laptop.waitForURL("**/account");
        assertThat(heading(laptop)).hasText("Your account");
        Locator sessions = laptop.locator(".session");
        assertThat(sessions).hasCount(2);
        assertThat(sessions.filter(new Locator.FilterOptions().setHasText("This session"))).hasCount(1);
        assertThat(sessions.first()).containsText("Chrome (headless) on Linux");
        Browser.assertAccessible(laptop, "your account");
        Browser.screenshot(laptop, "account-sessions");
        laptop.setViewportSize(390, 844); // on a phone: each session on its own lines, its button within reach
        Browser.assertAccessible(laptop, "your account, on a phone");
        Browser.screenshot(laptop, "account-sessions-390x844");
        laptop.setViewportSize(1366, 860);
        sessions.filter(new Locator.FilterOptions().setHasNotText("This session"))
                .getByRole(AriaRole.BUTTON).click();
        assertThat(laptop.getByText("That session has been signed out.")).isVisible();
        assertThat(sessions).hasCount(1);
        assertThat(button(laptop, "Sign out everywhere else")).isHidden();
        signedOut(phone);

        // the admin ends every session of Jo's (say, a shared computer left signed in)
        password(phone, OWN);
        Browser.passSecondFactor(phone, secret);
        Page adminPage = browser.signIn(base(), "admin@enfield.example");
        adminPage.navigate(url("admin/members"));
        adminPage.getByLabel("Name or email contains").fill(JO);
        assertThat(adminPage.locator("vaadin-grid")).not().containsText("Alex Morgan"); // the list is filtered
        button(adminPage, "Sessions of Jo Bloggs").click();
        Locator dialog = adminPage.getByRole(AriaRole.DIALOG);
        Locator listed = adminPage.locator(".session"); // only the dialog lists sessions on this page
        assertThat(listed).hasCount(2);
        assertThat(listed.filter(new Locator.FilterOptions().setHasText("This session"))).hasCount(0);
        Browser.assertAccessible(adminPage, "a member's sessions");
        Browser.screenshot(adminPage, "member-sessions");
        adminPage.setViewportSize(390, 844);
        Browser.screenshot(adminPage, "member-sessions-390x844");
        adminPage.setViewportSize(1366, 860);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("End all their sessions")).click();
        assertThat(adminPage.getByText("Jo Bloggs is not signed in anywhere.")).isVisible();
        assertThat(listed).hasCount(0);
        signedOut(laptop);
        signedOut(phone);
        adminPage.context().close();

        // the audit trail: the password change, and each ending with who and why
        List<AuditEntry> trail = audit.find(admin.partnershipId(), new AuditFilter(null, "Member", null, null),
                        PageRequest.first(PageRequest.MAX_LIMIT)).stream()
                .filter(e -> e.entityId().equals(String.valueOf(jo.requireId().value()))).toList();
        assertThat(trail).extracting(AuditEntry::action).contains(AuditAction.PASSWORD_CHANGED);
        List<String> endings = trail.stream().filter(e -> e.action() == AuditAction.SESSION_ENDED)
                .map(AuditEntry::after).toList();
        assertThat(endings).hasSize(3);
        assertThat(endings).filteredOn(e -> e.contains("ended by: Jo Bloggs")).singleElement().asString()
                .contains("why: ended by the member from another session", "device: Chrome (headless) on Linux");
        assertThat(endings).filteredOn(e -> e.contains("ended by: Alex Morgan")).hasSize(2)
                .allSatisfy(e -> assertThat(e).contains("why: ended by a partnership admin"));
        laptop.context().close();
        phone.context().close();
    }
}
