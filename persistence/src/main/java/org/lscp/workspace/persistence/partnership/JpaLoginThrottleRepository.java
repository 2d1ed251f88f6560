package org.lscp.workspace.persistence.partnership;

import java.util.Optional;
import org.lscp.workspace.domain.partnership.model.LoginThrottle;
import org.lscp.workspace.domain.partnership.port.out.LoginThrottleRepository;
import org.springframework.stereotype.Component;

@Component
class JpaLoginThrottleRepository implements LoginThrottleRepository {
    private final LoginThrottleJpaRepository repository;

    JpaLoginThrottleRepository(LoginThrottleJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<LoginThrottle> find(String email) {
        return repository.findById(email).map(PartnershipMapper::toDomain);
    }

    @Override
    public void save(LoginThrottle throttle) {
        LoginThrottleJpaEntity entity = repository.findById(throttle.email()).orElseGet(LoginThrottleJpaEntity::new);
        entity.email = throttle.email();
        entity.failures = throttle.failures();
        entity.lockedUntil = throttle.lockedUntil();
        repository.save(entity);
    }

    @Override
    public void clear(String email) {
        repository.deleteById(email);
    }
}
