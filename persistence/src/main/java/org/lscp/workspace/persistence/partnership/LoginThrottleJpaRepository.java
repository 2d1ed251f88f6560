package org.lscp.workspace.persistence.partnership;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginThrottleJpaRepository extends JpaRepository<LoginThrottleJpaEntity, String> {
}
