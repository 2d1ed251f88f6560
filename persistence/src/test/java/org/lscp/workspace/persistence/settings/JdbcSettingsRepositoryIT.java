package org.lscp.workspace.persistence.settings;

import org.lscp.workspace.domain.fixtures.SettingsContract;
import org.lscp.workspace.domain.fixtures.Ports;
import org.lscp.workspace.persistence.DatabasePorts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The JDBC settings adapter on MariaDB passes the contract the fake passes. */
@SpringBootTest
class JdbcSettingsRepositoryIT extends SettingsContract {
    @Autowired ApplicationContext context;

    @Override
    protected Ports ports() {
        return new DatabasePorts(context);
    }
}
