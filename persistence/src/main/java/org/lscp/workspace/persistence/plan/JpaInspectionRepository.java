package org.lscp.workspace.persistence.plan;

import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.port.out.InspectionRepository;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.InspectionId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

@Component
class JpaInspectionRepository implements InspectionRepository {
    private final InspectionJpaRepository repository;

    JpaInspectionRepository(InspectionJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public Inspection save(Inspection inspection) {
        InspectionJpaEntity entity = inspection.id() == null ? new InspectionJpaEntity()
                : repository.findById(inspection.id().value()).orElseThrow();
        if (inspection.id() != null && entity.version != inspection.version()) throw stale();
        PlanMapper.copy(inspection, entity);
        try {
            return PlanMapper.toDomain(repository.saveAndFlush(entity));
        } catch (OptimisticLockingFailureException e) {
            throw stale();
        }
    }

    private static ConcurrentChangeException stale() {
        return new ConcurrentChangeException("This inspection was changed by someone else. Reload and try again.");
    }

    @Override
    public Optional<Inspection> find(PartnershipId partnership, InspectionId id) {
        return repository.findByIdAndPartnershipId(id.value(), partnership.value()).map(PlanMapper::toDomain);
    }

    @Override
    public List<Inspection> all(PartnershipId partnership) {
        return repository.findByPartnershipIdOrderByStartDateDescIdDesc(partnership.value()).stream()
                .map(PlanMapper::toDomain).toList();
    }
}
