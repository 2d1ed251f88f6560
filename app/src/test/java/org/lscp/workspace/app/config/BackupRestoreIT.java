package org.lscp.workspace.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lscp.workspace.app.WorkspaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The backup and restore the README's "Deploying" section prescribes, done once: {@code mariadb-dump} of a workspace
 * holding the demo partnerships, restored with {@code mariadb} into an empty schema; every table comes back with the
 * same rows, and Flyway finds the restored schema current (nothing to migrate, every checksum valid).
 */
@WorkspaceTest
class BackupRestoreIT {
    @Autowired JdbcTemplate sql;

    private static void run(List<String> command, Path in, Path out) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (in != null) builder.redirectInput(in.toFile());
        if (out != null) builder.redirectOutput(out.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    }

    @Test
    void aDumpRestoredIntoAnEmptySchemaHasEveryRowAndIsCurrentForFlyway(@TempDir Path folder) throws Exception {
        String schema = sql.queryForObject("select database()", String.class);
        String restored = "restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Path dump = folder.resolve("workspace.sql");
        List<String> connection = List.of("--protocol=tcp", "-h127.0.0.1", "-uroot");
        try {
            run(concat(List.of("mariadb-dump", "--single-transaction", "--routines"), connection, List.of(schema)),
                    null, dump);
            assertThat(Files.size(dump)).isGreaterThan(10_000);
            sql.execute("create database " + restored);
            run(concat(List.of("mariadb"), connection, List.of(restored)), dump, null);

            List<String> tables = sql.queryForList("select table_name from information_schema.tables "
                    + "where table_schema = ? and table_type = 'BASE TABLE' order by table_name", String.class, schema);
            assertThat(tables).contains("contact", "member", "audit_entry", "flyway_schema_history");
            for (String table : tables) {
                assertThat(count(restored, table)).as(table).isEqualTo(count(schema, table));
            }
            assertThat(count(restored, "contact")).isPositive();

            Flyway flyway = Flyway.configure().dataSource("jdbc:mariadb://127.0.0.1:3306/" + restored, "root", "")
                    .locations("classpath:db/migration").load();
            flyway.validate();
            assertThat(flyway.migrate().migrationsExecuted).as("nothing to migrate: the restore is current").isZero();
        } finally {
            sql.execute("drop database if exists " + restored);
        }
    }

    private long count(String schema, String table) {
        return sql.queryForObject("select count(*) from `" + schema + "`.`" + table + "`", Long.class);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
