package org.lscp.workspace.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.FromShadowDom;
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
        signInOn(page, email);
        return page;
    }

    /** On the sign-in page: the demo password, then the second factor (enrolling on the spot if need be). */
    static void signInOn(Page page, String email) {
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill(org.lscp.workspace.app.config.DemoData.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        try {
            page.waitForURL(url -> url.contains("/second-factor"));
        } catch (com.microsoft.playwright.TimeoutError e) {
            screenshot(page, "sign-in-stuck-" + email.replace('@', '-'));
            throw new AssertionError("After the password " + email + " is at " + page.url() + ": "
                    + page.locator("body").innerText(), e);
        }
        // a member added by a test enrols on the spot; demo members have the demo secret
        com.microsoft.playwright.Locator key = page.locator(".secret-key");
        String secret = key.count() > 0 ? key.innerText().replace(" ", "")
                : org.lscp.workspace.app.config.DemoData.SECOND_FACTOR_SECRET;
        passSecondFactor(page, secret);
    }

    /**
     * Types the authenticator code for now, computed as the member's phone would; a code is accepted once, so when
     * the same member signed in a moment ago this takes the next step's code (allowed for drift), or waits for one.
     */
    static void passSecondFactor(Page page, String secret) {
        long now = org.lscp.workspace.domain.partnership.model.Totp.step(java.time.Instant.now());
        for (long step = now; step <= now + 3; step++) {
            if (step > now + 1) {
                long wait = (step - 1) * org.lscp.workspace.domain.partnership.model.Totp.STEP_SECONDS * 1000
                        - System.currentTimeMillis() + 500;
                if (wait > 0) page.waitForTimeout(wait);
            }
            String code = org.lscp.workspace.domain.partnership.model.Totp.code(secret, step);
            page.getByLabel("Code from your authenticator app, or a recovery code").fill(code);
            page.waitForNavigation(() -> page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Verify")).click());
            if (!page.url().contains("/second-factor") || page.url().contains("/recovery-codes")) return;
        }
        throw new AssertionError("The second factor refused every code: " + page.url());
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
        // a dialog still fading in is read with its colours half blended (too little contrast): wait until no overlay
        // is opening or closing
        page.waitForFunction("() => document.querySelectorAll('[opening], [closing]').length === 0", null,
                new Page.WaitForFunctionOptions().setTimeout(5_000));
        // Two kinds of grid target are left out, as axe's target-size rule (WCAG 2.2, 2.5.8) misreads them:
        // - a link in a row cut off at the grid's or the page's edge is only partly in view, so axe counts it too small,
        //   although it is full size (24px at least, see app.css) once scrolled to;
        // - the grid's keyboard-entry cell (Vaadin's focusable <td>) around a link: axe measures the cell's area not
        //   covered by the link inside it. The link itself, the target a pointer hits, is checked.
        // Every other target, and every other rule, is checked as it stands.
        page.evaluate(GRID_TARGETS_AXE_MISREADS);
        return new AxeBuilder(page)
                .exclude("[data-axe-skip]")
                .exclude(new FromShadowDom("vaadin-grid", "[data-axe-skip]"))
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze().getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> n.getTarget() + " (" + n.getFailureSummary() + ")")
                        .collect(Collectors.joining(", ")))
                .toList();
    }

    private static final String GRID_TARGETS_AXE_MISREADS = """
            () => {
              const skip = e => e.setAttribute('data-axe-skip', '');
              document.querySelectorAll('[data-axe-skip]').forEach(e => e.removeAttribute('data-axe-skip'));
              for (const grid of document.querySelectorAll('vaadin-grid')) {
                const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
                if (!table) continue;
                grid.shadowRoot.querySelectorAll('[data-axe-skip]').forEach(e => e.removeAttribute('data-axe-skip'));
                const view = table.getBoundingClientRect();
                const head = grid.shadowRoot.querySelector('thead');
                const top = view.top + (head ? head.getBoundingClientRect().height : 0);
                for (const target of grid.querySelectorAll('vaadin-grid-cell-content a, vaadin-grid-cell-content button,'
                    + ' vaadin-grid-cell-content vaadin-button')) {
                  const r = target.getBoundingClientRect();
                  if (r.top < top || r.bottom > view.bottom || r.left < view.left || r.right > view.right
                      || r.top < 0 || r.bottom > window.innerHeight || r.left < 0 || r.right > window.innerWidth) {
                    skip(target);
                  }
                }
                for (const cell of grid.shadowRoot.querySelectorAll('tbody td[tabindex]')) {
                  const slot = cell.querySelector('slot');
                  const content = slot ? slot.assignedElements() : [];
                  if (content.some(c => c.querySelector('a[href], button, vaadin-button'))) skip(cell);
                }
              }
            }""";


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

    /**
     * Saves a screenshot of one card, whole however tall it is, at the width given: the window is made as tall as the
     * card (the app's content scrolls inside its layout, where an element screenshot would come out torn).
     */
    static void screenshot(Page page, com.microsoft.playwright.Locator element, int width, String name) {
        page.setViewportSize(width, 800);
        element.evaluate("e => e.scrollIntoView({block: 'start'})");
        int height = (int) Math.ceil(element.boundingBox().height) + 160;
        page.setViewportSize(width, height);
        element.evaluate("e => e.scrollIntoView({block: 'start'})");
        page.evaluate("() => document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[content]')"
                + " ?.scrollBy(0, -80)");
        screenshot(page, name);
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
