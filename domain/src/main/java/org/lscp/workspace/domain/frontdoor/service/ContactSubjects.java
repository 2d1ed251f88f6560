package org.lscp.workspace.domain.frontdoor.service;

import org.lscp.workspace.domain.frontdoor.model.AgencyCheck;
import org.lscp.workspace.domain.frontdoor.model.ContactAccess;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.live.model.Change;
import org.lscp.workspace.domain.live.port.out.SubjectAccess;
import org.lscp.workspace.domain.shared.Actor;

/**
 * Who may see a contact named by its subject ("contact/42"), by the contact's own access rule: for presence and
 * comments. It logs nothing (the page that opens the contact does), since it also answers for members being
 * mentioned. Any other subject is refused.
 */
public final class ContactSubjects implements SubjectAccess {
    private static final String PREFIX = "contact/";
    private final ContactRepository contacts;
    private final CheckRepository checks;

    public ContactSubjects(ContactRepository contacts, CheckRepository checks) {
        this.contacts = contacts;
        this.checks = checks;
    }

    @Override
    public boolean maySee(Actor actor, String subject) {
        if (!subject.startsWith(PREFIX)) return false;
        long id;
        try {
            id = Long.parseLong(subject.substring(PREFIX.length()));
        } catch (NumberFormatException notAContact) {
            return false;
        }
        if (!subject.equals(Change.contact(id))) return false;
        return contacts.find(actor.partnershipId(), new ContactId(id))
                .filter(c -> ContactAccess.maySee(actor, c, checks.forContact(c.requireId()).stream()
                        .map(AgencyCheck::agency).toList()))
                .isPresent();
    }
}
