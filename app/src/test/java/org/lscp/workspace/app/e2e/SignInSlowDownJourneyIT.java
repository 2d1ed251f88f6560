package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.config.DemoData;
import org.springframework.test.context.TestPropertySource;

/**
 * Password spraying from one address, in real Chromium: wrong passwords for three different emails (no per-email
 * lock is reached), then even the right password of a real member is not checked while the address waits, and the
 * page says so in words. This app is started with two free failures per address and a first wait of ten minutes, so
 * the wait cannot run out while the test types.
 */
@TestPropertySource(properties = {"workspace.sign-in.free-failures-per-address=2",
        "workspace.sign-in.first-wait-per-address=10m"})
class SignInSlowDownJourneyIT extends BrowserJourney {

    private static void attempt(Page page, String email, String password) {
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL("**/login?error");
    }

    @Test
    void manyWrongPasswordsFromOneAddressMakeItWaitAndTheRightOneIsNotCheckedMeanwhile() {
        Page page = browser.newPage();
        page.navigate(url("login"));
        attempt(page, "police@enfield.example", "Winter2026!");
        assertThat(page.getByText("The email or password is not right")).isVisible();
        attempt(page, "health@enfield.example", "Winter2026!");
        attempt(page, "school@enfield.example", "Winter2026!"); // the third failure: the address must wait

        attempt(page, "mash@enfield.example", DemoData.PASSWORD);

        assertThat(page.getByText("Too many failed sign-ins from your network")).isVisible();
        Browser.assertAccessible(page, "sign-in slowed down");
        Browser.screenshot(page, "sign-in-slowed-down");
        page.navigate(url("contacts"));
        page.waitForURL("**/login");
        page.context().close();
    }

    /**
     * A sign-in page left open past its session's 30 idle minutes posts the token of a session that has ended: the
     * member is told why the page came back, rather than seeing it again without a word. (No password is checked, so
     * nothing here counts towards the slow-down above.)
     */
    @Test
    void aSignInPageLeftOpenTooLongSaysSoWhenItComesBack() {
        Page page = browser.newPage();
        // the page is open once it is drawn and its push connection has answered: only then has its client nothing
        // more to ask with the session it began (clearing cookies sooner would start a new session, not end one)
        java.util.concurrent.atomic.AtomicBoolean pushing = new java.util.concurrent.atomic.AtomicBoolean();
        page.onWebSocket(socket -> socket.onFrameReceived(frame -> pushing.set(true)));
        page.navigate(url("login"));
        assertThat(page.getByLabel("Email")).isVisible();
        page.waitForCondition(pushing::get);
        page.context().clearCookies(); // the session behind the open page has ended
        page.getByLabel("Email").fill("mash.manager@enfield.example");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(DemoData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL("**/login?expired");
        assertThat(page.getByText("The sign-in page had been open a long time")).isVisible();
        Browser.assertAccessible(page, "sign-in page renewed");
        Browser.screenshot(page, "sign-in-expired");
        page.context().close();
    }
}
