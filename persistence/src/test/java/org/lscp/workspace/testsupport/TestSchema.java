package org.lscp.workspace.testsupport;

import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

/** Drops the test context's own schema (it_...) when the context closes, so runs leave nothing behind. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSchema {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    DisposableBean dropTestSchema(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String schema = jdbc.queryForObject("select database()", String.class);
        if (schema == null || !schema.startsWith("it_")) {
            throw new IllegalStateException("Tests must run in a throw-away schema named it_..., not " + schema);
        }
        return () -> jdbc.execute("drop database if exists `" + schema + "`");
    }
}
