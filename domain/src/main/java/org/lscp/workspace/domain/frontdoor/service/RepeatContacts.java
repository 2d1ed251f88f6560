package org.lscp.workspace.domain.frontdoor.service;

import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.PartnershipId;

/** How many contacts about the same child came in the 12 months up to a contact, the contact itself included. */
final class RepeatContacts {
    private RepeatContacts() {
    }

    /**
     * Counted by the child's case-system id. Without one nothing links the contact to the child's others, so it
     * counts as the only one (and so never raises a repeat-contact flag).
     */
    static long inTwelveMonths(ContactRepository contacts, PartnershipId partnership, Contact contact) {
        if (!contact.child().identified()) return 1;
        return contacts.countForChild(partnership, contact.child().caseSystemId(),
                contact.receivedAt().atZone(London.ZONE).minusMonths(12).toInstant(), contact.receivedAt());
    }
}
