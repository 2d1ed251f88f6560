package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A page the member leaves (another address typed, a reload, signing in) is released on the server at once, not 15
 * minutes later: the count of open pages ({@code workspace.ui.open}) comes back to what it was. A beacon with another
 * page's key releases nothing.
 */
class LeftPagesJourneyIT extends BrowserJourney {
    @Autowired MeterRegistry registry;

    private double openPages() {
        return registry.get("workspace.ui.open").gauge().value();
    }

    private void heading(Page page, String text) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text);
    }

    @Test
    void aPageLeftIsReleasedAtOnceAndOnlyByItsOwnKey() {
        double before = openPages();
        Page page = browser.signIn(base(), "mash.manager@enfield.example");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        // the sign-in page and the second-factor page were left: only the home page is open
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(openPages()).isEqualTo(before + 1));

        page.navigate(url("contacts"));
        heading(page, "Contacts");
        page.reload();
        heading(page, "Contacts");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(openPages()).isEqualTo(before + 1));

        // beacons naming this session's pages (whichever number this one has) with a wrong key are ignored
        int status = (int) page.evaluate("""
                async () => {
                  let status = 0;
                  for (let ui = 0; ui < 10; ui++) {
                    status = Math.max(status, (await fetch('page-left', {method: 'POST',
                        body: new URLSearchParams({ui: '' + ui, key: 'not-the-key'})})).status);
                  }
                  return status;
                }""");
        assertThat(status).isEqualTo(204);
        heading(page, "Contacts");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Home")).first().click();
        assertThat(page.getByText("Something went wrong")).isHidden();
        assertThat(openPages()).isEqualTo(before + 1);
        page.context().close();
    }

    /** A beacon from a session that has ended (or changed its id at sign-in) is answered without starting a session. */
    @Test
    void aBeaconWithoutASessionStartsNone() throws Exception {
        var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(url("page-left")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("ui=0&key=x")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isEqualTo(204);
        assertThat(answer.headers().allValues("Set-Cookie")).as("no session started").isEmpty();
    }
}
