package org.lscp.workspace.domain.frontdoor.service;

import java.util.List;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactAccess;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.StrategyDiscussionRepository;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.shared.change.SubjectAccess;
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
    private final StrategyDiscussionRepository discussions;

    public ContactSubjects(ContactRepository contacts, CheckRepository checks,
                           StrategyDiscussionRepository discussions) {
        this.discussions = discussions;
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
        var involved = Contacts.involved(checks.forContact(contact.requireId()),
                discussions.latestFor(contact.partnershipId(), contact.requireId()).orElse(null));
        return members.stream().filter(m -> ContactAccess.maySee(m, contact, involved)).toList();
    }
}
