package org.lscp.workspace.domain.escalation.service;

import java.util.List;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.escalation.model.EscalationFilter;
import org.lscp.workspace.domain.escalation.model.EscalationRules;
import org.lscp.workspace.domain.escalation.model.EscalationView;
import org.lscp.workspace.domain.escalation.model.RecommendationCluster;
import org.lscp.workspace.domain.escalation.port.in.EscalationQuery;
import org.lscp.workspace.domain.escalation.port.out.EscalationRepository;
import org.lscp.workspace.domain.shared.audit.AccessLogEntry;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.shared.audit.AccessLog;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.plan.model.PlanFilter;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.plan.port.in.PlanRecords;
import org.lscp.workspace.domain.redaction.port.in.ChildIdentifierGuard;
import org.lscp.workspace.domain.escalation.model.EscalationEvent;
import java.util.ArrayList;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.Role;

/**
 * A member who may not see an escalation's child (the board chair, the administrator) gets it without the child's
 * case-system id and with children's identifiers masked in its free text and its timeline.
 */
public final class EscalationQueryService implements EscalationQuery {
    private final EscalationRepository escalations;
    private final AgencyDirectory agencies;
    private final PlanRecords plan;
    private final AccessLog accessLog;
    private final Audit auditor;
    private final ChildIdentifierGuard identifiers;

    public EscalationQueryService(EscalationRepository escalations, AgencyDirectory agencies,
                                  PlanRecords plan, AccessLog accessLog, Audit auditor,
                                  ChildIdentifierGuard identifiers) {
        this.identifiers = identifiers;
        this.escalations = escalations;
        this.agencies = agencies;
        this.plan = plan;
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
        List<EscalationEvent> timeline = escalations.timeline(id);
        Escalation shown = found;
        if (!EscalationRules.seesChildData(actor, found)) {
            List<String> texts = new ArrayList<>(freeText(found));
            timeline.forEach(event -> texts.add(event.text()));
            List<String> masked = identifiers.masked(actor.partnershipId(), texts);
            shown = withFreeText(found, masked, 0).withoutChildData();
            List<EscalationEvent> maskedTimeline = new ArrayList<>();
            for (int i = 0; i < timeline.size(); i++) maskedTimeline.add(timeline.get(i).withText(masked.get(4 + i)));
            timeline = maskedTimeline;
        }
        return new EscalationView(shown, agencyName(actor, found.raisingAgency()),
                agencyName(actor, found.respondingAgency()), timeline,
                EscalationRules.allowed(actor, found, auditor.now()), EscalationRules.outcomes(actor, found));
    }

    @Override
    public List<Escalation> list(Actor actor, EscalationFilter filter, PageRequest page) {
        return shownTo(actor, escalations.find(actor.partnershipId(), scoped(actor, filter), scope(actor, filter),
                auditor.now(), page));
    }

    @Override
    public long count(Actor actor, EscalationFilter filter) {
        return escalations.count(actor.partnershipId(), scoped(actor, filter), scope(actor, filter), auditor.now());
    }

    @Override
    public List<Escalation> forContact(Actor actor, ContactId contact) {
        return shownTo(actor, escalations.forContact(actor.partnershipId(), contact).stream()
                .filter(e -> EscalationRules.maySee(actor, e)).toList());
    }

    /** Each escalation as the member may see it, the free text of all those hidden from them masked in one go. */
    private List<Escalation> shownTo(Actor actor, List<Escalation> found) {
        List<Escalation> hidden = found.stream().filter(e -> !EscalationRules.seesChildData(actor, e)).toList();
        if (hidden.isEmpty()) return found;
        List<String> texts = new ArrayList<>();
        hidden.forEach(e -> texts.addAll(freeText(e)));
        List<String> masked = identifiers.masked(actor.partnershipId(), texts);
        java.util.Map<Escalation, Escalation> shown = new java.util.IdentityHashMap<>();
        for (int i = 0; i < hidden.size(); i++) {
            shown.put(hidden.get(i), withFreeText(hidden.get(i), masked, 4 * i).withoutChildData());
        }
        return found.stream().map(e -> shown.getOrDefault(e, e)).toList();
    }

    private static List<String> freeText(Escalation e) {
        List<String> texts = new ArrayList<>(4);
        texts.add(e.disputed());
        texts.add(e.outcomeSought());
        texts.add(e.immediateRiskReason());
        texts.add(e.learning());
        return texts;
    }

    private static Escalation withFreeText(Escalation e, List<String> masked, int from) {
        return e.withFreeText(masked.get(from), masked.get(from + 1), masked.get(from + 2), masked.get(from + 3));
    }

    @Override
    public List<RecommendationCluster> byRecommendation(Actor actor) {
        actor.require(Role.BOARD_CHAIR, Role.PARTNERSHIP_ADMIN, Role.MASH_MANAGER, Role.LINE_MANAGER,
                Role.SENIOR_MANAGER, Role.LEAD_OFFICER);
        return escalations.byRecommendation(actor.partnershipId());
    }

    @Override
    public List<Recommendation> suggestedRecommendations(Actor actor) {
        return plan.recommendations(actor.partnershipId(), new PlanFilter(Theme.THRESHOLDS, null, null, null)).stream()
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
