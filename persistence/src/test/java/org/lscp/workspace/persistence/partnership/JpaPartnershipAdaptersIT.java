package org.lscp.workspace.persistence.partnership;

import org.lscp.workspace.domain.fixtures.PartnershipContract;
import org.lscp.workspace.domain.fixtures.Ports;
import org.lscp.workspace.persistence.DatabasePorts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/** The partnership adapters on the real MariaDB schema built by Flyway pass the contract the fakes pass. */
@SpringBootTest
@Transactional
class JpaPartnershipAdaptersIT extends PartnershipContract {
    @Autowired ApplicationContext context;

    @Override
    protected Ports ports() {
        return new DatabasePorts(context);
    }
}
