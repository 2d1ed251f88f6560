package org.lscp.workspace.domain.frontdoor.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactAccess;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.notice.model.Recipients;
import org.lscp.workspace.domain.notice.port.in.Reminders;
import org.lscp.workspace.domain.notice.port.in.Notifier;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Role;

/**
 * A contact's decision deadline within the hour: the MASH managers, and the worker it is assigned to, are reminded
 * once (a deadline moved later is a new reminder). One already past its deadline is a flag, not a reminder.
 */
public final class DecisionReminders implements Reminders {
    public static final Duration AHEAD = Duration.ofHours(1);
    private final ContactRepository contacts;
    private final Notifier notifier;
    private final Clock clock;

    public DecisionReminders(ContactRepository contacts, Notifier notifier, Clock clock) {
        this.contacts = contacts;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Override
    public int sendReminders(PartnershipId partnership) {
        Instant now = clock.instant();
        int told = 0;
        for (Contact c : contacts.undecidedDueBetween(partnership, now, now.plus(AHEAD), 1_000)) {
            String text = "Contact " + c.reference() + " (" + c.rag().name().toLowerCase() + ") needs its threshold "
                    + "decision by " + London.format(c.deadline()) + ".";
            String key = "decision-due:" + c.requireId().value() + ":" + c.deadline().toEpochMilli();
            told += notifier.remind(partnership, Recipients.role(Role.MASH_MANAGER,
                    member -> ContactAccess.maySee(member, c, List.of())), text, c.subject(), key);
            if (c.assignedTo() != null) {
                told += notifier.remind(partnership, Recipients.member(c.assignedTo(),
                        member -> ContactAccess.maySee(member, c, List.of())), text, c.subject(), key);
            }
        }
        return told;
    }
}
