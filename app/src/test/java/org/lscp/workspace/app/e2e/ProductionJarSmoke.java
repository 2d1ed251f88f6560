package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What ships, as a council's IT would start it: the production jar built by {@code ./workspace package}, run with
 * {@code java -jar} on a free port against a fresh schema of the MariaDB on 127.0.0.1:3306, configured by environment
 * variables alone. It must serve in Vaadin's production mode (no development page, stack trace or route list at any
 * address); a MASH manager signs in with both factors and opens the queue and the board, each scanned by axe. Run by
 * {@code ./workspace smoke} in .ci/run after the package; its name keeps it out of the test command's IT set, as it
 * needs the packaged jar.
 */
class ProductionJarSmoke {
    private static final Path JAR = Path.of(System.getProperty("workspace.jar", "target/app-0.1.0-SNAPSHOT.jar"));
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    @Test
    void theJarServesTheWorkspaceInProductionModeFromEnvironmentVariablesAlone() throws Exception {
        assertThat(JAR).as("the production jar: run ./workspace package first").exists();
        String schema = "smoke_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        int port = freePort();
        int management = freePort();
        String base = "http://localhost:" + port;
        Path log = Path.of("target", "smoke-app.log");
        ProcessBuilder start = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        start.environment().put("PORT", String.valueOf(port));
        start.environment().put("DB_URL", "jdbc:mariadb://127.0.0.1:3306/" + schema + "?createDatabaseIfNotExist=true");
        start.environment().put("DB_USER", "root");
        start.environment().put("DB_PASSWORD", "");
        start.environment().put("WORKSPACE_DEMO_DATA", "true");
        start.environment().put("MANAGEMENT_PORT", String.valueOf(management));
        Process app = start.start();
        try {
            // as a load balancer would: wait until the jar says it is ready (after Flyway and the demo data)
            String readiness = "http://127.0.0.1:" + management + "/actuator/health/readiness";
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            HttpResponse<String> ready = null;
            while (Instant.now().isBefore(deadline) && app.isAlive()) {
                try {
                    ready = get(readiness);
                    if (ready.statusCode() == 200) break;
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(500); // polling a process we started; nothing in this JVM to wait on instead
            }
            assertThat(app.isAlive()).as(() -> "the jar stopped:\n" + tailOrEmpty(log)).isTrue();
            assertThat(ready).as(() -> "the jar was not ready within 3 minutes:\n" + tailOrEmpty(log)).isNotNull();
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"status\":\"UP\"");
            HttpResponse<String> login = get(base + "/login");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(Files.readString(log)).contains("Vaadin is running in production mode.");
            assertThat(get("http://127.0.0.1:" + management + "/actuator/prometheus").body())
                    .contains("workspace_sessions_open");
            assertThat(login.body()).as("Vaadin's production mode").doesNotContain("\"productionMode\":false")
                    .doesNotContain("vaadin-dev-tools").doesNotContain("dev-tools");

            try (Browser browser = new Browser()) {
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
        } finally {
            app.destroy();
            if (!app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) app.destroyForcibly();
            try (var connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
                 var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + schema);
            }
        }
    }

    private static String tailOrEmpty(Path log) {
        try {
            return tail(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
