package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.config.DemoData;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.audit.port.out.AuditLog;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.port.in.ManageMembersUseCase;
import org.lscp.workspace.domain.partnership.port.in.SecondFactorUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.shared.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two factors, in real Chromium: a member whose second factor an admin reset enrols at sign-in (QR code and key,
 * a wrong first code refused, recovery codes shown once), signs in with a recovery code once (the second time it is
 * refused) and with the app's code; a session that has given only its password reaches nothing else. Axe on every
 * page.
 */
class SecondFactorJourneyIT extends BrowserJourney {
    private static final String TOM = "school@enfield.example";
    @Autowired SignInUseCase signIn;
    @Autowired SecondFactorUseCase secondFactors;
    @Autowired ManageMembersUseCase members;
    @Autowired AuditLog audit;

    private static void password(Page page, String email) {
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(DemoData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL("**/second-factor");
    }

    private static void code(Page page, String code) {
        page.getByLabel("Code from your authenticator app, or a recovery code").fill(code);
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify"))
                .click());
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    @Test
    void aMemberEnrolsUsesARecoveryCodeOnceAndSignsInWithTheAppsCode() {
        // the admin resets Tom's second factor from the members list
        Page admin = browser.signIn(base(), "admin@enfield.example");
        admin.navigate(url("admin/members"));
        admin.getByLabel("Name or email contains").fill(TOM);
        assertThat(admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Reset the second factor of Dan Price"))).hasCount(0);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset the second factor of Tom Reed"))
                .click();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset second factor").setExact(true))
                .click();
        assertThat(admin.getByText("Tom Reed will set up a new second factor at their next sign-in.")).isVisible();
        admin.context().close();
        var tomId = members.list(DemoActors.actor(signIn, "admin@enfield.example"),
                new MemberFilter(TOM, null, null, null), PageRequest.first(1)).getFirst().requireId();
        assertThat(secondFactors.enrolled(tomId)).isFalse();

        // enrolment at the next sign-in; the password alone reaches nothing else
        Page page = browser.newPage();
        page.navigate(url("login"));
        password(page, TOM);
        assertThat(heading(page)).hasText("Set up your second factor");
        for (String elsewhere : List.of("board", "contacts", "", "admin/members", "plan")) {
            page.navigate(url(elsewhere));
            page.waitForURL("**/second-factor");
            assertThat(heading(page)).hasText("Set up your second factor");
        }
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("QR code to add the workspace to your authenticator app"))).isVisible();
        String secret = page.locator(".secret-key").innerText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        Browser.screenshot(page, "second-factor-enrol");
        Browser.assertAccessible(page, "second factor enrolment");
        code(page, "000000");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("That code is not right");
        Browser.assertAccessible(page, "second factor enrolment, wrong code");
        Browser.passSecondFactor(page, secret);
        page.waitForURL("**/second-factor/recovery-codes");
        assertThat(heading(page)).hasText("Your recovery codes");
        List<String> recovery = page.locator(".recovery-codes li").allInnerTexts();
        assertThat(recovery).hasSize(10).allMatch(c -> c.matches("[A-Z2-9]{4}-[A-Z2-9]{4}"));
        Browser.assertAccessible(page, "recovery codes");
        Browser.screenshot(page, "second-factor-recovery-codes");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I have kept them: continue to the "
                + "workspace")).click();
        assertThat(heading(page)).containsText("Tom");
        page.context().close();

        // a recovery code signs in once
        page = browser.newPage();
        page.navigate(url("login"));
        password(page, TOM);
        assertThat(heading(page)).hasText("Enter your code");
        code(page, recovery.get(0));
        assertThat(heading(page)).containsText("Tom");
        page.context().close();

        page = browser.newPage();
        page.navigate(url("login"));
        password(page, TOM);
        code(page, recovery.get(0).toLowerCase());
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("That code is not right, or it was already used");
        Browser.assertAccessible(page, "second factor, code refused");
        Browser.screenshot(page, "second-factor-refused");
        Browser.passSecondFactor(page, secret);
        assertThat(heading(page)).containsText("Tom");
        page.context().close();

        var enfield = DemoActors.actor(signIn, "admin@enfield.example").partnershipId();
        assertThat(audit.find(enfield, new org.lscp.workspace.domain.audit.model.AuditFilter(null, "Member", null,
                        null), PageRequest.first(PageRequest.MAX_LIMIT)).stream()
                .filter(e -> e.entityId().equals(String.valueOf(tomId)))
                .map(e -> e.action()).toList()).contains(AuditAction.SECOND_FACTOR_RESET,
                AuditAction.SECOND_FACTOR_ENROLLED, AuditAction.RECOVERY_CODE_USED, AuditAction.SECOND_FACTOR_FAILED,
                AuditAction.SECOND_FACTOR_PASSED, AuditAction.SIGNED_IN);
    }
}
