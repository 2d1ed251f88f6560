package org.lscp.workspace.domain.frontdoor.port.out;

import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;

public interface DecisionRepository {
    ThresholdDecision save(ThresholdDecision decision);

    Optional<ThresholdDecision> find(long id);

    /** Oldest first. */
    List<ThresholdDecision> forContact(ContactId contact);
}
