package org.lscp.workspace.domain.plan.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyFilter;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.shared.WorkingCalendars;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import org.lscp.workspace.domain.plan.model.ActionTally;
import org.lscp.workspace.domain.plan.model.ActionView;
import org.lscp.workspace.domain.plan.model.EvidenceDownload;
import org.lscp.workspace.domain.plan.model.EvidenceItem;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.MeasureStanding;
import org.lscp.workspace.domain.plan.model.MemberRef;
import org.lscp.workspace.domain.plan.model.MyActions;
import org.lscp.workspace.domain.plan.model.PlanFilter;
import org.lscp.workspace.domain.plan.model.PlanSource;
import org.lscp.workspace.domain.plan.model.ProgressUpdate;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecommendationDetail;
import org.lscp.workspace.domain.plan.model.RecommendationSummary;
import org.lscp.workspace.domain.plan.port.in.ViewPlanQuery;
import org.lscp.workspace.domain.plan.port.out.ActionRepository;
import org.lscp.workspace.domain.plan.port.out.InspectionRepository;
import org.lscp.workspace.domain.plan.port.out.LiveMeasures;
import org.lscp.workspace.domain.plan.port.out.RecommendationRepository;
import org.lscp.workspace.domain.redaction.port.in.ChildIdentifierGuard;
import org.lscp.workspace.domain.shared.ActionId;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.EvidenceId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.WorkingCalendar;

public final class PlanQueryService implements ViewPlanQuery {
    private final InspectionRepository inspections;
    private final RecommendationRepository recommendations;
    private final ActionRepository actions;
    private final MemberDirectory members;
    private final AgencyDirectory agencies;
    private final WorkingCalendars holidays;
    private final PlanRules rules;
    private final LiveMeasures measures;
    private final Audit auditor;
    private final ChildIdentifierGuard identifiers;

    /**
     * Every member reads the plan, the board chair too: progress notes and evidence titles and summaries (and so the
     * recommendation's timeline) come with children's identifiers masked for those who may not see children.
     */
    public PlanQueryService(InspectionRepository inspections, RecommendationRepository recommendations,
                            ActionRepository actions, MemberDirectory members, AgencyDirectory agencies,
                            WorkingCalendars holidays, LiveMeasures measures, Audit auditor,
                            ChildIdentifierGuard identifiers) {
        this.measures = measures;
        this.identifiers = identifiers;
        this.auditor = auditor;
        this.inspections = inspections;
        this.recommendations = recommendations;
        this.actions = actions;
        this.members = members;
        this.agencies = agencies;
        this.holidays = holidays;
        this.rules = new PlanRules(members, agencies, auditor);
    }

    @Override
    public List<PlanSource> overview(Actor actor, PlanFilter filter) {
        var partnership = actor.partnershipId();
        List<Recommendation> found = recommendations.find(partnership, filter);
        LocalDate today = rules.today();
        WorkingCalendar calendar = holidays.calendar(partnership);
        Map<RecommendationId, ActionTally> tallies = recommendations.tallies(partnership,
                found.stream().map(Recommendation::requireId).toList(), today,
                calendar.addWorkingDays(today, ImprovementAction.DUE_SOON_WORKING_DAYS));
        Map<MemberId, String> names = members.names(partnership,
                found.stream().map(Recommendation::leadOfficer).collect(Collectors.toSet()));
        Map<RecommendationId, List<MeasureStanding>> standings = measures.standings(partnership, found, auditor.now());
        boolean filtered = !filter.equals(PlanFilter.NONE);
        List<PlanSource> sources = new ArrayList<>();
        for (Inspection inspection : inspections.all(partnership)) {
            List<RecommendationSummary> lines = found.stream()
                    .filter(r -> r.inspectionId().equals(inspection.id()))
                    .map(r -> new RecommendationSummary(r, names.getOrDefault(r.leadOfficer(), ""),
                            tallies.getOrDefault(r.requireId(), ActionTally.NONE),
                            standings.getOrDefault(r.requireId(), List.of())))
                    .toList();
            if (!filtered || !lines.isEmpty()) sources.add(new PlanSource(inspection, lines));
        }
        return sources;
    }

