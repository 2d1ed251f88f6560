package org.lscp.workspace.persistence.escalation;

import org.lscp.workspace.domain.fixtures.EscalationRepositoryContract;
import org.lscp.workspace.domain.fixtures.Ports;
import org.lscp.workspace.persistence.DatabasePorts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The escalation adapter on MariaDB passes the contract the fake passes. */
@SpringBootTest
class JdbcEscalationRepositoryIT extends EscalationRepositoryContract {
    @Autowired ApplicationContext context;

    @Override
    protected Ports ports() {
        return new DatabasePorts(context);
    }
}
