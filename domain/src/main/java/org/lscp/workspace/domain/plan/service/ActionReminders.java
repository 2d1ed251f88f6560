package org.lscp.workspace.domain.plan.service;

import java.time.Clock;
import java.time.LocalDate;
import org.lscp.workspace.domain.notice.model.Recipients;
import org.lscp.workspace.domain.notice.port.in.Reminders;
import org.lscp.workspace.domain.notice.port.in.Notifier;
import org.lscp.workspace.domain.shared.WorkingCalendars;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.port.out.ActionRepository;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Text;

/**
 * An open action due within three working days reminds its lead officer once; when it becomes overdue, once more
 * (within a week of its due date: the first sweep after an upgrade does not remind of every action ever late).
 * A new due date is a new reminder.
 */
public final class ActionReminders implements Reminders {
    public static final int AHEAD_WORKING_DAYS = 3;
    static final int OVERDUE_FOR_DAYS = 7;
    private final ActionRepository actions;
    private final WorkingCalendars holidays;
    private final Notifier notifier;
    private final Clock clock;

    public ActionReminders(ActionRepository actions, WorkingCalendars holidays, Notifier notifier, Clock clock) {
        this.actions = actions;
        this.holidays = holidays;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Override
    public int sendReminders(PartnershipId partnership) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), London.ZONE);
        LocalDate horizon = holidays.calendar(partnership).addWorkingDays(today, AHEAD_WORKING_DAYS);
        int told = 0;
        for (ImprovementAction a : actions.openDueBetween(partnership, today.minusDays(OVERDUE_FOR_DAYS), horizon)) {
            boolean overdue = a.dueDate().isBefore(today);
            String text = "Action \u201c" + Text.shorten(a.description(), 120) + "\u201d "
                    + (overdue ? "was due on " + London.format(a.dueDate()) + " and is overdue."
                    : "is due on " + London.format(a.dueDate()) + ".");
            String key = (overdue ? "action-overdue:" : "action-due:") + a.requireId().value() + ":" + a.dueDate();
            told += notifier.remind(partnership, Recipients.member(a.leadOfficer(), member -> true), text,
                    a.subject(), key);
        }
        return told;
    }
}
