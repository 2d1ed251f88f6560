package org.lscp.workspace.app.config;

import java.sql.SQLNonTransientConnectionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link StartupProblem} into Spring Boot's start-up failure report: the problem, then what to do. */
public class StartupProblemAnalyzer extends AbstractFailureAnalyzer<StartupProblem> {
    @Override
    protected FailureAnalysis analyze(Throwable root, StartupProblem problem) {
        return new FailureAnalysis(problem.getMessage(), problem.action(), problem);
    }

    /** The database named by DB_URL does not answer (wrong host or port, server down, a firewall in between). */
    public static class DatabaseNotAnswering extends AbstractFailureAnalyzer<SQLNonTransientConnectionException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, SQLNonTransientConnectionException cause) {
            return new FailureAnalysis("The database is not answering: " + cause.getMessage(),
                    "Check DB_URL (host, port and schema), DB_USER and DB_PASSWORD, that the MariaDB server is "
                            + "running, and that this machine may reach it; then start the workspace again.",
                    cause);
        }
    }
}
