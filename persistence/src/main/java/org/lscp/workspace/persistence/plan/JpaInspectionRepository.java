package org.lscp.workspace.persistence.plan;

import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.port.out.InspectionRepository;
import org.lscp.workspace.domain.shared.InspectionId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.persistence.shared.VersionedSave;
import org.springframework.stereotype.Component;

@Component
class JpaInspectionRepository implements InspectionRepository {
    private final InspectionJpaRepository repository;

    JpaInspectionRepository(InspectionJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public Inspection save(Inspection inspection) {
        return VersionedSave.save(repository, inspection.id() == null ? null : inspection.id().value(),
                inspection.version(), InspectionJpaEntity::new, e -> e.version, e -> PlanMapper.copy(inspection, e),
                PlanMapper::toDomain, "inspection");
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
