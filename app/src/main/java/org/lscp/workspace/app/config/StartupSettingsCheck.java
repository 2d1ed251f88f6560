package org.lscp.workspace.app.config;

import io.lettuce.core.RedisURI;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The settings without which the workspace cannot run, checked before anything starts so that a missing or malformed
 * one is reported in words rather than as a page of stack traces: a database (DB_URL, unless the embedded demo
 * database is on) and, when given, a Redis URL that parses.
 */
public class StartupSettingsCheck implements EnvironmentPostProcessor {
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean embedded = environment.getProperty("workspace.embedded-db.enabled", Boolean.class, false);
        String url = environment.getProperty("spring.datasource.url", "");
        if (!embedded && url.isBlank()) {
            throw new StartupProblem("No database is configured: DB_URL is not set.",
                    "Set DB_URL to the MariaDB the workspace keeps its data in (e.g. "
                            + "jdbc:mariadb://db.example.org:3306/workspace), with DB_USER and DB_PASSWORD. For the "
                            + "demo on an embedded database, use ./workspace run.");
        }
        if (!embedded && !url.startsWith("jdbc:mariadb:") && !url.startsWith("jdbc:mysql:")) {
            throw new StartupProblem("DB_URL is not a MariaDB address: " + url,
                    "Write it as jdbc:mariadb://HOST:PORT/SCHEMA, e.g. jdbc:mariadb://db.example.org:3306/workspace.");
        }
        String redis = environment.getProperty("workspace.live.redis-url", "");
        if (!redis.isBlank()) {
            try {
                RedisURI.create(redis);
            } catch (RuntimeException e) {
                throw new StartupProblem("The Redis address is malformed: " + redis + " (" + e.getMessage() + ")",
                        "Write workspace.live.redis-url as redis://HOST:PORT (rediss:// over TLS), e.g. "
                                + "redis://10.0.0.20:6379, or leave it out when only one instance runs.");
            }
        }
    }
}
