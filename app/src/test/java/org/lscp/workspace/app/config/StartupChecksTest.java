package org.lscp.workspace.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lscp.workspace.app.WorkspaceApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** What stops the workspace from starting is said in words: missing or malformed settings, a folder in use. */
class StartupChecksTest {
    private final StartupSettingsCheck check = new StartupSettingsCheck();

    private static MockEnvironment settings(String... pairs) {
        MockEnvironment environment = new MockEnvironment();
        for (int i = 0; i < pairs.length; i += 2) environment.setProperty(pairs[i], pairs[i + 1]);
        return environment;
    }

    @Test
    void withoutADatabaseTheStartIsRefusedSayingWhatToSet() {
        StartupProblem problem = catchThrowableOfType(StartupProblem.class, () -> check.postProcessEnvironment(
                settings("spring.datasource.url", ""), new SpringApplication()));

        assertThat(problem).hasMessage("No database is configured: DB_URL is not set.");
        assertThat(problem.action()).contains("Set DB_URL", "jdbc:mariadb://", "./workspace run");
        FailureAnalysis analysis = new StartupProblemAnalyzer().analyze(new IllegalStateException(problem));
        assertThat(analysis.getDescription()).isEqualTo(problem.getMessage());
        assertThat(analysis.getAction()).isEqualTo(problem.action());
    }

    @Test
    void aDatabaseAddressThatIsNotMariaDbIsRefused() {
        assertThatThrownBy(() -> check.postProcessEnvironment(settings("spring.datasource.url",
                "postgres://db:5432/workspace"), new SpringApplication()))
                .isInstanceOf(StartupProblem.class).hasMessageContaining("not a MariaDB address");
    }

    @Test
    void aMalformedRedisAddressIsRefused() {
        assertThatThrownBy(() -> check.postProcessEnvironment(settings(
                "spring.datasource.url", "jdbc:mariadb://db:3306/workspace",
                "workspace.live.redis-url", "redis://:not a port"), new SpringApplication()))
                .isInstanceOf(StartupProblem.class).hasMessageContaining("The Redis address is malformed");
    }

    @Test
    void theEmbeddedDemoAndAProperSetUpPass() {
        check.postProcessEnvironment(settings("workspace.embedded-db.enabled", "true"), new SpringApplication());
        check.postProcessEnvironment(settings("spring.datasource.url", "jdbc:mariadb://db:3306/workspace",
                "workspace.live.redis-url", "redis://10.0.0.20:6379"), new SpringApplication());
    }

    @Test
    void theRealApplicationStartedWithoutADatabaseStopsWithTheProblemBeforeStartingAnything() {
        SpringApplication application = new SpringApplication(WorkspaceApplication.class);
        application.setDefaultProperties(java.util.Map.of("spring.main.banner-mode", "off"));

        assertThatThrownBy(() -> application.run("--spring.datasource.url=", "--server.port=0"))
                .isInstanceOf(StartupProblem.class).hasMessage("No database is configured: DB_URL is not set.");
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsSaidInWords() {
        var cause = new SQLNonTransientConnectionException("Socket fail to connect to db.example.org:3306");

        FailureAnalysis analysis = new StartupProblemAnalyzer.DatabaseNotAnswering()
                .analyze(new IllegalStateException("Flyway failed", new RuntimeException(cause)));

        assertThat(analysis.getDescription()).isEqualTo("The database is not answering: Socket fail to connect to "
                + "db.example.org:3306");
        assertThat(analysis.getAction()).contains("Check DB_URL");
    }

    @Test
    void aSecondWorkspaceOnTheSameEmbeddedFolderIsRefusedAtOnceAndTheFolderIsFreeAfterwards(@TempDir Path folder)
            throws Exception {
        try (DataFolderLock first = DataFolderLock.take(folder)) {
            assertThat(Files.exists(folder.resolve(DataFolderLock.FILE))).isTrue();
            assertThatThrownBy(() -> DataFolderLock.take(folder)).isInstanceOf(StartupProblem.class)
                    .hasMessageContaining("Another workspace is already running on the embedded database in " + folder);
        }
        DataFolderLock.take(folder).close();
    }
}
