package org.lscp.workspace.domain.partnership.port.out;

import java.util.Optional;
import org.lscp.workspace.domain.partnership.model.LoginThrottle;

/**
 * Failed sign-in counts per email address (known or not), and per network address under
 * {@link org.lscp.workspace.domain.partnership.model.AddressThrottle#key}.
 */
public interface LoginThrottleRepository {
    Optional<LoginThrottle> find(String email);

    void save(LoginThrottle throttle);

    void clear(String email);
}
