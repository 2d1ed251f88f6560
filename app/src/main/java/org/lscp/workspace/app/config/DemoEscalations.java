package org.lscp.workspace.app.config;

import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.notice.port.in.Notices;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.lscp.workspace.domain.escalation.port.in.EscalationUseCase;
import org.lscp.workspace.domain.plan.port.in.PlanRecords;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.escalation.model.EscalationOutcome;
import org.lscp.workspace.domain.escalation.model.RaiseEscalationCommand;
import org.lscp.workspace.domain.escalation.model.ResolveEscalationCommand;
import org.lscp.workspace.domain.frontdoor.model.ContactFilter;
import org.lscp.workspace.domain.frontdoor.model.QueueRow;
import org.lscp.workspace.domain.frontdoor.model.RecordDecisionCommand;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.DecisionRepository;
import org.lscp.workspace.domain.partnership.port.out.BankHolidayRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.plan.model.PlanFilter;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.WorkingCalendar;

/**
 * Demo escalations for Enfield, played through the real escalation and front-door services on a clock set to each
 * step's moment in the past, so stages, deadlines, responses, changed decisions (and their flags) and the audit are
 * exactly what members would have produced. Each scenario disputes a real demo decision (no further action,
 * universal services or early help) from the agency that made the contact: open at every stage, some overdue, and
 * resolved with every outcome or withdrawn. A step whose moment is still in the future is not played.
 */
@Component
@ConditionalOnProperty(name = "workspace.demo-data", havingValue = "true")
final class DemoEscalations {
    private static final String MASH = "mash@enfield.example";
    private static final String MANAGER = "mash.manager@enfield.example";
    private static final String HEAD_OF_SERVICE = "head.of.service@enfield.example";
    private static final String CHAIR = "chair@enfield.example";
    /** Raising practitioner, their line manager and senior manager, by the agency's practitioner. */
    private static final Map<String, List<String>> LADDERS = Map.of(
            "health@enfield.example", List.of("health@enfield.example", "health.manager@enfield.example",
                    "health.head@enfield.example"),
            "police@enfield.example", List.of("police@enfield.example", "police.manager@enfield.example",
                    "police.manager@enfield.example"),
            "school@enfield.example", List.of("school@enfield.example", "school@enfield.example",
                    "school@enfield.example"));

    private final ContactRepository contacts;
    private final DecisionRepository decisions;
    private final MemberRepository members;
    private final PlanRecords plan;
    private final HistoryClock clock;
    private final EscalationUseCase escalations;
    private final BankHolidayRepository holidays;
    private final Notices notices;

    /** Each step goes through the real escalation use cases, as its member, with the clock held at its moment. */
    DemoEscalations(EscalationUseCase escalations, ContactRepository contacts, DecisionRepository decisions,
                    MemberRepository members, PlanRecords plan, BankHolidayRepository holidays, Clock clock,
                    Notices notices) {
        this.escalations = escalations;
        this.contacts = contacts;
        this.decisions = decisions;
        this.members = members;
        this.plan = plan;
        this.holidays = holidays;
        this.clock = (HistoryClock) clock; // the workspace's clock in demo mode
        this.notices = notices;
    }

    private enum Step { RAISE, RAISE_AT_RISK, DISAGREE, AGREE, ESCALATE, MANAGER_DISAGREES, HEAD_DISAGREES,
        CHANGE_DECISION, UPHOLD, CHAIR_UPHOLDS, OTHER, WITHDRAW }

