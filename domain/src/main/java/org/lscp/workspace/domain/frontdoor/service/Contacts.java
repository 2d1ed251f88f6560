package org.lscp.workspace.domain.frontdoor.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.frontdoor.model.AgencyCheck;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactAccess;
import org.lscp.workspace.domain.frontdoor.model.StrategyDiscussion;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.NotFoundException;

/** The contact a use case acts on, in the actor's partnership, or "not found"; and who is involved in it. */
final class Contacts {
    private Contacts() {
    }

    static Contact require(ContactRepository contacts, Actor actor, ContactId id) {
        return contacts.find(actor.partnershipId(), id).orElseThrow(() -> new NotFoundException("Contact not found."));
    }

    /**
     * The agencies with a part in the contact besides its source, who may see it ({@link ContactAccess#maySee}): those
     * asked to check, and those invited to its strategy discussion.
     */
    static Set<AgencyId> involved(List<AgencyCheck> asked, @Nullable StrategyDiscussion discussion) {
        Set<AgencyId> involved = new HashSet<>();
        asked.forEach(c -> involved.add(c.agency()));
        if (discussion != null) discussion.invited().forEach(i -> involved.add(i.agency()));
        return involved;
    }
}
