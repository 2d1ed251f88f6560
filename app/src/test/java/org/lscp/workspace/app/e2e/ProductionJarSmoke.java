package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.testsupport.ProductionJar;

/**
 * What ships, as a council's IT would start it: the production jar built by {@code ./workspace package}, run with
 * {@code java -jar} on a free port against a fresh schema of the MariaDB on 127.0.0.1:3306, configured by environment
 * variables alone. It must serve in Vaadin's production mode (no development page, stack trace or route list at any
 * address); a MASH manager signs in with both factors and opens the queue and the board, each scanned by axe. Run by
 * {@code ./workspace smoke} in .ci/run after the package; its name keeps it out of the test command's IT set, as it
 * needs the packaged jar.
 */
class ProductionJarSmoke {

    @Test
    void theJarServesTheWorkspaceInProductionModeFromEnvironmentVariablesAlone() throws Exception {
        try (ProductionJar jar = ProductionJar.start("smoke")) {
            HttpResponse<String> login = ProductionJar.get(jar.base() + "/login");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(Files.readString(jar.log())).contains("Vaadin is running in production mode.");
            assertThat(ProductionJar.get(jar.management() + "/actuator/prometheus").body())
                    .contains("workspace_sessions_open");
            assertThat(login.body()).as("Vaadin's production mode").doesNotContain("\"productionMode\":false")
                    .doesNotContain("vaadin-dev-tools").doesNotContain("dev-tools");

            try (Browser browser = new Browser()) {
                String base = jar.base();
                Page page = browser.signIn(base, "mash.manager@enfield.example");
                page.navigate(base + "/contacts");
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                        .containsText("Contacts");
                Browser.assertAccessible(page, "the queue, from the production jar");
                page.navigate(base + "/board");
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                        .containsText("Board");
                Browser.assertAccessible(page, "the board, from the production jar");
                page.navigate(base + "/contact/9223372036854775808");
                String shown = page.locator("body").innerText();
                assertThat(shown).as("no Java, no class names, no route list").doesNotContain("Exception")
                        .doesNotContain("org.lscp").doesNotContain("Available routes");
                page.context().close();
            }
        }
    }
}
