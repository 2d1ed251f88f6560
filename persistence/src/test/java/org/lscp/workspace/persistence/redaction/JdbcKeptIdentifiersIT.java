package org.lscp.workspace.persistence.redaction;

import org.lscp.workspace.domain.fixtures.KeptIdentifiersContract;
import org.lscp.workspace.domain.fixtures.Ports;
import org.lscp.workspace.persistence.DatabasePorts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The JDBC kept-identifiers adapter on MariaDB passes the contract the fake passes. */
@SpringBootTest
class JdbcKeptIdentifiersIT extends KeptIdentifiersContract {
    @Autowired ApplicationContext context;

    @Override
    protected Ports ports() {
        return new DatabasePorts(context);
    }
}
