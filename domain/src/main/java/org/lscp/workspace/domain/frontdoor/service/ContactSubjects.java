package org.lscp.workspace.domain.frontdoor.service;

import java.util.List;
import org.lscp.workspace.domain.frontdoor.model.AgencyCheck;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactAccess;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.shared.change.SubjectAccess;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;

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
    public List<Actor> whoMaySee(List<Actor> members, String subject) {
        if (members.isEmpty() || !subject.startsWith(PREFIX)) return List.of();
        long id;
        try {
            id = Long.parseLong(subject.substring(PREFIX.length()));
        } catch (NumberFormatException notAContact) {
            return List.of();
        }
        if (!subject.equals(Change.contact(id))) return List.of();
        Contact contact = contacts.find(members.getFirst().partnershipId(), new ContactId(id)).orElse(null);
        if (contact == null) return List.of();
        List<AgencyId> asked = checks.forContact(contact.requireId()).stream().map(AgencyCheck::agency).toList();
        return members.stream().filter(m -> ContactAccess.maySee(m, contact, asked)).toList();
    }
}
