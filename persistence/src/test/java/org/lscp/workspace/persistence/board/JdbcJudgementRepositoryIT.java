package org.lscp.workspace.persistence.board;

import org.lscp.workspace.domain.fixtures.JudgementRepositoryContract;
import org.lscp.workspace.domain.fixtures.Ports;
import org.lscp.workspace.persistence.DatabasePorts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The JDBC judgement adapter on MariaDB passes the contract the fake passes. */
@SpringBootTest
class JdbcJudgementRepositoryIT extends JudgementRepositoryContract {
    @Autowired ApplicationContext context;

    @Override
    protected Ports ports() {
        return new DatabasePorts(context);
    }
}