    /** Starts this many working days ago, from the practitioner's agency, one step per working day. */
    private record Scenario(int workingDaysAgo, String practitioner, List<Step> steps) {
    }

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario(0, "health@enfield.example", List.of(Step.RAISE)),
            new Scenario(1, "police@enfield.example", List.of(Step.RAISE, Step.DISAGREE)),
            new Scenario(4, "school@enfield.example", List.of(Step.RAISE)),
            new Scenario(2, "health@enfield.example", List.of(Step.RAISE, Step.DISAGREE, Step.ESCALATE)),
            new Scenario(7, "police@enfield.example", List.of(Step.RAISE, Step.DISAGREE, Step.ESCALATE)),
            new Scenario(2, "police@enfield.example", List.of(Step.RAISE_AT_RISK)),
            new Scenario(9, "health@enfield.example", List.of(Step.RAISE, Step.DISAGREE, Step.ESCALATE,
                    Step.MANAGER_DISAGREES, Step.ESCALATE)),
            new Scenario(16, "health@enfield.example", List.of(Step.RAISE, Step.DISAGREE, Step.ESCALATE,
                    Step.MANAGER_DISAGREES, Step.ESCALATE, Step.HEAD_DISAGREES, Step.ESCALATE)),
            new Scenario(25, "health@enfield.example", List.of(Step.RAISE, Step.AGREE, Step.CHANGE_DECISION)),
            new Scenario(40, "school@enfield.example", List.of(Step.RAISE, Step.DISAGREE, Step.UPHOLD)),
            new Scenario(55, "police@enfield.example", List.of(Step.RAISE, Step.DISAGREE, Step.ESCALATE,
                    Step.CHANGE_DECISION)),
            new Scenario(70, "health@enfield.example", List.of(Step.RAISE, Step.WITHDRAW)),
            new Scenario(90, "police@enfield.example", List.of(Step.RAISE, Step.DISAGREE, Step.ESCALATE, Step.OTHER)),
            new Scenario(120, "health@enfield.example", List.of(Step.RAISE, Step.DISAGREE, Step.ESCALATE,
                    Step.MANAGER_DISAGREES, Step.ESCALATE, Step.HEAD_DISAGREES, Step.ESCALATE, Step.CHAIR_UPHOLDS)),
            new Scenario(150, "school@enfield.example", List.of(Step.RAISE, Step.AGREE, Step.CHANGE_DECISION)),
            new Scenario(200, "police@enfield.example", List.of(Step.RAISE, Step.DISAGREE, Step.UPHOLD)));

    void load(PartnershipId partnership) {
        WorkingCalendar calendar = holidays.calendar(partnership);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, London.ZONE);
        Set<RecommendationId> thresholds = new HashSet<>(plan.recommendations(partnership,
                new PlanFilter(Theme.THRESHOLDS, null, null, null)).stream().limit(2)
                .map(r -> r.requireId()).toList());
        Set<Long> used = new HashSet<>();
        // the longest stories choose their contacts first, so a small demo (tests load 60 contacts) still has them
        for (Scenario s : SCENARIOS.stream().sorted(java.util.Comparator.comparingInt(x -> -x.steps().size())).toList()) {
            LocalDate startDay = today;
            for (int i = 0; i < s.workingDaysAgo(); i++) {
                do startDay = startDay.minusDays(1); while (!calendar.isWorkingDay(startDay));
            }
            Instant start = startDay.atTime(9, 30).atZone(London.ZONE).toInstant();
            if (start.isAfter(now)) start = now.minusSeconds(3_600);
            ThresholdDecision disputed = pick(partnership, s.practitioner(), start, used);
            if (disputed == null) continue;
            play(s, disputed, start, calendar, now, thresholds);
        }
        // what the escalations told members in the demo's past has been read: inboxes start with today's news
        members.activeActors(partnership, MemberFilter.NONE).forEach(notices::markAllRead);
    }

    private void play(Scenario s, ThresholdDecision disputed, Instant start, WorkingCalendar calendar, Instant now,
                      Set<RecommendationId> recs) {
        List<String> ladder = LADDERS.get(s.practitioner());
        Escalation e = null;
        int level = 0;
        for (int i = 0; i < s.steps().size(); i++) {
            Instant at = i == 0 ? start : calendar.addWorkingDays(start, i).plusSeconds(3_600L * (i % 3));
            if (at.isAfter(now)) return;
            Step step = s.steps().get(i);
            Escalation current = e;
            int rung = level;
            e = clock.at(at, () -> step(s, step, current, disputed, ladder, recs, rung));
            if (step == Step.ESCALATE) level++;
        }
    }

    private Escalation step(Scenario s, Step step, Escalation e, ThresholdDecision disputed, List<String> ladder,
                            Set<RecommendationId> recs, int level) {
        return switch (step) {
            case RAISE, RAISE_AT_RISK -> escalations.raise(actor(s.practitioner()), new RaiseEscalationCommand(
                    disputed.id(), null, null, DISPUTES.get(s.workingDaysAgo() % DISPUTES.size()),
                    "A strategy discussion, or at least a child and family assessment.",
                    step == Step.RAISE_AT_RISK, step == Step.RAISE_AT_RISK
                    ? "The child said tonight's contact with the father will go ahead; marks seen today." : null,
                    s.workingDaysAgo() % 3 == 0 ? Set.of() : recs));
            case DISAGREE -> escalations.respond(actor(MASH), e.requireId(), e.version(), false,
                    "Information from checks does not meet the threshold for statutory intervention; early help "
                            + "offer stands.");
            case AGREE -> escalations.respond(actor(MASH), e.requireId(), e.version(), true,
                    "Agreed on review of the health chronology: the threshold is met.");
            case MANAGER_DISAGREES -> escalations.respond(actor(MANAGER), e.requireId(), e.version(), false,
                    "Reviewed with the team manager: decision maintained, with a follow-up call to the school.");
            case HEAD_DISAGREES -> escalations.respond(actor(HEAD_OF_SERVICE), e.requireId(), e.version(), false,
                    "Head of service view: decision stands; offered a joint meeting with the designated nurse.");
            case ESCALATE -> escalations.escalate(actor(ladder.get(Math.min(level, ladder.size() - 1))),
                    e.requireId(), e.version(), "Still no strategy discussion for a child who disclosed harm.");
            case CHANGE_DECISION -> escalations.resolve(actor(MANAGER), e.requireId(), e.version(),
                    new ResolveEscalationCommand(EscalationOutcome.DECISION_CHANGED,
                            "The health information had not been weighed; chronologies now read before NFA.",
                            new RecordDecisionCommand(ThresholdLevel.CHILD_IN_NEED_ASSESSMENT,
                                    "Revised on escalation: cumulative concerns meet the threshold for assessment.",
                                    "Assessment team", null, false, Set.of()), Set.of()));
            case UPHOLD -> escalations.resolve(actor(s.practitioner()), e.requireId(), e.version(),
                    new ResolveEscalationCommand(EscalationOutcome.DECISION_UPHELD,
                            "Explained the threshold; early help referral made with the family's consent.", null,
                            Set.of()));
            case CHAIR_UPHOLDS -> escalations.resolve(actor(CHAIR), e.requireId(), e.version(),
                    new ResolveEscalationCommand(EscalationOutcome.DECISION_UPHELD,
                            "The threshold document is unclear on repeat bruising: to be revised by the board.",
                            null, Set.of()));
            case OTHER -> escalations.resolve(actor(ladder.get(1)), e.requireId(), e.version(),
                    new ResolveEscalationCommand(EscalationOutcome.OTHER,
                            "Agreed a multi-agency meeting instead of a change of decision.", null, Set.of()));
            case WITHDRAW -> escalations.withdraw(actor(s.practitioner()), e.requireId(), e.version(),
                    "New information from the GP answered our concern.");
        };
    }

    private static final List<String> DISPUTES = List.of(
            "The child disclosed being hit by her stepfather; the contact was closed with no further action and no "
                    + "strategy discussion was held.",
            "Third contact this year about neglect; the decision does not consider the cumulative picture.",
            "A disclosure of sexual harm by an older child was referred to early help; we believe it needs a "
                    + "strategy discussion.");

    /**
     * The disputed decision: the latest current decision made before the escalation, on a contact from the
     * practitioner's agency, preferring the lower thresholds (no further action, universal services, early help)
     * and otherwise a child in need assessment the agency thinks too low.
     */
    private ThresholdDecision pick(PartnershipId partnership, String practitioner, Instant before, Set<Long> used) {
        Actor who = actor(practitioner);
        List<QueueRow> rows = contacts.queue(partnership, new ContactFilter(null, who.agencyId(), false, null,
                null, null), null, before, PageRequest.first(PageRequest.MAX_LIMIT));
        List<ThresholdDecision> candidates = new ArrayList<>();
        for (QueueRow row : rows) {
            if (used.contains(row.id().value())) continue;
            for (ThresholdDecision d : decisions.forContact(row.id())) {
                if (d.current() && !d.decidedAt().isAfter(before.minusSeconds(3_600))
                        && !d.level().atLeast(ThresholdLevel.STRATEGY_DISCUSSION)) {
                    candidates.add(d);
                }
            }
        }
        ThresholdDecision best = candidates.stream()
                .max(java.util.Comparator.comparing((ThresholdDecision d) ->
                                !d.level().atLeast(ThresholdLevel.CHILD_IN_NEED_ASSESSMENT))
                        .thenComparing(ThresholdDecision::decidedAt))
                .orElse(null);
        if (best != null) used.add(best.contactId().value());
        return best;
    }

    private Actor actor(String email) {
        return members.findByEmail(email).flatMap(m -> members.activeActor(m.requireId()))
                .orElseThrow(() -> new IllegalStateException("demo member " + email + " missing"));
    }
}
