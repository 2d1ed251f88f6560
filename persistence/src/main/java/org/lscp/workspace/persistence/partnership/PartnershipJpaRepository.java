package org.lscp.workspace.persistence.partnership;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipJpaRepository extends JpaRepository<PartnershipJpaEntity, Long> {
    Optional<PartnershipJpaEntity> findByName(String name);
}
