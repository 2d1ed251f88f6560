package org.lscp.workspace.persistence.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.audit.AccessLogEntry;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.fixtures.AccessLogContract;
import org.lscp.workspace.domain.fixtures.Ports;
import org.lscp.workspace.persistence.DatabasePorts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The JDBC access log on MariaDB: the contract the fake passes, and a refusal kept though the rest rolls back. */
@SpringBootTest
class JdbcAccessLogIT extends AccessLogContract {
    @Autowired ApplicationContext context;

    @Override
    protected Ports ports() {
        return new DatabasePorts(context);
    }

    @Test
    void aRefusalIsKeptEvenWhenTheRestRollsBack() {
        PartnershipId enfield = newPartnership("Enfield");
        assertThatThrownBy(() -> txRun(() -> {
            ports.accessLog().record(new AccessLogEntry(enfield, new MemberId(5), "Dan Price",
                    Instant.parse("2026-11-23T12:00:00Z"), "Contact C-2026-000009", false));
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        assertThat(ports.accessLog().find(enfield, PageRequest.first(5))).singleElement()
                .satisfies(e -> assertThat(e.allowed()).isFalse());
        assertThat(ports.accessLog().count(enfield)).isEqualTo(1);
    }
}
