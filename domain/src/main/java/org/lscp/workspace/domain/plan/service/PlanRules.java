package org.lscp.workspace.domain.plan.service;

import java.time.LocalDate;
import java.util.Collection;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.partnership.model.AgencyFilter;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.PlanPermissions;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.Role;

/** Who may change what in the plan, and the checks on people and agencies named in it. */
final class PlanRules {
    static final String NOT_A_LEAD = "Choose a lead officer: an active member of your partnership with the lead officer role.";
    private final MemberDirectory members;
    private final AgencyDirectory agencies;
    private final Audit auditor;

    PlanRules(MemberDirectory members, AgencyDirectory agencies, Audit auditor) {
        this.members = members;
        this.agencies = agencies;
        this.auditor = auditor;
    }

    LocalDate today() {
        return LocalDate.ofInstant(auditor.now(), London.ZONE);
    }

    /** The member must be an active lead officer of the actor's partnership. */
    void requireLeadOfficer(Actor actor, String field, MemberId lead) {
        boolean ok = members.find(actor.partnershipId(), lead)
                .filter(m -> m.active() && m.roles().contains(Role.LEAD_OFFICER)).isPresent();
        new Check().that(ok, field, NOT_A_LEAD).done();
    }

    void requireOwnAgencies(Actor actor, String field, Collection<AgencyId> ids) {
        if (ids.isEmpty()) return;
        var own = agencies.all(actor.partnershipId())
                .stream().map(a -> a.requireId()).toList();
        new Check().that(own.containsAll(ids), field, "Choose agencies of your own partnership.").done();
    }

    /** Admins, and the lead officer of the recommendation, may add actions to it. */
    static void requireMayPlan(Actor actor, Recommendation recommendation) {
        if (!PlanPermissions.mayPlan(actor, recommendation)) {
            throw new NotAuthorisedException("Only the recommendation's lead officer or a partnership admin can "
                    + "add actions to it.");
        }
    }

    /** Admins, the action's lead officer and the recommendation's lead officer may update an action. */
    static void requireMayUpdate(Actor actor, ImprovementAction action, Recommendation recommendation) {
        if (!PlanPermissions.mayUpdate(actor, action, recommendation)) {
            throw new NotAuthorisedException("Only the action's lead officer, the recommendation's lead officer or "
                    + "a partnership admin can update this action.");
        }
    }
}
