package org.lscp.workspace.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * One browser tab's view of a Vaadin Flow UI, as the real client keeps it: the UI id, the security key, the
 * syncId/clientId sequence, and the state tree the server describes in its "changes" (attach, detach, put, remove,
 * splice, clear). The simulation finds the nodes to act on here (a text field by its label, a button by its text, the
 * grid by its tag), never by a hard-coded id, and answers the data connectors' confirm requests as the client does.
 * One per virtual user; Gatling runs a user's requests one after another, so it needs no locking.
 */
public final class VaadinUi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Feature ids of Flow's state tree (NodeFeatureRegistry). */
    static final int TAG = 0, PROPERTIES = 1, CHILDREN = 2, ATTRIBUTES = 3, TEXT = 7;

    /** A node of the state tree. */
    public static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public String property(String name) {
            JsonNode v = properties.get(name);
            return v == null || v.isNull() ? null : v.isTextual() ? v.asText() : v.toString();
        }
    }

    /** An item a data connector (grid, combo box) was sent: its key, and its label for combo boxes. */
    public record Item(String key, JsonNode data) {
        public String label() {
            return data.path("label").asText(null);
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<Integer, List<Item>> items = new HashMap<>();
    private final Map<Integer, Integer> promises = new HashMap<>();
    private final List<int[]> confirms = new ArrayList<>();
    /** The nodes the last answer attached or changed. */
    private final java.util.Set<Integer> touched = new java.util.HashSet<>();
    private int uiId = -1;
    private String securityKey;
    private int syncId;
    private int clientId;
    private int sentClientId = -1;
    private String problem;

    public int uiId() {
        return uiId;
    }

    /** The page's security key, which its requests and its "page left" beacon carry. */
    public String securityKey() {
        return securityKey;
    }

    /** Reads the {@code ?v-r=init} answer: a new UI, its id, security key and first state. */
    public String init(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode config = root.path("appConfig");
            if (!config.has("v-uiId")) return "no v-uiId in the init answer";
            nodes.clear();
            items.clear();
            promises.clear();
            confirms.clear();
            uiId = config.get("v-uiId").asInt();
            JsonNode uidl = config.path("uidl");
            securityKey = uidl.path("Vaadin-Security-Key").asText(null);
            if (securityKey == null) return "no Vaadin-Security-Key in the init answer";
            syncId = uidl.path("syncId").asInt(-1);
            clientId = uidl.path("clientId").asInt(0);
            sentClientId = -1;
            apply(uidl);
            return "ok";
        } catch (Exception e) {
            return "init answer not understood: " + e;
        }
    }

    /** The body of the next UIDL request carrying these RPC invocations. */
    public String message(ArrayNode rpc) {
        ObjectNode m = F.objectNode();
        m.put("csrfToken", securityKey);
        m.set("rpc", rpc);
        m.put("syncId", syncId);
        m.put("clientId", clientId);
        sentClientId = clientId;
        return m.toString();
    }

    /**
     * Reads a UIDL answer; "ok", or what is wrong with it: not the next clientId, no syncId, a resynchronisation, an
     * error the UI shows (Vaadin's system error, the workspace's "Something went wrong", an error notification) or a
     * session that expired.
     */
    public String accept(String body) {
        String unable = problem;
        problem = null;
        if (System.getenv("LOAD_DUMP") != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(System.getenv("LOAD_DUMP")), "\n=== " + uiId + " sent "
                        + sentClientId + "\n" + body + "\n", java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        String answer = read(body);
        return unable != null ? unable : answer;
    }

    private String read(String body) {
        try {
            if (body.contains("Something went wrong and nothing was saved")) return "the workspace reports an error";
            if (body.contains("\"appError\"") || body.contains("Internal error")) return "Vaadin system error";
            if (body.contains("\"sessionExpired\"") || body.contains("Session expired")) return "session expired";
            JsonNode root = JSON.readTree(body);
            if (root.path("resynchronize").asBoolean(false)) return "the server asked to resynchronize";
            if (!root.has("syncId")) return "no syncId: " + abbreviate(body);
            int next = root.path("clientId").asInt(-1);
            if (next != sentClientId + 1) return "clientId " + next + " after sending " + sentClientId;
            syncId = root.get("syncId").asInt();
            clientId = next;
            touched.clear();
            apply(root);
            for (int id : touched) {
                Node n = nodes.get(id);
                if (n != null && "vaadin-notification".equals(n.tag) && "error".equals(n.attributes.get("theme"))) {
                    String text = n.property("text");
                    return "error notification" + (text == null ? "" : ": " + text);
                }
            }
            return "ok";
        } catch (Exception e) {
            return "answer not understood: " + e + " " + abbreviate(body);
        }
    }

    private static String abbreviate(String s) {
        s = s.replaceAll("\\s+", " ");
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    private void apply(JsonNode uidl) {
        for (JsonNode c : uidl.path("changes")) change(c);
        for (JsonNode call : uidl.path("execute")) execute(call);
    }

    private void change(JsonNode c) {
        int id = c.path("node").asInt();
        String type = c.path("type").asText();
        if (type.equals("detach")) {
            nodes.remove(id);
            items.remove(id);
            return;
        }
        Node n = nodes.computeIfAbsent(id, Node::new);
        touched.add(id);
        int feat = c.path("feat").asInt(-1);
        switch (type) {
            case "put" -> {
                String key = c.path("key").asText();
                JsonNode value = c.has("nodeValue") ? c.get("nodeValue") : c.path("value");
                if (feat == TAG && key.equals("tag")) n.tag = value.asText();
                else if (feat == PROPERTIES) n.properties.put(key, value);
                else if (feat == ATTRIBUTES) n.attributes.put(key, value.asText());
                else if (feat == TEXT && key.equals("text")) n.text = value.asText();
            }
            case "remove" -> {
                if (feat == PROPERTIES) n.properties.remove(c.path("key").asText());
                else if (feat == ATTRIBUTES) n.attributes.remove(c.path("key").asText());
            }
            case "splice" -> {
                if (feat != CHILDREN) return;
                int index = Math.min(c.path("index").asInt(), n.children.size());
                int remove = Math.min(c.path("remove").asInt(0), n.children.size() - index);
                for (int i = 0; i < remove; i++) n.children.remove(index);
                List<Integer> add = new ArrayList<>();
                for (JsonNode a : c.path("addNodes")) add.add(a.asInt());
                n.children.addAll(index, add);
            }
            case "clear" -> {
                if (feat == CHILDREN) n.children.clear();
            }
            default -> { }
        }
    }

    /** Data connectors' calls: {@code $connector.set(start, items…)} fills their items, confirm asks for an answer. */
    private void execute(JsonNode call) {
        if (!call.isArray() || call.size() < 2) return;
        String script = call.get(call.size() - 1).asText("");
        JsonNode target = call.get(0);
        if (!target.has("@v-node")) return;
        int node = target.get("@v-node").asInt();
        if (script.contains("$connector.set(") && call.size() >= 4 && call.get(2).isArray()) {
            List<Item> list = items.computeIfAbsent(node, k -> new ArrayList<>());
            if (call.get(1).asInt() == 0) list.clear();
            for (JsonNode item : call.get(2)) list.add(new Item(item.path("key").asText(), item));
        } else if (script.contains("$connector.confirm(") && call.size() >= 3) {
            confirms.add(new int[] {node, call.get(1).asInt()});
        }
    }

    // ---- finding nodes ------------------------------------------------------------------------------------------

    /** The text a node shows: its own text node and its descendants', in order. */
    public String text(Node n) {
        StringBuilder out = new StringBuilder();
        text(n, out, 0);
        return out.toString().strip();
    }

    private void text(Node n, StringBuilder out, int depth) {
        if (n == null || depth > 60) return;
        if (n.text != null) out.append(n.text);
        for (int child : n.children) text(nodes.get(child), out, depth + 1);
    }

    /** The newest attached node that matches (the server numbers nodes upwards, so the newest has the highest id). */
    public Node find(String description, Predicate<Node> test) {
        Node best = null;
        for (Node n : nodes.values()) {
            if (test.test(n) && (best == null || n.id > best.id)) best = n;
        }
        if (best == null) throw new NoSuchElementException("not on the page: " + description);
        return best;
    }

    public boolean has(Predicate<Node> test) {
        return nodes.values().stream().anyMatch(test);
    }

    /** A field (vaadin-text-field, vaadin-combo-box, …) by its label. */
    public Node field(String tag, String label) {
        return find(tag + " labelled " + label, n -> tag.equals(n.tag) && label.equals(n.property("label")));
    }

    /** A vaadin-button by the words on it. */
    public Node button(String words) {
        return find("button " + words, n -> "vaadin-button".equals(n.tag) && words.equals(text(n)));
    }

    public Node tag(String tag) {
        return find(tag, n -> tag.equals(n.tag));
    }

    /** The item key a combo box or grid was sent for a label. */
    public String key(Node connector, String label) {
        for (Item item : items.getOrDefault(connector.id, List.of())) {
            if (label.equals(item.label())) return item.key();
        }
        throw new NoSuchElementException("no item " + label + " sent for node " + connector.id);
    }

    public List<Item> items(Node connector) {
        return items.getOrDefault(connector.id, List.of());
    }

    /** Whether a link to this address (an anchor's href starting with it) is on the page. */
    public boolean links(String href) {
        // a link is a node of the page, or a value of a list's row drawn in the browser (a LitRenderer's href)
        java.util.regex.Pattern inRow = java.util.regex.Pattern.compile("\"" + java.util.regex.Pattern.quote(href)
                + "[?\"#]");
        return has(n -> "a".equals(n.tag) && n.attributes.getOrDefault("href", "").startsWith(href))
                || items.values().stream().flatMap(List::stream).anyMatch(i -> inRow.matcher(i.data().toString()).find());
    }

    /** The addresses the page links to, for a diagnosis. */
    public List<String> hrefs() {
        return nodes.values().stream().filter(n -> "a".equals(n.tag)).map(n -> n.attributes.get("href")).toList();
    }

    /** A step that could not be taken (a node not on the page): the answer to the request carrying it fails. */
    public void problem(String problem) {
        this.problem = abbreviate(String.valueOf(problem).replaceAll("\\s+", " "));
    }

    // ---- RPC invocations, as the client sends them --------------------------------------------------------------

    public static ArrayNode rpc(ObjectNode... invocations) {
        ArrayNode a = F.arrayNode();
        for (ObjectNode i : invocations) a.add(i);
        return a;
    }

    public static ArrayNode rpc(List<ObjectNode> invocations) {
        ArrayNode a = F.arrayNode();
        invocations.forEach(a::add);
        return a;
    }

    /** A DOM event the server listens to. */
    public static ObjectNode event(Node n, String event, ObjectNode data) {
        ObjectNode e = F.objectNode().put("type", "event").put("node", n.id).put("event", event);
        e.set("data", data == null ? F.objectNode() : data);
        return e;
    }

    public static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode e = F.objectNode().put("type", "event").put("node", node).put("event", event);
        e.set("data", data == null ? F.objectNode() : data);
        return e;
    }

    /** A click as the browser reports it. */
    public static ObjectNode click(Node n) {
        ObjectNode data = F.objectNode().put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.detail", 1).put("event.ctrlKey", false).put("event.clientX", 300)
                .put("event.clientY", 400).put("event.altKey", false).put("event.button", 0)
                .put("event.screenY", 500).put("event.screenX", 310);
        return event(n, "click", data);
    }

    /** A property the client synchronises to the server ("mSync"). */
    public static ObjectNode sync(Node n, String property, JsonNode value) {
        ObjectNode s = F.objectNode().put("type", "mSync").put("node", n.id).put("feature", PROPERTIES)
                .put("property", property);
        s.set("value", value);
        return s;
    }

    public static ObjectNode sync(Node n, String property, String value) {
        return sync(n, property, F.textNode(value));
    }

    /** A call of a server method the element publishes ({@code this.$server.name(args)}), with its promise id. */
    public ObjectNode server(Node n, String method, Object... args) {
        ArrayNode a = F.arrayNode();
        for (Object arg : args) {
            if (arg instanceof Integer i) a.add(i);
            else a.add(String.valueOf(arg));
        }
        int promise = promises.merge(n.id, 1, Integer::sum) - 1;
        ObjectNode p = F.objectNode().put("type", "publishedEventHandler").put("node", n.id)
                .put("templateEventMethodName", method);
        p.set("templateEventMethodArgs", a);
        p.put("promise", promise);
        return p;
    }

    /** Router navigation, as a click on a router link or an address typed in sends it. */
    public static ObjectNode navigate(String route, String query, String trigger) {
        ObjectNode data = F.objectNode().put("route", route).put("query", query).put("appShellTitle", "");
        data.set("historyState", F.objectNode().put("idx", 0));
        data.put("trigger", trigger);
        return event(1, "ui-navigate", data);
    }

    /** A text field's value, sent as the client does on change. */
    public static List<ObjectNode> type(Node field, String value) {
        return List.of(sync(field, "value", value), event(field, "change", null));
    }

    /** A combo box's choice: the item's key as its value, with the events the web component fires. */
    public static List<ObjectNode> choose(Node combo, String key) {
        return List.of(sync(combo, "value", key), event(combo, "value-changed", null),
                sync(combo, "opened", F.booleanNode(false)), event(combo, "opened-changed", null));
    }

    /** Opening a combo box: it asks for its first page of items. */
    public List<ObjectNode> open(Node combo) {
        return List.of(server(combo, "setViewportRange", 0, 50, ""), sync(combo, "opened", F.booleanNode(true)),
                event(combo, "opened-changed", null));
    }

    /** A multi-select combo box's selection. */
    public static List<ObjectNode> select(Node combo, Item... chosen) {
        ArrayNode selected = F.arrayNode();
        for (Item i : chosen) selected.add(i.data());
        return List.of(sync(combo, "selectedItems", selected), event(combo, "change", null));
    }

    /** The confirmUpdate answers owed to data connectors, as the client sends them right after an answer. */
    public boolean owesConfirm() {
        return !confirms.isEmpty();
    }

    public ArrayNode confirmations() {
        List<ObjectNode> out = new ArrayList<>();
        for (int[] c : confirms) {
            Node n = nodes.get(c[0]);
            if (n != null) out.add(server(n, "confirmUpdate", c[1]));
        }
        confirms.clear();
        return rpc(out);
    }

    public static ObjectNode data() {
        return F.objectNode();
    }

    /** For diagnostics: tag → count of the nodes attached now. */
    public Map<String, Integer> census() {
        Map<String, Integer> m = new LinkedHashMap<>();
        nodes.values().forEach(n -> m.merge(String.valueOf(n.tag), 1, Integer::sum));
        return m;
    }
}