    @Override
    public RecommendationDetail recommendation(Actor actor, RecommendationId id) {
        var partnership = actor.partnershipId();
        Recommendation recommendation = recommendations.find(partnership, id)
                .orElseThrow(() -> new NotFoundException("Recommendation not found."));
        Inspection inspection = inspections.find(partnership, recommendation.inspectionId()).orElseThrow();
        List<ImprovementAction> list = actions.forRecommendation(id);
        LocalDate today = rules.today();
        WorkingCalendar calendar = holidays.calendar(partnership);
        Set<MemberId> people = new HashSet<>();
        people.add(recommendation.leadOfficer());
        list.forEach(a -> people.add(a.leadOfficer()));
        Map<MemberId, String> names = members.names(partnership, people);
        List<ActionView> views = views(actor, list, names, today, calendar);
        Map<AgencyId, String> agencyNames = agencies.all(partnership).stream()
                .collect(Collectors.toMap(Agency::requireId, Agency::name));
        List<String> shared = recommendation.sharedWith().stream().map(a -> agencyNames.getOrDefault(a, "?"))
                .sorted().toList();
        return new RecommendationDetail(recommendation, inspection, names.getOrDefault(recommendation.leadOfficer(), ""),
                shared, views, recommendations.statusChanges(id), ActionTally.of(list, today, calendar),
                measures.standings(partnership, List.of(recommendation), auditor.now())
                        .getOrDefault(id, List.of()));
    }

    @Override
    public MyActions myActions(Actor actor) {
        var partnership = actor.partnershipId();
        List<ImprovementAction> led = actions.openLedBy(partnership, actor.memberId());
        LocalDate today = rules.today();
        WorkingCalendar calendar = holidays.calendar(partnership);
        List<ActionView> views = views(actor, led, Map.of(actor.memberId(), actor.name()), today, calendar);
        Map<RecommendationId, Recommendation> byId = led.isEmpty() ? Map.of()
                : recommendations.find(partnership, PlanFilter.NONE).stream()
                        .collect(Collectors.toMap(Recommendation::requireId, r -> r));
        LocalDate endOfWeek = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<MyActions.LedAction> overdue = new ArrayList<>();
        List<MyActions.LedAction> thisWeek = new ArrayList<>();
        List<MyActions.LedAction> later = new ArrayList<>();
        for (ActionView v : views) {
            var item = new MyActions.LedAction(v, byId.get(v.action().recommendationId()));
            if (v.overdue()) overdue.add(item);
            else if (!v.action().dueDate().isAfter(endOfWeek)) thisWeek.add(item);
            else later.add(item);
        }
        return new MyActions(overdue, thisWeek, later);
    }

    @Override
    public EvidenceDownload evidenceFile(Actor actor, EvidenceId id) {
        return actions.evidenceContent(actor.partnershipId(), id)
                .orElseThrow(() -> new NotFoundException("Evidence not found."));
    }

    @Override
    public List<MemberRef> leadOfficers(Actor actor) {
        return members.find(actor.partnershipId(), new MemberFilter(null, null, Role.LEAD_OFFICER, true)).stream()
                .map(m -> new MemberRef(m.requireId(), m.name(), m.email())).toList();
    }

    private List<ActionView> views(Actor actor, List<ImprovementAction> list, Map<MemberId, String> names,
                                   LocalDate today, WorkingCalendar calendar) {
        List<ActionId> ids = list.stream().map(ImprovementAction::requireId).toList();
        List<ProgressUpdate> notes = actions.progressFor(ids);
        List<EvidenceItem> items = actions.evidenceFor(ids);
        List<String> texts = new ArrayList<>();
        notes.forEach(p -> texts.add(p.text()));
        items.forEach(e -> {
            texts.add(e.title());
            texts.add(e.summary());
        });
        List<String> shown = identifiers.forReader(actor, texts);
        List<ProgressUpdate> shownNotes = new ArrayList<>();
        List<EvidenceItem> shownItems = new ArrayList<>();
        int at = 0;
        for (ProgressUpdate p : notes) {
            shownNotes.add(new ProgressUpdate(p.id(), p.actionId(), p.at(), p.by(), p.byName(), shown.get(at++),
                    p.status()));
        }
        for (EvidenceItem e : items) {
            shownItems.add(new EvidenceItem(e.id(), e.actionId(), shown.get(at++), shown.get(at++), e.link(), e.file(),
                    e.addedBy(), e.addedByName(), e.addedAt()));
        }
        Map<ActionId, List<ProgressUpdate>> progress = shownNotes.stream()
                .collect(Collectors.groupingBy(ProgressUpdate::actionId));
        Map<ActionId, List<EvidenceItem>> evidence = shownItems.stream()
                .collect(Collectors.groupingBy(EvidenceItem::actionId));
        Function<ImprovementAction, ActionView> view = a -> ActionView.of(a, names.getOrDefault(a.leadOfficer(), ""),
                progress.getOrDefault(a.requireId(), List.of()), evidence.getOrDefault(a.requireId(), List.of()),
                today, calendar);
        return list.stream().map(view).toList();
    }
}
