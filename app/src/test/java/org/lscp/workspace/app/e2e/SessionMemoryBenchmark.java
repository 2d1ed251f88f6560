package org.lscp.workspace.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.testsupport.ProductionJar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not part of the test command: {@code ./workspace bench} runs it on the production jar. How much live heap one
 * signed-in member's session holds on the queue, a contact page and the board: the jar's heap after full
 * collections with N members' sessions open on the page, less the heap with none, divided by N; target 500 KB. The
 * N members are copies of the demo MASH manager (same password and authenticator secret, their own emails), so
 * each signs in with the current code. Every session is signed out before the next page's round.
 */
class SessionMemoryBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(SessionMemoryBenchmark.class);
    static final int SESSIONS = Integer.getInteger("bench.sessions", 20);
    static final long TARGET_KB = 500;

    @Test
    void liveHeapPerSessionOnTheQueueAContactAndTheBoard() throws Exception {
        try (ProductionJar jar = ProductionJar.start("memory", "-Xmx1g", "-XX:+UseG1GC");
             Browser browser = new Browser()) {
            List<String> members = copiesOfTheManager(jar, SESSIONS + 1);
            long contact = firstOpenContact(jar);
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("the queue", "contacts");
            pages.put("a contact page", "contact/" + contact);
            pages.put("the board", "board");
            // warm up: classes loaded, caches filled, by one session that then signs out
            List<Page> warm = open(browser, jar, members.subList(0, 1), pages.values());
            signOut(warm);
            StringBuilder report = new StringBuilder("\n===== Live heap per session, production jar, %d sessions per page =====\n"
                    .formatted(SESSIONS));
            for (var entry : pages.entrySet()) {
                long none = liveHeapKb(jar);
                Map<String, long[]> before = histogram(jar);
                int uisBefore = openUis(jar);
                List<Page> open = open(browser, jar, members.subList(1, SESSIONS + 1), List.of(entry.getValue()));
                long with = liveHeapKb(jar);
                Map<String, long[]> after = histogram(jar);
                report.append(growth(before, after, entry.getKey()));
                int uis = openUis(jar) - uisBefore;
                // the live objects' bytes, from the histogram (exact, counted after a full collection); the heap's
                // "used" after full collections also counts space G1 has not given back, and varies run to run
                long perSession = (liveBytes(after) - liveBytes(before)) / 1024 / SESSIONS;
                report.append(("%-16s live objects %,7d KB more with %d sessions = %,5d KB per session (%d UIs open;"
                        + " heap used after full GCs %,d -> %,d KB)").formatted(entry.getKey(),
                        (liveBytes(after) - liveBytes(before)) / 1024, SESSIONS, perSession, uis, none, with))
                        .append("   target <= ").append(TARGET_KB).append(" KB")
                        .append(perSession <= TARGET_KB ? "  met" : "  MISSED").append('\n');
                signOut(open);
            }
            LOG.info(report.toString());
            System.out.println(report);
        }
    }

    /** Signs each member in in a context of its own and opens the paths in turn, waiting for each page's heading. */
    private static List<Page> open(Browser browser, ProductionJar jar, List<String> members,
                                   java.util.Collection<String> paths) {
        List<Page> pages = new ArrayList<>();
        for (String member : members) {
            Page page = browser.signIn(jar.base(), member);
            // as a member does, who sees the home page before going on (a page left before it has even started
            // cannot say it was left, and waits for Vaadin's heartbeat to lapse)
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).first().waitFor();
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            for (String path : paths) {
                page.navigate(jar.base() + "/" + path);
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).first().waitFor();
                page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            }
            pages.add(page);
        }
        return pages;
    }

    private static void signOut(List<Page> pages) {
        for (Page page : pages) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            page.waitForURL(url -> url.contains("/login"));
            page.context().close();
        }
    }

    /** Copies of the demo MASH manager, bench.member{i}@enfield.example. */
    private static List<String> copiesOfTheManager(ProductionJar jar, int count) throws Exception {
        List<String> emails = new ArrayList<>();
        try (Connection db = jar.database()) {
            var jdbc = new org.springframework.jdbc.core.JdbcTemplate(
                    new org.springframework.jdbc.datasource.SingleConnectionDataSource(db, true));
            for (int i = 1; i <= count; i++) {
                String email = "bench.member" + i + "@enfield.example";
                org.lscp.workspace.testsupport.BenchMembers.copy(jdbc, "mash.manager@enfield.example", email,
                        "Bench member " + i);
                emails.add(email);
            }
        }
        return emails;
    }

    private static long firstOpenContact(ProductionJar jar) throws Exception {
        try (Connection db = jar.database(); Statement sql = db.createStatement();
             var rows = sql.executeQuery("select c.id from contact c join member m on m.partnership_id = c.partnership_id"
                     + " where m.email = 'mash.manager@enfield.example' and c.decided = false order by c.id limit 1")) {
            assertThat(rows.next()).as("an open demo contact").isTrue();
            return rows.getLong(1);
        }
    }

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    /** Heap in use after two full collections, from the JDK's own jcmd. */
    private static long liveHeapKb(ProductionJar jar) throws Exception {
        jcmd(jar, "GC.run");
        Thread.sleep(1_000); // let finalisation and reference processing settle between the collections
        jcmd(jar, "GC.run");
        String info = jcmd(jar, "GC.heap_info");
        Matcher used = USED.matcher(info);
        assertThat(used.find()).as(info).isTrue();
        return Long.parseLong(used.group(1));
    }

    private static long liveBytes(Map<String, long[]> histogram) {
        return histogram.values().stream().mapToLong(c -> c[1]).sum();
    }

    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    /** Instances and bytes by class, live objects only (the histogram collects first). */
    private static Map<String, long[]> histogram(ProductionJar jar) throws Exception {
        Map<String, long[]> classes = new java.util.HashMap<>();
        for (String line : jcmd(jar, "GC.class_histogram").split("\n")) {
            Matcher m = HISTOGRAM_LINE.matcher(line);
            if (m.find()) classes.put(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
        }
        return classes;
    }

    /** The classes whose live bytes grew most, per session: what the open pages hold. */
    private static String growth(Map<String, long[]> before, Map<String, long[]> after, String page) {
        StringBuilder out = new StringBuilder("  what " + page + " holds, per session (largest growth first):\n");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(15)
                .forEach(e -> out.append("    %,9.1f KB %,8.1f objects  %s%n".formatted(
                        e.getValue()[1] / 1024.0 / SESSIONS, e.getValue()[0] / (double) SESSIONS, e.getKey())));
        out.append("    pages and UIs held per session: ");
        after.entrySet().stream().filter(e -> e.getKey().startsWith("org.lscp.workspace.app.")
                        || e.getKey().startsWith("com.vaadin.flow.component.") || e.getKey().startsWith("com.vaadin.flow.router.")
                        || e.getKey().startsWith("org.atmosphere.") || e.getKey().startsWith("com.vaadin.flow.server.communication."))
                .filter(e -> e.getValue()[0] > before.getOrDefault(e.getKey(), new long[2])[0])
                .filter(e -> e.getKey().endsWith("View") || e.getKey().endsWith("Page") || e.getKey().endsWith("UI")
                        || e.getKey().endsWith("Layout") || Boolean.getBoolean("bench.allClasses"))
                .forEach(e -> out.append("%s %.1f  ".formatted(e.getKey().substring(e.getKey().lastIndexOf('.') + 1),
                        (e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0]) / (double) SESSIONS)));
        return out.append('\n').toString();
    }

    private static String jcmd(ProductionJar jar, String command) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(jar.pid()), command).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jcmd.waitFor()).as(out).isZero();
        return out;
    }

    private static int openUis(ProductionJar jar) throws Exception {
        Matcher gauge = Pattern.compile("(?m)^workspace_ui_open(?:\\{[^}]*\\})? ([0-9.]+)")
                .matcher(ProductionJar.get(jar.management() + "/actuator/prometheus").body());
        return gauge.find() ? (int) Double.parseDouble(gauge.group(1)) : -1;
    }
}
