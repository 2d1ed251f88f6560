package org.lscp.workspace.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Real headless Chromium (Debian's package) driven by Playwright, with an axe-core scan helper that fails on
 * serious or critical accessibility violations.
 */
final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));
    final Playwright playwright;
    final com.microsoft.playwright.Browser chromium;

    Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A new browser context signed in at {@code baseUrl} ("http://localhost:8080") as a demo member. */
    Page signIn(String baseUrl, String email) {
        Page page = newPage();
        page.navigate(baseUrl + "/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill(org.lscp.workspace.app.config.DemoData.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /** Picks {@code option} in the combo box labelled {@code label} inside {@code scope}. */
    static void choose(Page page, com.microsoft.playwright.Locator scope, String label, String option) {
        scope.getByRole(com.microsoft.playwright.options.AriaRole.COMBOBOX,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName(label)).fill(option);
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    Page newPage() {
        Page page = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1366, 860).setLocale("en-GB").setTimezoneId("Europe/London")).newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    /** Scans the page as it is now; fails listing every serious or critical violation. */
    static void assertAccessible(Page page, String where) {
        List<String> violations = violations(page);
        assertThat(violations).as(() -> "Accessibility violations on " + where + ":\n"
                + String.join("\n", violations)).isEmpty();
    }

    /** Every serious or critical WCAG 2.2 AA violation axe finds on the page as it is now, one line each. */
    static List<String> violations(Page page) {
        // a combo box's option list that is still closing is scanned as an unnamed listbox: wait until none shows
        page.waitForFunction("() => [...document.querySelectorAll('vaadin-combo-box-scroller, "
                + "vaadin-multi-select-combo-box-scroller')].every(list => !list.checkVisibility())", null,
                new Page.WaitForFunctionOptions().setTimeout(5_000));
        return new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze().getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> n.getTarget() + " (" + n.getFailureSummary() + ")")
                        .collect(Collectors.joining(", ")))
                .toList();
    }

    /** Saves a screenshot under target/screenshots (copied to docs/screenshots for the README). */
    static void screenshot(Page page, String name) {
        try {
            Path dir = Paths.get("target", "screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
