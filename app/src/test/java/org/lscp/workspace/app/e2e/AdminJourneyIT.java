package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import jakarta.servlet.ServletContext;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.config.DemoData;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.model.SignInResult;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.shared.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** The main journeys in real headless Chromium, with an axe-core scan of every page visited. */
class AdminJourneyIT extends BrowserJourney {
    @Autowired SignInUseCase signIn;
    @Autowired ManageMembersUseCase members;
    @Autowired ServletContext servletContext;
    @Autowired Environment environment;

    private void signIn(Page page, String email, String password) {
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    /** The right password, then the demo authenticator's code. */
    private void signInFully(Page page, String email) {
        signIn(page, email, DemoData.PASSWORD);
        page.waitForURL("**/second-factor");
        Browser.passSecondFactor(page, DemoData.SECOND_FACTOR_SECRET);
    }

    @Test
    void theAdminSignsInAddsAnAgencyAndSeesItListed() {
        Page page = browser.newPage();
        page.navigate(url(""));
        page.waitForURL("**/login");
        assertThat(page.getByText("Safeguarding Partnership Workspace").first()).isVisible();
        Browser.assertAccessible(page, "login");
        Browser.screenshot(page, "login");

        signIn(page, "admin@enfield.example", DemoData.PASSWORD);
        page.waitForURL("**/second-factor");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Enter your code");
        Browser.screenshot(page, "second-factor");
        Browser.assertAccessible(page, "second factor");
        Browser.passSecondFactor(page, DemoData.SECOND_FACTOR_SECRET);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Alex");
        assertThat(page.getByText("Enfield Safeguarding Children Partnership").first()).isVisible();
        Browser.assertAccessible(page, "home");
        Browser.screenshot(page, "home-admin");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Agencies")).first().click();
        page.waitForURL("**/admin/agencies");
        assertThat(page.locator("vaadin-grid")).containsText("Metropolitan Police - North Area");
        Browser.assertAccessible(page, "agencies");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add agency")).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Name", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
                .fill("Enfield Family Hubs (e2e)");
        dialog.getByLabel("Short name").fill("Family Hubs");
        dialog.getByRole(AriaRole.COMBOBOX, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Kind"))
                .fill("Early help");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Early help")).click();
        Browser.assertAccessible(page, "add agency dialog");
        dialog.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save")).click();

        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.locator("vaadin-grid")).containsText("Enfield Family Hubs (e2e)");
        Browser.assertAccessible(page, "agencies after adding");
        Browser.screenshot(page, "agencies");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members")).first().click();
        page.waitForURL("**/admin/members");
        assertThat(page.locator("vaadin-grid")).containsText("Geraldine Hart");
        Browser.assertAccessible(page, "members");
        Browser.screenshot(page, "members");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail")).first().click();
        page.waitForURL("**/admin/audit");
        assertThat(page.locator("vaadin-grid")).containsText("Enfield Family Hubs (e2e)");
        Browser.assertAccessible(page, "audit trail");
        Browser.screenshot(page, "audit-trail");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import plan")).first().click();
        page.waitForURL("**/plan/import");
        assertThat(page.getByText("Download a template (CSV)")).isVisible();
        Browser.assertAccessible(page, "import plan");
        Browser.screenshot(page, "import-plan");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bank holidays")).first().click();
        page.waitForURL("**/admin/bank-holidays");
        assertThat(page.locator("vaadin-grid")).containsText("Christmas Day");
        Browser.assertAccessible(page, "bank holidays");
        Browser.screenshot(page, "bank-holidays");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import contacts")).first().click();
        page.waitForURL("**/admin/import-contacts");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        Browser.assertAccessible(page, "import contacts");
        Browser.screenshot(page, "import-contacts");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Annex A export")).first().click();
        page.waitForURL("**/admin/annex-a");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Lists 1, 3 and 5 (Excel workbook)"))).isVisible();
        Browser.assertAccessible(page, "annex A export");
        Browser.screenshot(page, "annex-a-export");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL("**/login");
        page.context().close();
    }

    @Test
    void sessionsEndAfterThirtyIdleMinutesAndVaadinHeartbeatsDoNotKeepThemAlive() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }

    @Test
    void aPractitionerTypingAnAdminAddressGetsTheAccessDeniedPage() {
        Page page = browser.newPage();
        page.navigate(url("login"));
        signInFully(page, "police@enfield.example");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Dan");

        page.navigate(url("admin/members"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("You do not have access to this page");
        Browser.assertAccessible(page, "access denied");
        page.context().close();
    }

    @Test
    void fiveWrongPasswordsLockTheEmailToWrongPasswordsButTheMemberStillGetsInWithBothFactors() {
        Page page = browser.newPage();
        page.navigate(url("login"));
        for (int i = 1; i <= 4; i++) {
            signIn(page, "earlyhelp@enfield.example", "not-the-password-" + i);
            page.waitForURL("**/login?error");
            assertThat(page.getByText("The email or password is not right").first()).isVisible();
        }
        signIn(page, "earlyhelp@enfield.example", "not-the-password-5");
        page.waitForURL("**/login?error");
        assertThat(page.getByText("Too many failed attempts").first()).isVisible(); // the fifth, as it says
        Browser.assertAccessible(page, "login locked");
        signIn(page, "earlyhelp@enfield.example", DemoData.PASSWORD);
        page.waitForURL("**/second-factor");
        Browser.passSecondFactor(page, DemoData.SECOND_FACTOR_SECRET);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Grace");
        page.context().close();

        Page unknown = browser.newPage();
        unknown.navigate(url("login"));
        signIn(unknown, "nobody@enfield.example", "whatever-you-like");
        unknown.waitForURL("**/login?error");
        assertThat(unknown.getByText("The email or password is not right").first()).isVisible();
        unknown.context().close();
    }

    @Test
    void aDeactivatedMemberLosesTheirOpenSessionAndCannotSignInAgain() {
        Page page = browser.newPage();
        page.navigate(url("login"));
        signInFully(page, "health@enfield.example");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Nadia");

        var admin = signIn.actorFor(((SignInResult.SignedIn) signIn.signIn("admin@enfield.example",
                DemoData.PASSWORD)).memberId()).orElseThrow();
        var nadia = members.list(admin, new MemberFilter("health@enfield.example", null, null, null),
                PageRequest.first(1)).getFirst();
        members.deactivate(admin, nadia.requireId(), nadia.version());

        page.reload();
        page.waitForURL("**/login");
        // the ended session's page may also reload itself to the sign-in page: start from one settled sign-in page,
        // whose CSRF token belongs to the browser's current session
        page.navigate(url("login"));
        AccessibilitySweepIT.settle(page);
        signIn(page, "health@enfield.example", DemoData.PASSWORD);
        page.waitForURL("**/login?error");
        assertThat(page.getByText("This account has been deactivated").first()).isVisible();
        page.context().close();

        var after = members.get(admin, nadia.requireId());
        members.reactivate(admin, after.requireId(), after.version());
        assertThat(members.get(admin, nadia.requireId()).active()).isTrue();
    }
}
