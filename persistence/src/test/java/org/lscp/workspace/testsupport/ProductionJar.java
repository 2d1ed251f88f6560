package org.lscp.workspace.testsupport;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.Awaitility;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The production jar built by {@code ./workspace package}, started as a council's IT would: {@code java -jar} on a
 * free port against a fresh schema of a MariaDB server (127.0.0.1:3306 unless told otherwise), configured by
 * environment variables alone, with the demo partnerships; ready when its readiness probe says so. Closing it stops
 * the jar and drops the schema. Used by the smoke journey, the memory benchmark and the load test.
 */
public final class ProductionJar implements AutoCloseable {
    /** The jar as the app module's tests see it (their working folder is app/). */
    public static final Path JAR = Path.of(System.getProperty("workspace.jar", "target/app-0.1.0-SNAPSHOT.jar"));
    private static final String LOCAL = "127.0.0.1:3306";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String host;
    private final String schema;
    private final int port;
    private final int management;
    private final Path log;
    private final Process process;

    private ProductionJar(String host, String schema, int port, int management, Path log, Process process) {
        this.host = host;
        this.schema = schema;
        this.port = port;
        this.management = management;
        this.log = log;
        this.process = process;
    }

    /** Starts {@link #JAR} on the local MariaDB (with these JVM options), logging to target/{name}-app.log. */
    public static ProductionJar start(String name, String... jvmOptions) throws Exception {
        return start(JAR, LOCAL, name, Path.of("target", name + "-app.log"), List.of(jvmOptions));
    }

    /**
     * Starts {@code jar} against a fresh schema {name}_… on the MariaDB at {@code host} ("127.0.0.1:3306"), its output
     * in {@code log}, and waits up to 4 minutes for it to be ready.
     */
    public static ProductionJar start(Path jar, String host, String name, Path log, List<String> jvmOptions)
            throws Exception {
        if (!Files.exists(jar)) throw new IllegalStateException("No production jar at " + jar
                + ": run ./workspace package first");
        String schema = name + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        int port = freePort();
        int management = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder start = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        start.environment().put("PORT", String.valueOf(port));
        start.environment().put("DB_URL", "jdbc:mariadb://" + host + "/" + schema + "?createDatabaseIfNotExist=true");
        start.environment().put("DB_USER", "root");
        start.environment().put("DB_PASSWORD", "");
        start.environment().put("WORKSPACE_DEMO_DATA", "true");
        start.environment().put("MANAGEMENT_PORT", String.valueOf(management));
        ProductionJar started = new ProductionJar(host, schema, port, management, log, start.start());
        try {
            started.awaitReady();
        } catch (Exception | AssertionError e) {
            started.close();
            throw e;
        }
        return started;
    }

    private void awaitReady() {
        // as a load balancer would: wait until the jar says it is ready (after Flyway and the demo data), or stops
        try {
            Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                    .until(() -> !process.isAlive() || ready());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("The jar was not ready within 4 minutes:\n" + tail());
        }
        if (!process.isAlive()) throw new AssertionError("The jar stopped:\n" + tail());
    }

    private boolean ready() {
        try {
            HttpResponse<String> ready = get("http://127.0.0.1:" + management + "/actuator/health/readiness");
            return ready.statusCode() == 200 && ready.body().contains("\"status\":\"UP\"");
        } catch (IOException notYet) {
            return false; // still starting
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public String schema() {
        return schema;
    }

    /** "http://localhost:PORT", where the members' pages are served. */
    public String base() {
        return "http://localhost:" + port;
    }

    /** "http://127.0.0.1:PORT", the management port (health, metrics). */
    public String management() {
        return "http://127.0.0.1:" + management;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** A connection to the jar's own schema. */
    public Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://" + host + "/" + schema, "root", "");
    }

    /** The last 60 lines of the jar's log. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
        try (var connection = DriverManager.getConnection("jdbc:mariadb://" + host + "/", "root", "");
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + schema);
        }
    }
}
