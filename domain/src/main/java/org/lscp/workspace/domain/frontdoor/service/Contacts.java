package org.lscp.workspace.domain.frontdoor.service;

import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.NotFoundException;

/** The contact a use case acts on, in the actor's partnership, or "not found". */
final class Contacts {
    private Contacts() {
    }

    static Contact require(ContactRepository contacts, Actor actor, ContactId id) {
        return contacts.find(actor.partnershipId(), id).orElseThrow(() -> new NotFoundException("Contact not found."));
    }
}
