package org.lscp.workspace.domain.plan.model;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.shared.ActionId;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.WorkingCalendar;

/** A specific action with a named lead officer and a due date, under a recommendation. Overdue is derived. */
public record ImprovementAction(@Nullable ActionId id, PartnershipId partnershipId, RecommendationId recommendationId,
                                String description, MemberId leadOfficer, Set<AgencyId> contributingAgencies,
                                LocalDate dueDate, ActionStatus status, LocalDate createdOn,
                                @Nullable LocalDate completedOn, long version) implements Audited {
    /** "Due soon" means due within this many working days. */
    public static final int DUE_SOON_WORKING_DAYS = 5;

    public ImprovementAction {
        contributingAgencies = Set.copyOf(contributingAgencies);
    }

    public static ImprovementAction create(PartnershipId partnership, RecommendationId recommendation,
                                           SaveActionCommand c, LocalDate today) {
        return new ImprovementAction(null, partnership, recommendation, c.description(), c.leadOfficer(),
                c.contributingAgencies(), c.dueDate(), c.status(), today,
                c.status() == ActionStatus.COMPLETE ? today : null, 0);
    }

    public ImprovementAction with(SaveActionCommand c, LocalDate today) {
        return new ImprovementAction(id, partnershipId, recommendationId, c.description(), c.leadOfficer(),
                c.contributingAgencies(), c.dueDate(), c.status(), createdOn, completedOn(c.status(), today), version);
    }

    public ImprovementAction withStatus(ActionStatus next, LocalDate today) {
        return new ImprovementAction(id, partnershipId, recommendationId, description, leadOfficer,
                contributingAgencies, dueDate, next, createdOn, completedOn(next, today), version);
    }

    private LocalDate completedOn(ActionStatus next, LocalDate today) {
        if (next != ActionStatus.COMPLETE) return null;
        return status == ActionStatus.COMPLETE && completedOn != null ? completedOn : today;
    }

    public boolean complete() {
        return status == ActionStatus.COMPLETE;
    }

    public boolean overdue(LocalDate today) {
        return !complete() && dueDate.isBefore(today);
    }

    public boolean dueSoon(LocalDate today, WorkingCalendar calendar) {
        return !complete() && !dueDate.isBefore(today)
                && !dueDate.isAfter(calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS));
    }

    public ActionId requireId() {
        if (id == null) throw new IllegalStateException("action not saved yet");
        return id;
    }

    @Override public String auditType() { return "Action"; }

    @Override public String auditId() { return String.valueOf(id); }

    @Override public String subject() { return Change.action(recommendationId.value(), requireId().value()); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("description", description).with("lead officer", leadOfficer)
                .with("contributing agencies", contributingAgencies.size()).with("due", dueDate)
                .with("status", status.label()).with("completed on", completedOn);
    }
}
