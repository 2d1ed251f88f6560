package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.WorkspaceApplication;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.RecordContactCommand;
import org.lscp.workspace.domain.frontdoor.port.in.RecordContactUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two app instances on different ports, one MariaDB schema and one Redis: the MASH manager records a decision on
 * the first; the police practitioner, whose open contact page is served by the second, sees it within two seconds.
 * Real Chromium, axe scan on every page visited. And an instance that cannot reach Redis: it says live updates are
 * degraded and keeps working on its own.
 */
class TwoNodeJourneyIT extends BrowserJourney {
    private static final String CHANNEL = "lscp-e2e:" + UUID.randomUUID();
    @Autowired RecordContactUseCase recording;
    @Autowired java.time.Clock clock;
    @Autowired SignInUseCase signIn;
    @Autowired DataSource dataSource;

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("workspace.live.redis-url", () -> "redis://127.0.0.1:6379");
        registry.add("workspace.live.redis-channel", () -> CHANNEL);
    }

    /** Another instance of the app on a free port, on this test's schema, sharing changes over {@code redisUrl}. */
    private ConfigurableApplicationContext anotherNode(String redisUrl) {
        return new SpringApplicationBuilder(WorkspaceApplication.class).profiles("test").run("--server.port=0",
                "--spring.datasource.url=" + ((HikariDataSource) dataSource).getJdbcUrl(),
                "--workspace.live.redis-url=" + redisUrl, "--workspace.live.redis-channel=" + CHANNEL);
    }

    /** Where the other node listens: "http://localhost:PORT". */
    private static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
    }

    private Contact aContact(String child) {
        return recording.record(DemoActors.actor(signIn, "police@enfield.example"),
                new RecordContactCommand(clock.instant().minusSeconds(1_800), "PC Jo Bell", Channel.PHONE,
                        "NODE-" + System.nanoTime(), child, LocalDate.of(2013, 3, 3), Gender.MALE,
                        Ethnicity.AIND, Set.of(ConcernCategory.NEGLECT), false, "Missed school for a month.",
                        ConsentBasis.CONSENT_GIVEN, Rag.GREEN, Set.of()));
    }

    private static void decide(Page manager, String level, String rationale) {
        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")).click();
        Locator dialog = manager.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Threshold level")).fill(level);
        manager.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(level).setExact(true)).click();
        dialog.getByLabel("Rationale").fill(rationale);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(manager.getByRole(AriaRole.DIALOG)).hasCount(0);
    }

    @Test
    void aNodeThatCannotReachRedisSaysLiveUpdatesAreDegradedAndStillWorksOnItsOwn() {
        try (ConfigurableApplicationContext alone = anotherNode("redis://127.0.0.1:1")) {
            String base = base(alone);
            String path = "/contact/" + aContact("Ola Test").requireId().value();
            Page police = browser.signIn(base, "police@enfield.example");
            police.navigate(base + path);
            assertThat(police.getByText("Live updates are degraded: changes made on other servers show when you "
                    + "reload.")).isVisible();
            Browser.assertAccessible(police, "contact page on a node without Redis");

            Page manager = browser.signIn(base, "mash.manager@enfield.example");
            manager.navigate(base + path);
            decide(manager, "Early help", "Family agrees to early help.");
            // nothing is lost, and the node's own open pages still update live
            assertThat(police.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Early help")))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(2_000));
            manager.context().close();
            police.context().close();
        }
    }

    @Test
    void presenceAndADecisionOnOneNodeAppearLiveOnTheOther() {
        try (ConfigurableApplicationContext second = anotherNode("redis://127.0.0.1:6379")) {
            String secondNode = base(second);
            Contact contact = aContact("Ravi Test");
            String path = "/contact/" + contact.requireId().value();

            Page police = browser.signIn(secondNode, "police@enfield.example");
            police.navigate(secondNode + path);
            assertThat(police.getByText("No decision yet.")).isVisible();
            Browser.assertAccessible(police, "contact page on the second node");

            Page manager = browser.signIn(base(), "mash.manager@enfield.example");
            manager.navigate(base() + path);
            assertThat(police.getByText("Also looking at this contact now: Sam Okafor"))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(2_000));
            assertThat(manager.getByText("Also looking at this contact now: Dan Price")).isVisible();
            decide(manager, "Universal services", "School attendance team to follow up.");
            Browser.assertAccessible(manager, "contact page on the first node");

            assertThat(police.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Universal services")))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(2_000));
            Browser.assertAccessible(police, "contact page on the second node, updated live");
            manager.context().close();
            police.context().close();
        }
    }
}
