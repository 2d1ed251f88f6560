package org.lscp.workspace.domain.escalation.service;

import java.util.List;
import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.escalation.model.EscalationFilter;
import org.lscp.workspace.domain.escalation.model.EscalationRules;
import org.lscp.workspace.domain.escalation.model.EscalationView;
import org.lscp.workspace.domain.escalation.model.RecommendationCluster;
import org.lscp.workspace.domain.escalation.port.in.EscalationQuery;
import org.lscp.workspace.domain.escalation.port.out.EscalationRepository;
import org.lscp.workspace.domain.frontdoor.model.AccessLogEntry;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.port.out.AccessLog;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.plan.model.PlanFilter;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.plan.port.out.RecommendationRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.Role;

public final class EscalationQueryService implements EscalationQuery {
    private final EscalationRepository escalations;
    private final AgencyRepository agencies;
    private final RecommendationRepository recommendations;
    private final AccessLog accessLog;
    private final Auditor auditor;

    public EscalationQueryService(EscalationRepository escalations, AgencyRepository agencies,
                                  RecommendationRepository recommendations, AccessLog accessLog, Auditor auditor) {
        this.escalations = escalations;
        this.agencies = agencies;
        this.recommendations = recommendations;
        this.accessLog = accessLog;
        this.auditor = auditor;
    }

    @Override
    public EscalationView open(Actor actor, long id) {
        return view(actor, id, true);
    }

    @Override
    public EscalationView reread(Actor actor, long id) {
        return view(actor, id, false);
    }

    private EscalationView view(Actor actor, long id, boolean opening) {
        Escalation found = escalations.find(actor.partnershipId(), id).orElse(null);
        boolean allowed = found != null && EscalationRules.maySee(actor, found);
        boolean namesChild = found != null && found.childCaseId() != null && allowed
                && EscalationRules.seesChildData(actor, found);
        if (!allowed || (namesChild && opening)) {
            accessLog.record(AccessLogEntry.of(actor, auditor.now(),
                    "Escalation " + (found == null ? "#" + id : found.reference()), allowed));
        }
        if (!allowed) throw new NotFoundException("Escalation not found, or not one you may see.");
        Escalation shown = EscalationRules.shownTo(actor, found);
        return new EscalationView(shown, agencyName(actor, found.raisingAgency()),
                agencyName(actor, found.respondingAgency()), escalations.timeline(id),
                EscalationRules.allowed(actor, found, auditor.now()), EscalationRules.outcomes(actor, found));
    }

    @Override
    public List<Escalation> list(Actor actor, EscalationFilter filter, PageRequest page) {
        return escalations.find(actor.partnershipId(), scoped(actor, filter), scope(actor, filter), auditor.now(), page)
                .stream().map(e -> EscalationRules.shownTo(actor, e)).toList();
    }

    @Override
    public long count(Actor actor, EscalationFilter filter) {
        return escalations.count(actor.partnershipId(), scoped(actor, filter), scope(actor, filter), auditor.now());
    }

    @Override
    public List<Escalation> forContact(Actor actor, ContactId contact) {
        return escalations.forContact(actor.partnershipId(), contact).stream()
                .filter(e -> EscalationRules.maySee(actor, e)).map(e -> EscalationRules.shownTo(actor, e)).toList();
    }

    @Override
    public List<RecommendationCluster> byRecommendation(Actor actor) {
        actor.require(Role.BOARD_CHAIR, Role.PARTNERSHIP_ADMIN, Role.MASH_MANAGER, Role.LINE_MANAGER,
                Role.SENIOR_MANAGER, Role.LEAD_OFFICER);
        return escalations.byRecommendation(actor.partnershipId());
    }

    @Override
    public List<Recommendation> suggestedRecommendations(Actor actor) {
        return recommendations.find(actor.partnershipId(), new PlanFilter(Theme.THRESHOLDS, null, null, null)).stream()
                .filter(r -> r.status() != RecommendationStatus.CLOSED).toList();
    }

    /** Members see their own agency's escalations; only the chair and administrator may ask for all. */
    private static EscalationFilter scoped(Actor actor, EscalationFilter filter) {
        if (filter.scope() == EscalationFilter.Scope.ALL && !EscalationRules.seesAll(actor)) {
            return filter.scoped(EscalationFilter.Scope.INVOLVING_US);
        }
        return filter;
    }

    private static AgencyId scope(Actor actor, EscalationFilter filter) {
        return scoped(actor, filter).scope() == EscalationFilter.Scope.ALL ? null : actor.agencyId();
    }

    private String agencyName(Actor actor, AgencyId id) {
        return agencies.find(actor.partnershipId(), id).map(Agency::name).orElse("(unknown agency)");
    }
}
