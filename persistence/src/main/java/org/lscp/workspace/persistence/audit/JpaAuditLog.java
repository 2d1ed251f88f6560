package org.lscp.workspace.persistence.audit;

import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.audit.model.AuditFilter;
import org.lscp.workspace.domain.audit.port.out.AuditLog;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.persistence.shared.OffsetPageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

@Component
class JpaAuditLog implements AuditLog {
    private final AuditEntryJpaRepository repository;

    JpaAuditLog(AuditEntryJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public void append(AuditEntry entry) {
        AuditEntryJpaEntity e = new AuditEntryJpaEntity();
        e.partnershipId = entry.partnershipId().value();
        e.actorId = entry.actor() == null ? null : entry.actor().value();
        e.actorName = entry.actorName();
        e.at = entry.at();
        e.action = entry.action().name();
        e.entityType = entry.entityType();
        e.entityId = entry.entityId();
        e.before = entry.before();
        e.after = entry.after();
        repository.save(e);
    }

    @Override
    public List<AuditEntry> find(PartnershipId partnership, AuditFilter filter, PageRequest page) {
        return repository.search(partnership.value(), actor(filter), filter.entityType(), filter.fromInstant(),
                filter.toExclusive(), action(filter), OffsetPageable.of(page, Sort.unsorted())).stream()
                .map(JpaAuditLog::toDomain).toList();
    }

    @Override
    public long count(PartnershipId partnership, AuditFilter filter) {
        return repository.countMatching(partnership.value(), actor(filter), filter.entityType(), filter.fromInstant(),
                filter.toExclusive(), action(filter));
    }

    private static String action(AuditFilter filter) {
        return filter.action() == null ? null : filter.action().name();
    }

    @Override
    public Optional<AuditEntry> latestFor(PartnershipId partnership, String entityType, String entityId) {
        return repository.findByPartnershipIdAndEntityTypeAndEntityIdOrderByAtDescIdDesc(partnership.value(),
                entityType, entityId, OffsetPageable.of(PageRequest.first(1), Sort.unsorted()))
                .stream().findFirst().map(JpaAuditLog::toDomain);
    }

    private static Long actor(AuditFilter filter) {
        return filter.member() == null ? null : filter.member().value();
    }

    private static AuditEntry toDomain(AuditEntryJpaEntity e) {
        return new AuditEntry(e.id, new PartnershipId(e.partnershipId), e.actorId == null ? null : new MemberId(e.actorId),
                e.actorName, e.at, AuditAction.valueOf(e.action), e.entityType, e.entityId, e.before, e.after);
    }
}
