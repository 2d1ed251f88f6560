package org.lscp.workspace.persistence.returns;

import org.lscp.workspace.domain.fixtures.DataReturnContract;
import org.lscp.workspace.domain.fixtures.Ports;
import org.lscp.workspace.persistence.DatabasePorts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The JDBC data-return adapter on MariaDB passes the contract the fakes pass. */
@SpringBootTest
class JdbcDataReturnRepositoryIT extends DataReturnContract {
    @Autowired ApplicationContext context;

    @Override
    protected Ports ports() {
        return new DatabasePorts(context);
    }
}
