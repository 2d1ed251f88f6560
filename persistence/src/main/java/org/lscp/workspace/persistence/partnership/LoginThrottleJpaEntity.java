package org.lscp.workspace.persistence.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "login_throttle")
class LoginThrottleJpaEntity {
    @Id
    @Column(length = 254)
    String email;

    @Column(nullable = false)
    int failures;

    @Column(name = "locked_until")
    Instant lockedUntil;
}
