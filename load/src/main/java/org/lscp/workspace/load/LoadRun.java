package org.lscp.workspace.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.persistence.board.BoardReadModel;
import org.lscp.workspace.testsupport.BenchContacts;
import org.lscp.workspace.testsupport.BenchMembers;
import org.lscp.workspace.testsupport.ProductionJar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code ./workspace load}: the production jar on a fresh schema with the demo partnerships, {@code LOAD_CONTACTS}
 * contacts seeded (default 1,000,000) and the board's read model rebuilt, one load member per virtual user (a copy of
 * a demo member: same agency, roles, password and authenticator secret), then {@link WorkspaceSimulation} for
 * {@code LOAD_USERS} members (default 200) over {@code LOAD_MINUTES} (default 10). Afterwards it counts what the run
 * saved against what Gatling's successful saves say, prints the figures beside the targets, stops the jar and drops
 * the schema. Exits 1 when a target is missed.
 */
public final class LoadRun {
    private static final Logger LOG = LoggerFactory.getLogger(LoadRun.class);
    static final double P95_TARGET_MS = 250;

    private final int contacts = env("LOAD_CONTACTS", 1_000_000);
    private final int users = env("LOAD_USERS", 200);
    private final int minutes = env("LOAD_MINUTES", 10);
    private final String think = System.getenv().getOrDefault("LOAD_THINK", "1.0");
    private final Path jar;
    private final Path work;
    private final String run = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    private final String host = System.getenv().getOrDefault("LOAD_DB_HOST", "127.0.0.1:3306");

