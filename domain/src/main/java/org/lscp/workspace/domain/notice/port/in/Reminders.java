package org.lscp.workspace.domain.notice.port.in;

import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * A feature's reminders of what falls due soon, sent by a system sweep (every minute, on every node). Each reminder
 * goes once per item and deadline, however often it runs.
 */
public interface Reminders {
    /** Sends the reminders now due in the partnership; returns how many members were told. */
    int sendReminders(PartnershipId partnership);
}
