package org.lscp.workspace.domain.frontdoor.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lscp.workspace.domain.frontdoor.model.AuditableContact;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactFilter;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.QueueRow;
import org.lscp.workspace.domain.frontdoor.port.in.ContactSamples;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.StrategyDiscussionRepository;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;

/** The contacts a case audit draws from, and the agencies that knew each child: its source and those involved. */
public final class ContactSampleService implements ContactSamples {
    private final ContactRepository contacts;
    private final CheckRepository checks;
    private final StrategyDiscussionRepository discussions;

    public ContactSampleService(ContactRepository contacts, CheckRepository checks,
                                StrategyDiscussionRepository discussions) {
        this.contacts = contacts;
        this.checks = checks;
        this.discussions = discussions;
    }

    @Override
    public List<ContactId> decidedBetween(PartnershipId partnership, LocalDate from, LocalDate to,
                                          org.lscp.workspace.domain.frontdoor.model.SampleFilter filter) {
        ContactFilter decided = new ContactFilter(filter.rag(), filter.source(), false, null, from, to, null);
        List<ContactId> ids = new ArrayList<>();
        int limit = PageRequest.MAX_LIMIT;
        for (int offset = 0; ; offset += limit) {
            List<QueueRow> page = contacts.queue(partnership, decided, null, Instant.EPOCH,
                    new PageRequest(offset, limit));
            page.forEach(r -> ids.add(r.id()));
            if (page.size() < limit) break;
        }
        ids.sort(Comparator.comparingLong(ContactId::value));
        return List.copyOf(new java.util.LinkedHashSet<>(ids));
    }

    @Override
    public Optional<AuditableContact> find(PartnershipId partnership, ContactId id) {
        return contacts.find(partnership, id).map(this::auditable);
    }

    @Override
    public Optional<AuditableContact> latestForChild(PartnershipId partnership, String caseSystemId) {
        return contacts.forChild(partnership, caseSystemId).stream()
                .max(Comparator.comparing((Contact c) -> c.receipt().at())).map(this::auditable);
    }

    private AuditableContact auditable(Contact c) {
        Set<AgencyId> knew = new HashSet<>(Contacts.involved(checks.forContact(c.requireId()),
                discussions.latestFor(c.partnershipId(), c.requireId()).orElse(null)));
        if (c.receipt().sourceAgency() != null) knew.add(c.receipt().sourceAgency());
        return new AuditableContact(c.requireId(), c.reference(), c.child().name(), c.child().caseSystemId(),
                c.receipt().at(), knew);
    }
}
