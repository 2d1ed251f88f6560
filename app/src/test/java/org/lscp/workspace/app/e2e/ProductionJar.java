package org.lscp.workspace.app.e2e;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The production jar built by {@code ./workspace package}, started as a council's IT would: {@code java -jar} on a
 * free port against a fresh schema of the MariaDB on 127.0.0.1:3306, configured by environment variables alone, with
 * the demo partnerships; ready when its readiness probe says so. Closing it stops the jar and drops the schema.
 */
public final class ProductionJar implements AutoCloseable {
    public static final Path JAR = Path.of(System.getProperty("workspace.jar", "target/app-0.1.0-SNAPSHOT.jar"));
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String schema;
    private final int port;
    private final int management;
    private final Path log;
    private final Process process;

    private ProductionJar(String schema, int port, int management, Path log, Process process) {
        this.schema = schema;
        this.port = port;
        this.management = management;
        this.log = log;
        this.process = process;
    }

    /** Starts the jar (with these JVM options) and waits up to 3 minutes for it to be ready. */
    public static ProductionJar start(String name, String... jvmOptions) throws Exception {
        if (!Files.exists(JAR)) throw new IllegalStateException("No production jar at " + JAR
                + ": run ./workspace package first");
        String schema = name + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        int port = freePort();
        int management = freePort();
        Path log = Path.of("target", name + "-app.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder start = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        start.environment().put("PORT", String.valueOf(port));
        start.environment().put("DB_URL", "jdbc:mariadb://127.0.0.1:3306/" + schema + "?createDatabaseIfNotExist=true");
        start.environment().put("DB_USER", "root");
        start.environment().put("DB_PASSWORD", "");
        start.environment().put("WORKSPACE_DEMO_DATA", "true");
        start.environment().put("MANAGEMENT_PORT", String.valueOf(management));
        ProductionJar jar = new ProductionJar(schema, port, management, log, start.start());
        try {
            jar.awaitReady();
        } catch (Exception | AssertionError e) {
            jar.close();
            throw e;
        }
        return jar;
    }

    private void awaitReady() throws Exception {
        // as a load balancer would: wait until the jar says it is ready (after Flyway and the demo data)
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<String> ready = get("http://127.0.0.1:" + management + "/actuator/health/readiness");
                if (ready.statusCode() == 200 && ready.body().contains("\"status\":\"UP\"")) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500); // polling a process we started; nothing in this JVM to wait on instead
        }
        throw new AssertionError(process.isAlive() ? "The jar was not ready within 3 minutes:\n" + tail()
                : "The jar stopped:\n" + tail());
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
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
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/" + schema, "root", "");
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
        try (var connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + schema);
        }
    }
}
