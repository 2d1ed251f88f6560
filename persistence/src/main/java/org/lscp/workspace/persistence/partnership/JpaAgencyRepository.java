package org.lscp.workspace.persistence.partnership;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyFilter;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.partnership.model.SaveAgencyCommand;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.ValidationException;
import org.lscp.workspace.persistence.shared.Constraints;
import org.lscp.workspace.persistence.shared.Like;
import org.lscp.workspace.persistence.shared.OffsetPageable;
import org.lscp.workspace.persistence.shared.VersionedSave;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

@Component
class JpaAgencyRepository implements AgencyRepository {
    private final AgencyJpaRepository repository;

    JpaAgencyRepository(AgencyJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public Agency save(Agency agency) {
        try {
            return VersionedSave.save(repository, agency.id() == null ? null : agency.id().value(), agency.version(),
                    AgencyJpaEntity::new, e -> e.version, e -> PartnershipMapper.copy(agency, e),
                    PartnershipMapper::toDomain, "agency");
        } catch (DataIntegrityViolationException e) {
            if (Constraints.broke(e, "uk_agency_name")) {
                throw ValidationException.of("name", SaveAgencyCommand.NAME_TAKEN);
            }
            throw e;
        }
    }

    @Override
    public Optional<Agency> find(PartnershipId partnership, AgencyId id) {
        return repository.findByIdAndPartnershipId(id.value(), partnership.value()).map(PartnershipMapper::toDomain);
    }

    @Override
    public boolean nameTaken(PartnershipId partnership, String name, @Nullable AgencyId except) {
        return repository.nameTaken(partnership.value(), name, except == null ? null : except.value());
    }

    @Override
    public List<Agency> find(PartnershipId partnership, AgencyFilter filter, PageRequest page) {
        return repository.search(partnership.value(), Like.contains(filter.text()), kind(filter),
                OffsetPageable.of(page, Sort.unsorted())).stream().map(PartnershipMapper::toDomain).toList();
    }

    @Override
    public long count(PartnershipId partnership, AgencyFilter filter) {
        return repository.countMatching(partnership.value(), Like.contains(filter.text()), kind(filter));
    }

    private static String kind(AgencyFilter filter) {
        return filter.kind() == null ? null : filter.kind().name();
    }
}
