package org.lscp.workspace.persistence.plan;

import org.lscp.workspace.domain.fixtures.PlanContract;
import org.lscp.workspace.domain.fixtures.Ports;
import org.lscp.workspace.persistence.DatabasePorts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/** The plan's JPA adapters on MariaDB pass the contract the fakes pass. */
@SpringBootTest
@Transactional
class JpaPlanAdaptersIT extends PlanContract {
    @Autowired ApplicationContext context;

    @Override
    protected Ports ports() {
        return new DatabasePorts(context);
    }
}
