package org.lscp.workspace.app.config;

/**
 * A setting that stops the workspace from starting, said in words an IT department can act on: what is wrong, and
 * what to do. Spring Boot prints both under "APPLICATION FAILED TO START" ({@link StartupProblemAnalyzer}), without
 * a stack trace.
 */
public class StartupProblem extends RuntimeException {
    private final String action;

    public StartupProblem(String description, String action) {
        super(description);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
