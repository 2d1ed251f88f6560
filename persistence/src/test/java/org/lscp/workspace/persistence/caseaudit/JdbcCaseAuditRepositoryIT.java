package org.lscp.workspace.persistence.caseaudit;

import org.lscp.workspace.persistence.DatabasePorts;

import org.lscp.workspace.domain.fixtures.CaseAuditContract;
import org.lscp.workspace.domain.fixtures.Ports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The JDBC case-audit adapter on MariaDB passes the contract the fake passes. */
@SpringBootTest
class JdbcCaseAuditRepositoryIT extends CaseAuditContract {
    @Autowired ApplicationContext context;

    @Override
    protected Ports ports() {
        return new DatabasePorts(context);
    }
}
