package org.lscp.workspace.domain.plan.model;

import java.time.LocalDate;
import java.util.List;
import org.lscp.workspace.domain.shared.WorkingCalendar;

/** An action with its progress and evidence, newest first, and the lead officer's name. */
public record ActionView(ImprovementAction action, String leadOfficerName, List<ProgressUpdate> progress,
                         List<EvidenceItem> evidence, boolean overdue, boolean dueSoon) {

    public static ActionView of(ImprovementAction action, String lead, List<ProgressUpdate> progress,
                                List<EvidenceItem> evidence, LocalDate today, WorkingCalendar calendar) {
        return new ActionView(action, lead, List.copyOf(progress), List.copyOf(evidence), action.overdue(today),
                action.dueSoon(today, calendar));
    }
}
