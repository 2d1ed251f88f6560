package org.lscp.workspace.app.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.lscp.workspace.testsupport.TestSchema;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An end-to-end journey: the whole app on a free port, on the real MariaDB in a throw-away schema with the demo
 * partnerships, driven by one headless Chromium per test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSchema.class)
abstract class BrowserJourney {
    static Browser browser;
    @LocalServerPort int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    /** "http://localhost:PORT", where this test's app listens. */
    String base() {
        return "http://localhost:" + port;
    }

    String url(String path) {
        return base() + "/" + path;
    }
}
