package org.lscp.workspace.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.audit.model.AuditFilter;
import org.lscp.workspace.domain.fixtures.AuditLogContract;
import org.lscp.workspace.domain.fixtures.Ports;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.persistence.DatabasePorts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The JPA audit log on MariaDB: the contract the fake passes, and a trail the database itself keeps append-only. */
@SpringBootTest
class JpaAuditLogIT extends AuditLogContract {
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    @Override
    protected Ports ports() {
        return new DatabasePorts(context);
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAuditEntries() {
        append(p1, new MemberId(1), Instant.parse("2026-06-01T12:00:00Z"), "Agency", "10");
        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor_name = 'forged' where partnership_id = ?",
                p1.value())).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where partnership_id = ?", p1.value()))
                .hasMessageContaining("append-only");
        assertThat(log.find(p1, AuditFilter.NONE, org.lscp.workspace.domain.shared.PageRequest.first(5)))
                .singleElement().satisfies(e -> assertThat(e.actorName()).isEqualTo("someone"));
    }
}
