package org.lscp.workspace.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.config.DemoData;

/**
 * The workspace runs in a real browser under its Content-Security-Policy (issue 15, part 5): signing in, the board's
 * inline SVG charts, server push over its WebSocket and an Annex A download, with no CSP violation reported; the
 * session cookie is HttpOnly and SameSite=Lax; and another site cannot show the workspace in a frame.
 */
class SecurityHeadersJourneyIT extends BrowserJourney {

    @Test
    void theWorkspaceRunsUnderItsPolicyAndNoOtherSiteCanFrameIt() throws Exception {
        Page page = browser.newPage();
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Permissions-Policy")) {
                violations.add(m.text());
            }
        });
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))");
        List<String> sockets = new CopyOnWriteArrayList<>();
        page.onWebSocket(socket -> sockets.add(socket.url()));

        Response login = page.navigate(url("login"));
        assertThat(login.headerValue("content-security-policy")).contains("frame-ancestors 'none'");
        Browser.signInOn(page, "admin@enfield.example");

        Response board = page.navigate(url("board"));
        assertThat(board.headerValue("x-frame-options")).isEqualTo("DENY");
        // a chart, drawn as inline SVG with inline styles
        page.locator("svg rect").first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));

        page.navigate(url("admin/annex-a"));
        Download download = page.waitForDownload(() -> page.getByText("List 1 Contacts (CSV)").click());
        assertThat(Files.readString(download.path())).contains("Child Unique ID,Gender");

        page.waitForCondition(() -> sockets.stream().anyMatch(u -> u.contains("/VAADIN/push")));
        Cookie session = page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow();
        assertThat(session.httpOnly).isTrue();
        assertThat(session.sameSite).isEqualTo(SameSiteAttribute.LAX);
        assertThat(session.secure).as("plain HTTP in the test").isFalse();
        assertThat(violations).isEmpty();

        // another site's page framing the workspace: the browser refuses to show it
        Page other = browser.newPage();
        List<String> refused = new CopyOnWriteArrayList<>();
        other.onConsoleMessage(m -> refused.add(m.text()));
        other.setContent("<iframe title=\"workspace\" src=\"" + url("login") + "\"></iframe>");
        other.waitForCondition(() -> refused.stream().anyMatch(t -> t.contains("frame-ancestors 'none'")));
        other.context().close();
        page.context().close();
    }
}
