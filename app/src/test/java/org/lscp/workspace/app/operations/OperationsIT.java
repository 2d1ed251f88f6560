package org.lscp.workspace.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.testsupport.TestSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/**
 * What an IT department watches, read from the running app: liveness and readiness (the database; Redis when
 * configured) and Prometheus metrics on the management port, without signing in; none of it on the members' port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSchema.class)
class OperationsIT {
    @LocalServerPort int port;
    @Autowired Environment environment;
    @Autowired SignInUseCase signIn;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int managementPort() {
        return environment.getRequiredProperty("local.management.port", Integer.class);
    }

    @Test
    void livenessAndReadinessAnswerUpOnTheManagementPortWithoutASignIn() throws Exception {
        assertThat(managementPort()).isPositive().isNotEqualTo(port);
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health"}) {
            HttpResponse<String> answer = get(managementPort(), probe);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void prometheusMetricsIncludeTheWorkspacesOwn() throws Exception {
        signIn.signIn("nobody@enfield.example", "not the password"); // a use case has run, timed

        HttpResponse<String> metrics = get(managementPort(), "/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("workspace_sessions_open", "workspace_ui_open", "jvm_memory_used_bytes",
                "hikaricp_connections_active", "workspace_use_case_seconds_count");
    }

    @Test
    void theMembersPortServesNoneOfIt() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/prometheus", "/actuator"}) {
            HttpResponse<String> answer = get(port, path);
            assertThat(answer.body()).as(path).doesNotContain("\"status\":\"UP\"").doesNotContain("jvm_memory");
        }
    }
}