    LoadRun(Path jar, Path work) {
        this.jar = jar;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "app/target/app-0.1.0-SNAPSHOT.jar").toAbsolutePath();
        Path work = Path.of(args.length > 1 ? args[1] : "load/target/load").toAbsolutePath();
        System.exit(new LoadRun(jar, work).run());
    }

    private static int env(String name, int fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.strip().replace("_", "").replace(",", ""));
    }

    int run() throws Exception {
        Files.createDirectories(work);
        String options = System.getenv("LOAD_APP_JAVA_OPTS");
        List<String> jvm = options == null || options.isBlank() ? List.of() : List.of(options.strip().split("\\s+"));
        LOG.info("Starting {} against a fresh load_ schema", jar.getFileName());
        try (ProductionJar app = ProductionJar.start(jar, host, "load", work.resolve("app.log"), jvm)) {
            LOG.info("The jar is ready on port {}, schema {}", app.port(), app.schema());
            SingleConnectionDataSource db = new SingleConnectionDataSource(app.database(), false);
            try {
                JdbcTemplate jdbc = new JdbcTemplate(db);
                long partnership = jdbc.queryForObject(
                        "select partnership_id from member where email = 'mash.manager@enfield.example'", Long.class);
                seed(jdbc, partnership);
                Mix mix = Mix.of(users);
                members(jdbc, "mash.csv", mix.mash(),
                        List.of("mash.manager@enfield.example", "mash.manager2@enfield.example"));
                members(jdbc, "practitioners.csv", mix.practitioners(),
                        List.of("police@enfield.example", "health@enfield.example", "school@enfield.example"));
                members(jdbc, "board.csv", mix.board(),
                        List.of("chair@enfield.example", "head.of.service@enfield.example"));
                openContacts(jdbc, partnership);
                long contactsBefore = jdbc.queryForObject("select count(*) from contact", Long.class);
                long decisionsBefore = jdbc.queryForObject("select count(*) from threshold_decision", Long.class);
                long logBefore = Files.size(work.resolve("app.log"));

                Path results = work.resolve("results");
                int gatling = gatling(app.port(), results);
                String appLog = Files.readString(work.resolve("app.log")).substring((int) logBefore);
                return report(jdbc, gatling, results, contactsBefore, decisionsBefore, appLog);
            } finally {
                db.destroy();
            }
        }
    }

    /** The contacts, past the adapters (as the benchmark does), then the board's read model rebuilt from them. */
    private void seed(JdbcTemplate jdbc, long partnership) {
        long manager = jdbc.queryForObject("select id from member where email = 'mash.manager@enfield.example'", Long.class);
        List<Long> agencies = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        jdbc.query("select id, kind from agency where partnership_id = ? order by id", rs -> {
            agencies.add(rs.getLong(1));
            sources.add(ContactSource.forAgency(AgencyKind.valueOf(rs.getString(2))).code());
        }, partnership);
        long start = System.nanoTime();
        BenchContacts.seed(jdbc, contacts, partnership, agencies, sources, manager);
        LOG.info("Seeded {} contacts in {} s", contacts, (System.nanoTime() - start) / 1_000_000_000);
        start = System.nanoTime();
        BoardReadModel.rebuild(new NamedParameterJdbcTemplate(jdbc), partnership);
        LOG.info("Board read model rebuilt in {} s", (System.nanoTime() - start) / 1_000_000_000);
        jdbc.execute("analyze table contact, threshold_decision, contact_flag, board_day, board_contact");
    }

    /**
     * One member per virtual user, each a copy of a demo member (agency, roles, password hash, the encrypted demo
     * authenticator secret): a code signs in once, so members must not share an account. Writes email,name lines.
     */
    private void members(JdbcTemplate jdbc, String file, int count, List<String> templates) throws IOException {
        List<String> lines = new ArrayList<>();
        String kind = file.substring(0, file.indexOf('.'));
        for (int i = 0; i < count; i++) {
            String email = "load." + kind + "." + (i + 1) + "@enfield.example";
            String name = "Load " + Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + (i + 1);
            BenchMembers.copy(jdbc, templates.get(i % templates.size()), email, name);
            lines.add(email + "," + name);
        }
        Files.write(work.resolve(file), lines);
    }

    /** The seeded contacts awaiting a decision that nobody has taken, in random order: one per MASH round. */
    private void openContacts(JdbcTemplate jdbc, long partnership) throws IOException {
        List<String> lines = jdbc.query("""
                select id, reference, rag from contact where partnership_id = ? and decided = false
                   and assigned_to is null and reference like 'B-%' order by rand() limit 50000""",
                (rs, n) -> rs.getLong(1) + "," + rs.getString(2) + "," + label(rs.getString(3)), partnership);
        LOG.info("{} open contacts for the MASH managers", lines.size());
        Files.write(work.resolve("contacts.csv"), lines);
    }

    /** RED → Red, as the queue's RAG filter offers it. */
    private static String label(String rag) {
        return rag.charAt(0) + rag.substring(1).toLowerCase(Locale.ROOT);
    }

    private int gatling(int port, Path results) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // what Gatling's own launchers pass: it reads String internals, Netty allocates off-heap
                "-Xmx2g", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow",
                "-Dload.baseUrl=http://127.0.0.1:" + port, "-Dload.data=" + work,
                "-Dload.run=" + run, "-Dload.users=" + users, "-Dload.seconds=" + minutes * 60L,
                "-Dload.think=" + think,
                "-cp", System.getProperty("java.class.path"), "io.gatling.app.Gatling",
                "-s", WorkspaceSimulation.class.getName(), "-rf", results.toString(),
                "-rd", users + " members, " + minutes + " min, " + contacts + " contacts"));
        LOG.info("Gatling: {} members for {} min", users, minutes);
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /** Figures per request from Gatling's stats.json, the counts, and each target met or not. */
    private int report(JdbcTemplate jdbc, int gatling, Path results, long contactsBefore, long decisionsBefore,
                       String appLog) throws IOException {
        Path stats;
        Files.createDirectories(results);
        try (Stream<Path> found = Files.walk(results)) {
            stats = found.filter(p -> p.endsWith(Path.of("js", "stats.js")))
                    .max(Comparator.comparing(p -> p.toFile().lastModified())).orElse(null);
        }
        if (stats == null) {
            LOG.error("Gatling wrote no report (exit {})", gatling);
            return 1;
        }
        JsonNode root = statsObject(Files.readString(stats));
        List<String[]> rows = new ArrayList<>();
        collect(root, rows);
        JsonNode all = root.path("stats");
        long requests = all.path("numberOfRequests").path("total").asLong();
        long errors = all.path("numberOfRequests").path("ko").asLong();
        double p95 = all.path("percentiles3").path("total").asDouble();
        long submitted = ok(root, "Record: submit");
        long decided = ok(root, "Decision: save");

        long contactsMade = jdbc.queryForObject("select count(*) from contact where summary like ?", Long.class,
                "lt-" + run + "-%");
        long contactsDistinct = jdbc.queryForObject("select count(distinct substring_index(summary, ' ', 1)) from"
                + " contact where summary like ?", Long.class, "lt-" + run + "-%");
        long decisionsMade = jdbc.queryForObject("select count(*) from threshold_decision where rationale like ?",
                Long.class, "lt-" + run + " %");
        long decidedTwice = jdbc.queryForObject("""
                select count(*) from (select contact_id from threshold_decision where rationale like ?
                 group by contact_id having count(*) > 1) twice""", Long.class, "lt-" + run + " %");
        long contactsAll = jdbc.queryForObject("select count(*) from contact", Long.class) - contactsBefore;
        long decisionsAll = jdbc.queryForObject("select count(*) from threshold_decision", Long.class) - decisionsBefore;
        long serverErrors = appLog.lines().filter(l -> l.contains(" ERROR ")).count();

        StringBuilder out = new StringBuilder();
        out.append("\n===== Load: %d members, %d min, %,d contacts seeded; %s, %d cores =====\n".formatted(users,
                minutes, contacts, machine(), Runtime.getRuntime().availableProcessors()));
        out.append("| request | count | errors | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|\n");
        for (String[] r : rows) out.append("| ").append(String.join(" | ", r)).append(" |\n");
        out.append("| **all requests** | %d | %d | %.0f | %.0f | %.0f |\n".formatted(requests, errors,
                all.path("percentiles1").path("total").asDouble(), p95, all.path("percentiles4").path("total").asDouble()));
        boolean p95Met = p95 < P95_TARGET_MS, errorsMet = errors == 0 && serverErrors == 0;
        boolean contactsMet = contactsMade == submitted && contactsDistinct == contactsMade && contactsAll == contactsMade;
        boolean decisionsMet = decisionsMade == decided && decidedTwice == 0 && decisionsAll == decisionsMade;
        out.append("\n| target | measured | met |\n|---|---|---|\n");
        out.append("| p95 server response < 250 ms | %.0f ms | %s |\n".formatted(p95, yes(p95Met)));
        out.append("| 0 errors | %d failed requests, %d ERROR lines in the server log | %s |\n".formatted(errors,
                serverErrors, yes(errorsMet)));
        out.append(("| no lost or duplicated contact | %d submits succeeded; %d saved with the run's mark (%d distinct);"
                + " %d new contacts in all | %s |\n").formatted(submitted, contactsMade, contactsDistinct, contactsAll,
                yes(contactsMet)));
        out.append(("| no lost or duplicated decision | %d saves succeeded; %d saved with the run's mark, %d contacts"
                + " decided twice; %d new decisions in all | %s |\n").formatted(decided, decisionsMade, decidedTwice,
                decisionsAll, yes(decisionsMet)));
        out.append("Gatling report: ").append(stats.getParent().getParent()).append("/index.html\n");
        Files.writeString(work.resolve("figures.md"), out);
        System.out.println(out);
        return gatling == 0 && p95Met && errorsMet && contactsMet && decisionsMet ? 0 : 1;
    }

    /**
     * The statistics object of Gatling's report ({@code js/stats.js}: {@code var stats = {…}} in JavaScript, with
     * unquoted keys at the top of each node), read as JSON.
     */
    static JsonNode statsObject(String script) throws IOException {
        int start = script.indexOf('{', script.indexOf("var stats"));
        int depth = 0, end = start;
        boolean inString = false;
        for (int i = start; i < script.length(); i++) {
            char c = script.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                end = i;
                break;
            }
        }
        return new ObjectMapper().enable(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_UNQUOTED_FIELD_NAMES)
                .readTree(script.substring(start, end + 1));
    }

    private static String yes(boolean met) {
        return met ? "yes" : "**no**";
    }

    /** Every request (not group) in the report, in the order Gatling lists them. */
    private static void collect(JsonNode node, List<String[]> rows) {
        for (JsonNode child : node.path("contents")) {
            if ("REQUEST".equals(child.path("type").asText())) {
                JsonNode s = child.path("stats");
                rows.add(new String[] {s.path("name").asText(), s.path("numberOfRequests").path("total").asText(),
                        s.path("numberOfRequests").path("ko").asText(), ms(s, "percentiles1"), ms(s, "percentiles3"),
                        ms(s, "percentiles4")});
            }
            collect(child, rows);
        }
    }

    private static String ms(JsonNode stats, String field) {
        return String.format(Locale.ROOT, "%.0f", stats.path(field).path("total").asDouble());
    }

    /** Successful requests of this name, in whatever group. */
    private static long ok(JsonNode node, String name) {
        long total = 0;
        for (JsonNode child : node.path("contents")) {
            if ("REQUEST".equals(child.path("type").asText()) && name.equals(child.path("stats").path("name").asText())) {
                total += child.path("stats").path("numberOfRequests").path("ok").asLong();
            }
            total += ok(child, name);
        }
        return total;
    }

    private static String machine() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
