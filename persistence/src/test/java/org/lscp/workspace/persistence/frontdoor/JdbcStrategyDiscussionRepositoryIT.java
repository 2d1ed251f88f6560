package org.lscp.workspace.persistence.frontdoor;

import org.lscp.workspace.domain.fixtures.Ports;
import org.lscp.workspace.domain.fixtures.StrategyDiscussionContract;
import org.lscp.workspace.persistence.DatabasePorts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The strategy discussion adapter on MariaDB passes the contract the fake passes. */
@SpringBootTest
class JdbcStrategyDiscussionRepositoryIT extends StrategyDiscussionContract {
    @Autowired ApplicationContext context;

    @Override
    protected Ports ports() {
        return new DatabasePorts(context);
    }
}
