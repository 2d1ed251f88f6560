package org.lscp.workspace.domain.frontdoor.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.frontdoor.model.AuditableContact;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * Contacts as another feature samples them (a case audit draws its cases from them). It takes no actor: the calling
 * use case has checked its caller; every read is scoped to a partnership.
 */
public interface ContactSamples {
    /**
     * The contacts received in the London days given and decided, and matching the filter, by id (the order a seeded
     * draw shuffles).
     */
    List<ContactId> decidedBetween(PartnershipId partnership, LocalDate from, LocalDate to,
                                   org.lscp.workspace.domain.frontdoor.model.SampleFilter filter);

    Optional<AuditableContact> find(PartnershipId partnership, ContactId id);

    /** The child's latest contact, by the child's case-system id. */
    Optional<AuditableContact> latestForChild(PartnershipId partnership, String caseSystemId);
}
