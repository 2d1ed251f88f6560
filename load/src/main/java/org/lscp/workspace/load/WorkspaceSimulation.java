package org.lscp.workspace.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.lscp.workspace.domain.partnership.model.Totp;

/**
 * The workspace under load, through Vaadin's own protocol: each virtual member opens pages as the browser does (the
 * page, {@code ?v-r=init}, then the router's navigation over UIDL) and acts by UIDL requests (events, property syncs,
 * the data connectors' published methods), finding every node in the server's answers ({@link VaadinUi}). Signs in
 * through the real form and second factor, with the code computed from the demo secret as an authenticator would.
 * <ul>
 *   <li>MASH managers: filter the queue by RAG, scroll it, find a contact by reference, open it, take it, record a
 *   decision;</li>
 *   <li>practitioners (police, health, schools): record a new contact;</li>
 *   <li>senior managers and chairs: open the board's dashboard.</li>
 * </ul>
 * Every request must answer 200 and carry no error (see {@link VaadinUi#accept}); saves must say they saved.
 * Settings come from system properties set by {@link LoadRun}.
 */
public class WorkspaceSimulation extends Simulation {
    static final String SECRET = System.getProperty("load.secret", "LSCPDEMOWORKSPACESECONDFACTORKEY");
    static final String PASSWORD = System.getProperty("load.password", "demo-password-2026");
    static final String BASE = System.getProperty("load.baseUrl", "http://127.0.0.1:8080");
    static final Path DATA = Path.of(System.getProperty("load.data", "target/load-data"));
    static final String RUN = System.getProperty("load.run", "0");
    static final int USERS = Integer.getInteger("load.users", 10);
    static final Duration LENGTH = Duration.ofSeconds(Long.getLong("load.seconds", 60));
    static final Duration RAMP = Duration.ofSeconds(Math.min(120, Math.max(5, LENGTH.toSeconds() / 5)));
    /** Every member stops starting rounds when the run's length has passed, wherever the ramp let them in. */
    static final long END = System.nanoTime() + LENGTH.toNanos();
    static final double THINK = Double.parseDouble(System.getProperty("load.think", "1.0"));
    private static final String[] FIRST = {"Riley", "Jordan", "Kai", "Remi", "Alexis", "Morgan", "Eden", "Robin",
            "Quinn", "Sasha", "Jesse", "Rowan", "Ellis", "Avery", "Tate", "Noor", "Ari", "Mika", "Sol", "Lior"};
    private static final String[] LAST = {"Okonjo", "Varga", "Lindqvist", "Mbeki", "Castellano", "Nakamura",
            "Fairweather", "Oduya", "Pellegrini", "Haddad", "Kowalczyk", "Brennan", "Achterberg", "Demir", "Ilunga"};
    private static final List<String> LEVELS = List.of("No further action", "Universal services", "Early help",
            "Child in need assessment (s17)");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    static VaadinUi ui(Session s) {
        return s.get("ui");
    }

