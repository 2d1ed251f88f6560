package org.lscp.workspace.persistence.section11;

import org.lscp.workspace.domain.fixtures.Ports;
import org.lscp.workspace.domain.fixtures.Section11Contract;
import org.lscp.workspace.persistence.DatabasePorts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The JDBC Section 11 adapter on MariaDB passes the contract the fake passes. */
@SpringBootTest
class JdbcSection11RepositoryIT extends Section11Contract {
    @Autowired ApplicationContext context;

    @Override
    protected Ports ports() {
        return new DatabasePorts(context);
    }
}
