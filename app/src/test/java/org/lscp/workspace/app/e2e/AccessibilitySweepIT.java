package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page of every demo role: signs in as one member of each kind of role (the admin, the chair, a MASH manager,
 * a lead officer, a practitioner and a line manager: together they are offered every page; a MASH practitioner, a
 * senior manager and the second partnership's admin are offered subsets of those, and AuthorizationMatrixIT tries
 * their access), visits
 * every page the navigation offers and one record page of each kind the member can reach from them (a contact, a
 * child's history, an escalation, a recommendation), and on each runs axe with the WCAG 2.2 AA tags, failing on any
 * serious or critical violation, any browser console error and any HTTP error answer from the workspace.
 */
class AccessibilitySweepIT extends BrowserJourney {
    /** A record page of each kind, as linked from the pages the navigation offers. */
    private static final List<Pattern> RECORD_KINDS = List.of(Pattern.compile("^/?contact/\\d+$"),
            Pattern.compile("^/?children/[^/]+$"), Pattern.compile("^/?escalation/\\d+$"),
            Pattern.compile("^/?plan/recommendations/\\d+$"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin@enfield.example", "chair@enfield.example", "mash.manager@enfield.example",
            "lead@enfield.example", "police@enfield.example", "health.manager@enfield.example"})
    void everyPageTheRoleIsOfferedIsAccessibleAndFreeOfErrors(String email) {
        List<String> problems = new ArrayList<>();
        Page page = browser.newPage();
        watch(page, problems);
        signIn(page, email);
        settle(page);
        problems.addAll(Browser.violations(page).stream().map(v -> "home: " + v).toList());
        @SuppressWarnings("unchecked")
        List<String> offered = (List<String>) page.evaluate(
                "() => [...document.querySelectorAll('vaadin-side-nav-item')].map(i => i.getAttribute('path'))");
        assertThat(offered).as("the navigation offers %s pages", email).isNotEmpty();

        Map<Pattern, String> records = new LinkedHashMap<>();
        for (String path : offered) {
            visit(page, path, problems);
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) page.evaluate(
                    "() => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))");
            for (String link : links) {
                for (Pattern kind : RECORD_KINDS) {
                    if (kind.matcher(link).matches()) records.putIfAbsent(kind, link);
                }
            }
        }
        for (String record : records.values()) visit(page, record, problems);
        visit(page, "account", problems); // every member's own pages, reached from the top bar
        visit(page, "password", problems);
        assertThat(problems).as("accessibility violations, console errors and error answers seen by " + email)
                .isEmpty();
        page.context().close();
    }

    /**
     * The queue is the MASH's main screen: at 1366×900 it shows at least 15 contacts, one line each, with its filters
     * on one line. The working lists are photographed on a laptop and a phone (target/screenshots).
     */
    @Test
    void theQueueShowsFifteenContactsOneLineEachAndTheListsFitALaptopAndAPhone() {
        Page page = browser.newPage();
        signIn(page, "mash.manager@enfield.example");
        page.setViewportSize(1366, 900);
        page.navigate(url("contacts"));
        settle(page);
        @SuppressWarnings("unchecked")
        List<Number> rowHeights = (List<Number>) page.evaluate("() => [...document.querySelector('vaadin-grid')"
                + ".shadowRoot.querySelectorAll('tbody#items tr')].filter(r => !r.hidden && r.getBoundingClientRect()"
                + ".bottom <= window.innerHeight && r.getBoundingClientRect().top >= 0).map(r => r.getBoundingClientRect()"
                + ".height)");
        assertThat(rowHeights).as("contacts in view at 1366x900").hasSizeGreaterThanOrEqualTo(15);
        assertThat(rowHeights).as("one line each").allSatisfy(h -> assertThat(h.doubleValue()).isLessThan(44.0));
        @SuppressWarnings("unchecked")
        List<Number> filterTops = (List<Number>) page.evaluate("() => [...document.querySelector('.list-filters')"
                + ".children].filter(f => f.getClientRects().length > 0).map(f => f.getBoundingClientRect().top)");
        assertThat(filterTops).as("the filters on one line").hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(top -> assertThat(top.doubleValue()).isEqualTo(filterTops.getFirst().doubleValue()));
        for (var size : List.of(new int[] {1366, 768}, new int[] {390, 844})) {
            page.setViewportSize(size[0], size[1]);
            for (String list : List.of("contacts", "flags", "escalations")) {
                page.navigate(url(list));
                settle(page);
                Browser.screenshot(page, list + "-" + size[0] + "x" + size[1]);
            }
        }
        page.context().close();
        Page police = browser.newPage();
        signIn(police, "police@enfield.example");
        Page admin = browser.newPage();
        signIn(admin, "admin@enfield.example");
        for (var size : List.of(new int[] {1366, 768}, new int[] {390, 844})) {
            police.setViewportSize(size[0], size[1]);
            police.navigate(url("checks"));
            settle(police);
            Browser.screenshot(police, "checks-" + size[0] + "x" + size[1]);
            admin.setViewportSize(size[0], size[1]);
            for (String list : List.of("admin/audit", "admin/access-log")) {
                admin.navigate(url(list));
                settle(admin);
                Browser.screenshot(admin, list.substring(6) + "-" + size[0] + "x" + size[1]);
            }
        }
        police.context().close();
        admin.context().close();
    }

    @Test
    void malformedAddressesGetTheWorkspacesOwnNotFoundPage() {
        Page page = browser.newPage();
        List<String> problems = new ArrayList<>();
        page.onResponse(r -> {
            if (r.status() >= 500) problems.add(r.status() + " " + r.url());
        });
        signIn(page, "mash.manager@enfield.example");
        for (String address : List.of("contact/abc", "contact/1.5", "contact/9223372036854775808", "contact/-1",
                "escalation/abc", "escalation/99999999", "plan/recommendations/x", "no-such-page")) {
            var response = page.navigate(url(address));
            assertThat(response.status()).as(address).isLessThan(400);
            settle(page);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText(Pattern.compile("not found", Pattern.CASE_INSENSITIVE));
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to your home page")))
                    .isVisible();
            assertThat(page.content()).as(address).doesNotContainIgnoringCase("exception")
                    .doesNotContain("Available routes");
        }
        Browser.assertAccessible(page, "not-found page");
        assertThat(problems).isEmpty();
        page.context().close();
    }

    private void signIn(Page page, String email) {
        page.navigate(url("login"));
        Browser.signInOn(page, email);
    }

    private void visit(Page page, String path, List<String> problems) {
        page.navigate(url(path.startsWith("/") ? path.substring(1) : path));
        settle(page);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).first()).isVisible();
        problems.addAll(Browser.violations(page).stream().map(v -> path + ": " + v).toList());
    }

    /** Waits until Vaadin has answered every request the page made (grids included). */
    static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        page.waitForFunction("() => [...document.querySelectorAll('vaadin-grid')].every(g => !g.loading)");
    }

    /** Collects every console error and every error answer (4xx/5xx) from the workspace itself. */
    private void watch(Page page, List<String> problems) {
        Set<String> seen = new LinkedHashSet<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && seen.add(m.text())) problems.add("console: " + m.text() + " on " + page.url());
        });
        page.onResponse(r -> {
            if (r.status() >= 400 && r.url().startsWith(base()) && seen.add(r.url())) {
                problems.add(r.status() + " " + r.url() + " on " + page.url());
            }
        });
        page.onPageError(e -> problems.add("page error: " + e + " on " + page.url()));
    }
}
