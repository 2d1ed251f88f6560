package org.lscp.workspace.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.audit.model.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.audit.model.AuditFilter;
import org.lscp.workspace.domain.audit.port.out.AuditLog;
import org.lscp.workspace.domain.partnership.model.Partnership;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class JpaAuditLogIT {
    @Autowired AuditLog log;
    @Autowired PartnershipRepository partnerships;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManager entityManager;

    PartnershipId enfield;
    PartnershipId barking;

    @BeforeEach
    void setUp() {
        enfield = partnerships.save(new Partnership(null, "Enfield " + System.nanoTime(), "Enfield")).id();
        barking = partnerships.save(new Partnership(null, "Barking " + System.nanoTime(), "Barking")).id();
        // 23:30 UTC on 31 May is 00:30 on 1 June in London (BST)
        append(enfield, 1, "2026-05-31T23:30:00Z", "Agency", "10");
        append(enfield, 2, "2026-06-01T12:00:00Z", "Member", "20");
        append(enfield, 1, "2026-06-02T09:00:00Z", "Agency", "10");
        append(barking, 3, "2026-06-01T12:00:00Z", "Agency", "99");
    }

    private void append(PartnershipId p, long actor, String at, String type, String id) {
        log.append(new AuditEntry(null, p, new MemberId(actor), "Member " + actor, Instant.parse(at), AuditAction.UPDATED,
                type, id, "name: before", "name: after"));
    }

    @Test
    void findsNewestFirstWithinThePartnership() {
        var entries = log.find(enfield, AuditFilter.NONE, PageRequest.first(10));

        assertThat(entries).extracting(e -> e.at().toString())
                .containsExactly("2026-06-02T09:00:00Z", "2026-06-01T12:00:00Z", "2026-05-31T23:30:00Z");
        assertThat(entries.getFirst().before()).isEqualTo("name: before");
        assertThat(log.count(barking, AuditFilter.NONE)).isEqualTo(1);
    }

    @Test
    void filtersByMemberEntityAndLondonDays() {
        assertThat(log.count(enfield, new AuditFilter(new MemberId(1), null, null, null))).isEqualTo(2);
        assertThat(log.count(enfield, new AuditFilter(null, "Member", null, null))).isEqualTo(1);
        assertThat(log.count(enfield, new AuditFilter(null, null, null, null,
                org.lscp.workspace.domain.audit.model.AuditAction.SIGN_IN_FAILED))).isZero();
        assertThat(log.count(enfield, new AuditFilter(null, null, null, null, AuditAction.UPDATED))).isEqualTo(3);
        LocalDate june1 = LocalDate.of(2026, 6, 1);
        assertThat(log.find(enfield, new AuditFilter(null, null, june1, june1), PageRequest.first(10)))
                .extracting(e -> e.at().toString())
                .containsExactly("2026-06-01T12:00:00Z", "2026-05-31T23:30:00Z");
    }

    @Test
    void latestForAnEntity() {
        assertThat(log.latestFor(enfield, "Agency", "10")).map(e -> e.at().toString()).contains("2026-06-02T09:00:00Z");
        assertThat(log.latestFor(barking, "Agency", "10")).isEmpty();
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAuditEntries() {
        entityManager.flush();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isEqualTo(4);
        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor_name = 'forged'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry"))
                .hasMessageContaining("append-only");
    }
}
