package org.lscp.workspace.domain.escalation.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.escalation.model.EscalationEvent;
import org.lscp.workspace.domain.escalation.model.EscalationFilter;
import org.lscp.workspace.domain.escalation.model.RecommendationCluster;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;

public interface EscalationRepository {
    /** Saves a new escalation, giving it an id and a reference (E-000123). */
    Escalation insert(Escalation escalation);

    /** Saves a change; the version moves on (the caller has checked it). */
    Escalation save(Escalation escalation);

    Optional<Escalation> find(PartnershipId partnership, long id);

    /** Lists by stage deadline, soonest first, open before closed; {@code agency} limits it to those involving it. */
    List<Escalation> find(PartnershipId partnership, EscalationFilter filter, @Nullable AgencyId agency, Instant now,
                          PageRequest page);

    long count(PartnershipId partnership, EscalationFilter filter, @Nullable AgencyId agency, Instant now);

    /** Open escalations whose stage deadline is after {@code from} and no later than {@code to}, soonest first. */
    List<Escalation> openDueBetween(PartnershipId partnership, Instant from, Instant to);

    List<Escalation> forContact(PartnershipId partnership, ContactId contact);

    EscalationEvent append(EscalationEvent event);

    List<EscalationEvent> timeline(long escalationId);

    List<RecommendationCluster> byRecommendation(PartnershipId partnership);
}
