package org.lscp.workspace.testsupport;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A throw-away schema on the local MariaDB, migrated only up to a given version, for a test that puts rows in as
 * they stood then and checks what a later migration makes of them. Dropped on close.
 */
public final class MigratedSchema implements AutoCloseable {
    public final String name = "it_" + UUID.randomUUID().toString().replace("-", "");
    private final DriverManagerDataSource dataSource;
    public final JdbcTemplate jdbc;

    private MigratedSchema(String version) {
        String host = System.getProperty("test.db.host", "127.0.0.1");
        dataSource = new DriverManagerDataSource("jdbc:mariadb://" + host + ":3306/" + name
                + "?createDatabaseIfNotExist=true", "root", "");
        jdbc = new JdbcTemplate(dataSource);
        flyway().target(version).load().migrate();
    }

    /** A schema with the migrations up to and including {@code version}. */
    public static MigratedSchema at(String version) {
        return new MigratedSchema(version);
    }

    /** Runs every later migration. */
    public void migrateToLatest() {
        flyway().load().migrate();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    }

    @Override
    public void close() {
        jdbc.execute("drop database if exists `" + name + "`");
    }
}
