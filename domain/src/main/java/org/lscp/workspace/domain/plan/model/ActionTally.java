package org.lscp.workspace.domain.plan.model;

/** Counts over a recommendation's actions, computed by the database in one grouped query. */
public record ActionTally(long total, long complete, long overdue, long dueSoon, long offTrack, long atRisk) {
    public static final ActionTally NONE = new ActionTally(0, 0, 0, 0, 0, 0);

    /** The same counts as the database's grouped query, over actions already loaded. */
    public static ActionTally of(java.util.Collection<ImprovementAction> actions, java.time.LocalDate today,
                                 org.lscp.workspace.domain.shared.WorkingCalendar calendar) {
        return new ActionTally(actions.size(), actions.stream().filter(ImprovementAction::complete).count(),
                actions.stream().filter(a -> a.overdue(today)).count(),
                actions.stream().filter(a -> a.dueSoon(today, calendar)).count(),
                actions.stream().filter(a -> a.status() == ActionStatus.OFF_TRACK).count(),
                actions.stream().filter(a -> a.status() == ActionStatus.AT_RISK).count());
    }

    /** Whole per cent of actions complete; 0 when there are none. */
    public int percentComplete() {
        return total == 0 ? 0 : (int) (complete * 100 / total);
    }
}