    /** The lines of a file LoadRun wrote, as a feeder of one column. */
    static Iterator<Map<String, Object>> feeder(String file, String... columns) {
        try {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String line : Files.readAllLines(DATA.resolve(file))) {
                if (line.isBlank()) continue;
                String[] cells = line.split(",", -1);
                Map<String, Object> row = new java.util.HashMap<>();
                for (int i = 0; i < columns.length; i++) row.put(columns[i], cells[i]);
                rows.add(row);
            }
            return rows.iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ChainBuilder think(int minSeconds, int maxSeconds) {
        return pause(Duration.ofMillis((long) (minSeconds * 1000 * THINK)),
                Duration.ofMillis((long) (maxSeconds * 1000 * THINK)));
    }

    // ---- the protocol ---------------------------------------------------------------------------------------------

    /** One UIDL request; the answer must be the next in sequence, carry no error, and contain {@code expect}. */
    static ChainBuilder uidl(String name, BiFunction<Session, VaadinUi, ArrayNode> rpc, String... expect) {
        return uidl(name, rpc, null, expect);
    }

    static ChainBuilder uidl(String name, BiFunction<Session, VaadinUi, ArrayNode> rpc,
                             io.gatling.javaapi.core.CheckBuilder check,
                             String... expect) {
        var request = http(name).post(s -> "/?v-r=uidl&v-uiId=" + ui(s).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(s -> {
                    VaadinUi ui = ui(s);
                    try {
                        return ui.message(rpc.apply(s, ui));
                    } catch (RuntimeException e) {
                        // sent empty, so that the failure is counted as this request's (Gatling leaves a request it
                        // could not build out of its statistics)
                        ui.problem(name + ": " + e.getMessage());  // one short line: Gatling's log writer needs it
                        return ui.message(VaadinUi.rpc());
                    }
                }))
                .check(status().is(200))
                .check(bodyString().transformWithSession((body, s) -> ui(s).accept(body)).is("ok"));
        if (check != null) request = request.check(check);
        for (String e : expect) {
            request = request.check(bodyString().transformWithSession((b, s) -> {
                String wanted = resolve(e, s);
                return b.contains(wanted) ? "has " + e : "missing " + wanted;
            }).is("has " + e));
        }
        return exec(request).exec(doIf(s -> ui(s).owesConfirm()).then(exec(http(name + " (confirm)")
                .post(s -> "/?v-r=uidl&v-uiId=" + ui(s).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(s -> ui(s).message(ui(s).confirmations())))
                .check(status().is(200))
                .check(bodyString().transformWithSession((body, s) -> ui(s).accept(body)).is("ok")))));
    }

    static ChainBuilder uidl(String name, BiFunction<Session, VaadinUi, List<ObjectNode>> rpc, boolean list,
                             String... expect) {
        return uidl(name, (s, ui) -> VaadinUi.rpc(rpc.apply(s, ui)), expect);
    }

    /** "#{name}" in an expected text: the session's value. */
    static String resolve(String text, Session s) {
        var m = java.util.regex.Pattern.compile("#\\{(\\w+)}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(s.getString(m.group(1))));
        return m.appendTail(out).toString();
    }

    /** The browser's details the client sends with the init request. */
    private static String init(String route, String query) {
        return "/?v-r=init&location=" + enc(route) + "&query=" + enc(query) + "&v-sh=860&v-sw=1366&v-wh=860&v-ww=1366"
                + "&v-bh=860&v-bw=1366&v-curdate=" + System.currentTimeMillis() + "&v-tzo=0&v-dstd=0&v-rtzo=0"
                + "&v-dston=false&v-tzid=Europe%2FLondon&v-wn=v-load&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light"
                + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=UNSUPPORTED"
                + "&v-wla=SUPPORTED&v-ws=false";
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A page opened as the browser opens it: the page, the init request, then the router's navigation. */
    static ChainBuilder open(String name, String route, String expect) {
        return exec(left(name))
                .exec(http(name + ": page").get("/" + route).check(status().is(200)))
                .exec(http(name + ": init").get(s -> init(route, ""))
                        .check(status().is(200))
                        .check(bodyString().transformWithSession((body, s) -> ui(s).init(body)).is("ok")))
                .exec(uidl(name + ": navigate", (s, ui) -> VaadinUi.rpc(VaadinUi.navigate("/" + route, "", "")),
                        expect));
    }

    /**
     * The beacon a browser sends for the page it leaves (LeftPages), so the server releases that page at once, as it
     * does for members' browsers.
     */
    static ChainBuilder left(String name) {
        return doIf(s -> s.contains("ui") && ui(s).uiId() >= 0).then(exec(http(name + ": page left")
                .post("/page-left").formParam("ui", s -> String.valueOf(ui(s).uiId()))
                .formParam("key", s -> ui(s).securityKey()).check(status().is(204))));
    }

    // ---- signing in -------------------------------------------------------------------------------------------

    static final String CSRF = "<meta name=\"_csrf\" content=\"([^\"]+)\"";

    static ChainBuilder signIn() {
        return group("Sign in").on(exec(s -> s.set("ui", new VaadinUi()))
                .exec(http("Sign in: page").get("/login").check(status().is(200), regex(CSRF).saveAs("csrf")))
                .exec(http("Sign in: init").get(s -> init("login", ""))
                        .check(status().is(200))
                        .check(bodyString().transformWithSession((body, s) -> ui(s).init(body)).is("ok")))
                .exec(uidl("Sign in: navigate", (s, ui) -> VaadinUi.rpc(VaadinUi.navigate("/login", "", "")),
                        "vaadin-login-form"))
                .exec(left("Sign in"))
                .exec(http("Sign in: password").post("/login")
                        .formParam("username", "#{email}").formParam("password", PASSWORD).formParam("_csrf", "#{csrf}")
                        .check(status().is(200), currentLocationRegex(".*/second-factor$"), regex(CSRF).saveAs("csrf")))
                .exec(http("Sign in: second factor init").get(s -> init("second-factor", ""))
                        .check(status().is(200))
                        .check(bodyString().transformWithSession((body, s) -> ui(s).init(body)).is("ok")))
                .exec(uidl("Sign in: second factor navigate",
                        (s, ui) -> VaadinUi.rpc(VaadinUi.navigate("/second-factor", "", "")), "Enter your code"))
                .exec(left("Sign in: second factor"))
                .exec(http("Sign in: code").post("/second-factor")
                        .formParam("code", s -> Totp.code(SECRET, Totp.step(Instant.now())))
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200), currentLocationRegex(".*/$"))));
    }

    /**
     * Clicks the button with these words; the answer must hold {@code expect} (resolved against the session). Where
     * {@code again} is given, an answer without it while the page still offers the button is kept in the session as
     * "clicked" = {@code again}, for one more click: the minute sweep had flagged the contact while its page was open,
     * the page was drawn again (a browser shows the new page at once, over push) and the click reached the button it
     * replaced. Such answers are saved beside the results (the first 20) to read afterwards.
     */
    static ChainBuilder click(String name, String button, String expect, String... again) {
        return uidl(name, (s, ui) -> VaadinUi.rpc(VaadinUi.click(ui.button(button))),
                bodyString().transformWithSession((b, s) -> {
                    String wanted = resolve(expect, s);
                    if (b.contains(wanted)) return wanted;
                    keep(name, b);
                    return again.length > 0 && offers(ui(s), button) ? again[0] : "missing " + wanted;
                }).validate(expect + (again.length > 0 ? " or the button still offered" : ""), (found, s) -> {
                    if (found == null || found.startsWith("missing ")) {
                        throw new IllegalStateException(found == null ? "no answer" : found);
                    }
                    return found;
                }).saveAs("clicked"));
    }

    /** {@link #click}, and once more if the page was drawn again under the first click. */
    static ChainBuilder clickOnce(String name, String button, String expect) {
        return exec(click(name, button, expect, "again"))
                .exec(doIf(s -> "again".equals(s.getString("clicked"))).then(click(name + " again", button, expect)));
    }

    /** Whether the page, as the client now holds it, shows a button with this text. */
    static boolean offers(VaadinUi ui, String button) {
        try {
            ui.button(button);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static final AtomicInteger KEPT = new AtomicInteger();

    /** An unexpected answer, kept (the first 20) beside the run's data to read afterwards. */
    static void keep(String step, String body) {
        int n = KEPT.incrementAndGet();
        if (n > 20) return;
        try {
            Files.writeString(DATA.resolve("unexpected-" + n + ".json"), step + "\n" + body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- MASH manager -------------------------------------------------------------------------------------------

    static ChainBuilder mashRound() {
        return exec(feed(CONTACTS))
                .exec(group("Queue: open").on(open("Queue", "contacts", "Contacts")))
                .exec(think(3, 8))
                .exec(group("Queue: filter by RAG").on(
                        uidl("Queue: RAG list", (s, ui) -> ui.open(ui.field("vaadin-combo-box", "RAG")), true),
                        // the RAG of the contact this round will take, so the search below finds it within the filter
                        uidl("Queue: RAG chosen", (s, ui) -> {
                            var rag = ui.field("vaadin-combo-box", "RAG");
                            return VaadinUi.choose(rag, ui.key(rag, s.getString("rag")));
                        }, true, "rag=")))
                .exec(think(3, 8))
                .exec(group("Queue: scroll").on(uidl("Queue: next rows", (s, ui) -> VaadinUi.rpc(
                        ui.server(ui.tag("vaadin-grid"), "setViewportRange", 50, 50)), "$connector")))
                .exec(think(2, 6))
                .exec(group("Queue: find contact").on(uidl("Queue: search", (s, ui) -> {
                    var find = ui.field("vaadin-text-field", "Find");
                    ObjectNode debounce = VaadinUi.data().put("1", 1).put("for", "trailing");
                    return List.of(VaadinUi.sync(find, "value", s.getString("reference")),
                            VaadinUi.event(find, "input", debounce));
                }, true, "#{reference}"),
                        // the grid, shrunk to the one match while scrolled down, asks for its first rows again
                        uidl("Queue: first rows", (s, ui) -> VaadinUi.rpc(
                                ui.server(ui.tag("vaadin-grid"), "setViewportRange", 0, 50)), "$connector")))
                .exec(think(2, 5))
                .exec(group("Contact: open").on(uidl("Contact: navigate", (s, ui) -> {
                    String id = s.getString("contactId");
                    if (!ui.links("contact/" + id)) {
                        throw new IllegalStateException("contact " + id + " not in the queue");
                    }
                    return VaadinUi.rpc(VaadinUi.navigate("contact/" + id,
                            "back=" + enc("contacts?q=" + s.getString("reference")), "link"));
                }, "Take this contact")))
                .exec(think(5, 12))
                .exec(group("Contact: take").on(clickOnce("Contact: take", "Take this contact", "#{name}")))
                .exec(think(5, 12))
                .exec(group("Decision: record").on(
                        clickOnce("Decision: dialog", "Record decision", "Threshold level"),
                        uidl("Decision: levels", (s, ui) -> ui.open(ui.field("vaadin-combo-box", "Threshold level")),
                                true),
                        uidl("Decision: level chosen", (s, ui) -> {
                            var level = ui.field("vaadin-combo-box", "Threshold level");
                            return VaadinUi.choose(level,
                                    ui.key(level, LEVELS.get(ThreadLocalRandom.current().nextInt(LEVELS.size()))));
                        }, true),
                        uidl("Decision: rationale", (s, ui) -> {
                            List<ObjectNode> rpc = new ArrayList<>(VaadinUi.type(
                                    ui.field("vaadin-text-area", "Rationale"), "lt-" + RUN + " decision: needs "
                                            + "assessed against the threshold document; family told of the outcome."));
                            rpc.addAll(VaadinUi.type(ui.field("vaadin-text-field", "Next step / receiving team"),
                                    "Locality team"));
                            return rpc;
                        }, true),
                        exec(think(2, 5)),
                        uidl("Decision: save", (s, ui) -> VaadinUi.rpc(VaadinUi.click(ui.button("Save"))),
                                "Decision recorded")))
                .exec(think(5, 15));
    }

    // ---- practitioner -----------------------------------------------------------------------------------------

    static ChainBuilder recordContact() {
        return exec(s -> s.set("token", "lt-" + RUN + "-" + s.userId() + "-" + SEQUENCE.incrementAndGet())
                        .set("child", FIRST[ThreadLocalRandom.current().nextInt(FIRST.length)] + " "
                                + LAST[ThreadLocalRandom.current().nextInt(LAST.length)]))
                .exec(group("Record: open form").on(open("Record", "contacts/new", "Record a contact")))
                .exec(think(3, 8))
                .exec(group("Record: fill").on(
                        uidl("Record: referrer", (s, ui) -> VaadinUi.type(
                                ui.field("vaadin-text-field", "Referrer (name and role)"), "Duty officer, response team"),
                                true),
                        combo("Record: channel", "How it came in", "Phone"),
                        exec(think(1, 3)),
                        uidl("Record: child", (s, ui) -> VaadinUi.type(ui.field("vaadin-text-field", "Child's name"),
                                s.getString("child")), true),
                        combo("Record: gender", "Gender", "Not stated"),
                        combo("Record: ethnicity", "Ethnicity", "NOBT – Information not yet obtained"),
                        exec(think(1, 3)),
                        uidl("Record: concerns list", (s, ui) -> ui.open(ui.tag("vaadin-multi-select-combo-box")),
                                true),
                        uidl("Record: concerns chosen", (s, ui) -> {
                            var concerns = ui.tag("vaadin-multi-select-combo-box");
                            var all = ui.items(concerns).stream()
                                    .filter(i -> List.of("Neglect", "Domestic abuse", "Mental health").contains(i.label()))
                                    .toList();
                            if (all.isEmpty()) throw new IllegalStateException("no concerns offered");
                            return VaadinUi.select(concerns, all.get(ThreadLocalRandom.current().nextInt(all.size())));
                        }, true),
                        uidl("Record: summary", (s, ui) -> VaadinUi.type(
                                ui.field("vaadin-text-area", "Summary of the concern"), s.getString("token")
                                        + " the school reports the child often arrives hungry and tired."), true),
                        combo("Record: consent", "Basis for sharing information", "Consent given"),
                        uidl("Record: RAG", (s, ui) -> {
                            String rag = List.of("Amber", "Green").get(ThreadLocalRandom.current().nextInt(2));
                            var group = ui.field("vaadin-radio-group", "Priority (RAG)");
                            var button = ui.find("radio button " + rag,
                                    n -> "vaadin-radio-button".equals(n.tag) && ui.text(n).equals(rag));
                            return List.of(VaadinUi.sync(group, "value", button.property("value")),
                                    VaadinUi.event(group, "value-changed", null));
                        }, true)))
                .exec(think(2, 6))
                .exec(group("Record: submit").on(uidl("Record: submit",
                        (s, ui) -> VaadinUi.rpc(VaadinUi.click(ui.button("Submit contact"))),
                        "recorded. Decision due by")))
                .exec(think(10, 25));
    }

    /** A combo box opened (its items fetched) and an item chosen by its label. */
    static ChainBuilder combo(String name, String label, String item) {
        return exec(uidl(name + " list", (s, ui) -> ui.open(ui.field("vaadin-combo-box", label)), true),
                uidl(name + " chosen", (s, ui) -> {
                    var combo = ui.field("vaadin-combo-box", label);
                    return VaadinUi.choose(combo, ui.key(combo, item));
                }, true));
    }

    // ---- board ------------------------------------------------------------------------------------------------

    static ChainBuilder board() {
        return exec(group("Board: open").on(open("Board", "board", "Board assurance"))).exec(think(15, 40));
    }

    // ---- the run ----------------------------------------------------------------------------------------------

    static final Iterator<Map<String, Object>> CONTACTS = feeder("contacts.csv", "contactId", "reference", "rag");

    static ScenarioBuilder members(String title, String file, ChainBuilder round) {
        return scenario(title).exec(feed(feeder(file, "email", "name")))
                .exec(signIn())
                .exitHereIfFailed()
                .exec(think(1, 5))
                // a failed step ends the round (counted once), and the next round starts from a freshly opened page
                .exec(asLongAs(s -> System.nanoTime() < END).on(exitBlockOnFail().on(round)));
    }

    {
        HttpProtocolBuilder protocol = http.baseUrl(BASE)
                .acceptHeader("text/html,application/json;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("en-GB,en;q=0.9")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) workspace-load/1.0")
                .disableCaching();
        Mix mix = Mix.of(USERS);
        int mash = mix.mash(), practitioners = mix.practitioners(), board = mix.board();
        setUp(
                members("MASH manager", "mash.csv", mashRound()).injectOpen(rampUsers(mash).during(RAMP)),
                members("Practitioner", "practitioners.csv", recordContact())
                        .injectOpen(nothingFor(Duration.ofSeconds(1)), rampUsers(practitioners).during(RAMP)),
                members("Board", "board.csv", board())
                        .injectOpen(nothingFor(Duration.ofSeconds(2)), rampUsers(board).during(RAMP)))
                .protocols(protocol)
                .maxDuration(LENGTH.plus(RAMP).plusMinutes(3));
    }
}
