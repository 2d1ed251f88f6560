package org.lscp.workspace.persistence.partnership;

import java.util.Optional;
import org.lscp.workspace.domain.partnership.model.Partnership;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.springframework.stereotype.Component;

@Component
class JpaPartnershipRepository implements PartnershipRepository {
    private final PartnershipJpaRepository repository;

    JpaPartnershipRepository(PartnershipJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public Partnership save(Partnership partnership) {
        PartnershipJpaEntity entity = partnership.id() == null ? new PartnershipJpaEntity()
                : repository.findById(partnership.id().value()).orElseThrow();
        entity.name = partnership.name();
        entity.localAuthority = partnership.localAuthority();
        return PartnershipMapper.toDomain(repository.saveAndFlush(entity));
    }

    @Override
    public java.util.List<org.lscp.workspace.domain.shared.PartnershipId> ids() {
        return repository.findAll().stream().map(e -> new org.lscp.workspace.domain.shared.PartnershipId(e.id)).toList();
    }

    @Override
    public Optional<Partnership> findByName(String name) {
        return repository.findByName(name).map(PartnershipMapper::toDomain);
    }
}
