package org.lscp.workspace.domain.escalation.service;

import java.time.Clock;
import java.time.Instant;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.escalation.model.EscalationRules;
import org.lscp.workspace.domain.escalation.model.EscalationStage;
import org.lscp.workspace.domain.escalation.port.out.EscalationRepository;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.notice.model.Recipients;
import org.lscp.workspace.domain.notice.port.in.Reminders;
import org.lscp.workspace.domain.notice.port.in.Notifier;
import org.lscp.workspace.domain.shared.WorkingCalendars;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.WorkingCalendar;

/**
 * An open escalation whose stage deadline is within one working day: whoever the stage waits on is reminded once
 * per stage — the answering agency until it has responded, then the raising agency (to escalate or resolve), and
 * at stage 4 the board chair. Only members qualified to act at the stage are told.
 */
public final class StageReminders implements Reminders {
    private final EscalationRepository escalations;
    private final WorkingCalendars holidays;
    private final Notifier notifier;
    private final Clock clock;

    public StageReminders(EscalationRepository escalations, WorkingCalendars holidays, Notifier notifier,
                          Clock clock) {
        this.escalations = escalations;
        this.holidays = holidays;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Override
    public int sendReminders(PartnershipId partnership) {
        Instant now = clock.instant();
        WorkingCalendar calendar = holidays.calendar(partnership);
        Instant horizon = calendar.addWorkingDays(now, 1);
        int told = 0;
        for (Escalation e : escalations.openDueBetween(partnership, now, horizon)) told += remind(partnership, e);
        return told;
    }

    private int remind(PartnershipId partnership, Escalation e) {
        EscalationStage stage = e.stage();
        boolean answering = e.stageResponse() == null;
        Recipients to = stage == EscalationStage.PARTNERSHIP ? Recipients.role(Role.BOARD_CHAIR, member -> true)
                : Recipients.agency(answering ? e.respondingAgency() : e.raisingAgency(),
                        EscalationRules.actsForAgencyAt(stage));
        String text = "Escalation " + e.reference() + ": " + stage.title() + " is due by "
                + London.format(e.stageDeadline()) + (stage == EscalationStage.PARTNERSHIP ? "."
                : answering ? "; your agency has not yet responded." : "; escalate it or resolve it.");
        // at stage 4 the chair is reminded once, whether or not they have answered yet
        String waitingOn = stage == EscalationStage.PARTNERSHIP ? "chair" : answering ? "answer" : "raiser";
        String key = "stage-due:" + e.requireId() + ":" + stage.number() + ":" + waitingOn;
        return notifier.remind(partnership, to, text, Change.escalation(e.requireId()), key);
    }
}
