package org.lscp.workspace.app.config;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import static org.lscp.workspace.domain.plan.model.ActionStatus.COMPLETE;
import static org.lscp.workspace.domain.plan.model.ActionStatus.NOT_STARTED;
import static org.lscp.workspace.domain.plan.model.ActionStatus.ON_TRACK;
import static org.lscp.workspace.domain.plan.model.RecommendationStatus.ASSURED;
import static org.lscp.workspace.domain.plan.model.RecommendationStatus.CLOSED;
import static org.lscp.workspace.domain.plan.model.RecommendationStatus.EVIDENCED;
import static org.lscp.workspace.domain.plan.model.RecommendationStatus.IN_PROGRESS;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyFilter;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.AddEvidenceCommand;
import org.lscp.workspace.domain.plan.model.AreaJudgement;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.InspectionType;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.model.RecordProgressCommand;
import org.lscp.workspace.domain.plan.model.SaveActionCommand;
import org.lscp.workspace.domain.plan.model.SaveInspectionCommand;
import org.lscp.workspace.domain.plan.model.SaveRecommendationCommand;
import org.lscp.workspace.domain.plan.model.SuccessMeasure;
import org.lscp.workspace.domain.plan.model.MeasureRef;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.plan.port.in.ManageActionsUseCase;
import org.lscp.workspace.domain.plan.port.in.ManageInspectionsUseCase;
import org.lscp.workspace.domain.plan.port.in.ManageRecommendationsUseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo improvement plans, drawn from the seeds and kept as data in {@code demo/plan-<partnership>.json}:
 * Enfield's 2015 single inspection (15 recommendations), its 2018 focused visit and its 2019 inspection; Waltham
 * Forest's March 2018 focused visit of the MASH. Each step goes through the plan's use cases as the member who would
 * have taken it — the admin records the inspection and its recommendations, the lead officers add actions, record
 * progress and evidence and move their recommendations on, the chair judges the evidence — with the clock held at
 * the day it happened. A date in the file is a day ({@code 2018-10-31}), or relative to today ({@code today-100},
 * {@code today+45}) or to this week ({@code week+3}: three days on, but no later than Sunday), so every demo has
 * overdue actions, actions due this week and later ones. Called once, when the partnership is first provisioned.
 */
@Component
@ConditionalOnProperty(name = "workspace.demo-data", havingValue = "true")
final class DemoPlans {
    private static final String OFSTED = "Ofsted";
    private final ManageInspectionsUseCase inspections;
    private final ManageRecommendationsUseCase recommendations;
    private final ManageActionsUseCase actions;
    private final MemberRepository members;
    private final AgencyRepository agencies;
    private final HistoryClock clock;
    private final DemoReturns returns;

    DemoPlans(ManageInspectionsUseCase inspections, ManageRecommendationsUseCase recommendations,
              ManageActionsUseCase actions, MemberRepository members, AgencyRepository agencies, Clock clock,
              DemoReturns returns) {
        this.returns = returns;
        this.inspections = inspections;
        this.recommendations = recommendations;
        this.actions = actions;
        this.members = members;
        this.agencies = agencies;
        this.clock = (HistoryClock) clock; // the workspace's clock in demo mode
    }

    void load(PartnershipId partnership, String partnershipName) {
        Days days = new Days(LocalDate.ofInstant(clock.instant(), London.ZONE));
        if (DemoData.ENFIELD.equals(partnershipName)) {
            write(partnership, days, "enfield", "https://intranet.enfield.example/", "admin@enfield.example",
                    "chair@enfield.example");
        } else if (DemoData.WALTHAM_FOREST.equals(partnershipName)) {
            write(partnership, days, "waltham-forest", "https://intranet.walthamforest.example/",
                    "admin@walthamforest.example", "chair@walthamforest.example");
        }
    }

    /** The data-return measures first (the plan's success measures name them), the plan, then a year of returns. */
    private void write(PartnershipId partnership, Days days, String file, String intranet, String adminEmail,
                       String chairEmail) {
        Map<String, MeasureRef> returned = returns.define(partnership, file, adminEmail);
        new Writer(partnership, days, intranet, adminEmail, chairEmail, returned).write(read(file));
        returns.submit(partnership, file, returned);
    }

    private static PlanFile read(String partnership) {
        String path = "/demo/plan-" + partnership + ".json";
        try (InputStream in = DemoPlans.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Demo plan file missing: " + path);
            return JsonMapper.builder().build().readValue(in, PlanFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------- the file's records

    record PlanFile(List<Source> inspections) {
    }

    record Source(InspectionType type, String title, String start, String end, String published,
                  List<AreaJudgement> judgements, String strengths, String areas, List<Rec> recs) {
    }

    record Rec(int number, Theme theme, RecommendationStatus status, String lead, String agencies, String text,
               List<Measure> measures, List<Act> actions) {
    }

    /**
     * A success measure: the plan's wording and target, and the measure it is — computed, returned (by the
     * data-return measure's name) or audited (a theme's case audits overall).
     */
    record Measure(String measure, String target, @Nullable String computed, @Nullable String returned,
                   @Nullable String audited) {
    }

    record Act(String description, String lead, String agencies, String created, String due, ActionStatus status,
               @Nullable String completed, @Nullable Ev evidence, List<String> notes) {
    }

    record Ev(String title, String path, String summary) {
    }

    /** Reads the file's days: {@code 2018-10-31}, {@code today}, {@code today-100}, {@code today+45}, {@code week+3}. */
    record Days(LocalDate today) {
        LocalDate ago(int days) {
            return today.minusDays(days);
        }

        @Nullable LocalDate day(@Nullable String written) {
            if (written == null) return null;
            if (written.startsWith("today")) return today.plusDays(offset(written.substring(5)));
            if (written.startsWith("week")) {
                LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                LocalDate due = today.plusDays(offset(written.substring(4)));
                return due.isAfter(sunday) ? sunday : due;
            }
            return LocalDate.parse(written);
        }

        private static int offset(String written) {
            return written.isEmpty() ? 0 : Integer.parseInt(written.startsWith("+") ? written.substring(1) : written);
        }
    }

    // ------------------------------------------------------------------------------------------ the writer

    /** Writes one partnership's plan; members and agencies are looked up once each. */
    private final class Writer {
        private final PartnershipId partnership;
        private final Days days;
        private final String intranet;
        private final Actor admin;
        private final Actor chair;
        private final Map<String, Actor> actorByEmail = new HashMap<>();
        private final Map<String, AgencyId> agencyByName = new HashMap<>();
        private final Map<String, MeasureRef> returned;
        private int stagger;

        Writer(PartnershipId partnership, Days days, String intranet, String adminEmail, String chairEmail,
               Map<String, MeasureRef> returned) {
            this.returned = returned;
            this.partnership = partnership;
            this.days = days;
            this.intranet = intranet;
            this.admin = actor(adminEmail);
            this.chair = actor(chairEmail);
        }

        void write(PlanFile file) {
            for (Source s : file.inspections()) {
                // recorded by the admin the day the inspectors left, with the recommendations they gave
                LocalDate start = Objects.requireNonNull(days.day(s.start()));
                LocalDate end = days.day(s.end());
                Instant recorded = at(end != null ? end : start, 17, 0);
                Inspection inspection = clock.at(recorded, () -> inspections.create(admin,
                        new SaveInspectionCommand(OFSTED, s.type(), s.title(), start, end, days.day(s.published()),
                                s.judgements(), s.strengths(), s.areas())));
                for (Rec r : s.recs()) write(inspection, recorded.plusSeconds(60L * r.number()), r);
            }
        }

        private void write(Inspection inspection, Instant recorded, Rec r) {
            check(r);
            Actor lead = actor(r.lead());
            LocalDate started = r.actions().stream().map(a -> days.day(a.created())).min(Comparator.naturalOrder())
                    .orElse(days.ago(30));
            Recommendation saved = clock.at(recorded, () -> recommendations.create(admin,
                    new SaveRecommendationCommand(inspection.requireId(), r.number(), r.text(), r.theme(),
                            lead.memberId(), agencies(r.agencies()), r.measures().stream().map(this::measure)
                            .toList())));
            for (Act a : r.actions()) write(saved, lead, a);
            history(saved, r, started, lead);
        }

        /** The recommendation's lead plans the action; the action's lead reports on it. */
        private void write(Recommendation recommendation, Actor planner, Act a) {
            Actor lead = actor(a.lead());
            LocalDate created = Objects.requireNonNull(days.day(a.created()));
            LocalDate completed = days.day(a.completed());
            ImprovementAction action = clock.at(at(created, 9, 15), () -> actions.add(planner,
                    recommendation.requireId(), new SaveActionCommand(a.description(), lead.memberId(),
                            agencies(a.agencies()), Objects.requireNonNull(days.day(a.due())), NOT_STARTED)));
            if (a.evidence() != null) {
                Ev ev = a.evidence();
                clock.run(at(Objects.requireNonNull(completed), 9, 30), () -> actions.addEvidence(lead,
                        action.requireId(), new AddEvidenceCommand(ev.title(), ev.summary(), intranet + ev.path(),
                                null, null)));
            }
            LocalDate last = completed != null ? completed : latest(created, days.ago(1 + stagger++ % 6));
            long span = ChronoUnit.DAYS.between(created, last);
            List<String> notes = a.notes();
            ImprovementAction current = action;
            for (int i = 0; i < notes.size(); i++) {
                boolean latestNote = i == notes.size() - 1;
                ActionStatus status = latestNote || a.status() == NOT_STARTED ? a.status() : ON_TRACK;
                LocalDate day = created.plusDays(span * (i + 1) / notes.size());
                ImprovementAction before = current;
                String note = notes.get(i);
                current = clock.at(at(day, 10, 15 + i), () -> actions.recordProgress(lead, before.requireId(),
                        before.version(), new RecordProgressCommand(note, status)));
            }
        }

        /** The recommendation's path from open to its status, dated from its actions; assurance by the chair. */
        private void history(Recommendation saved, Rec r, LocalDate started, Actor lead) {
            LocalDate evidenced = r.actions().stream().map(a -> days.day(a.completed())).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(started);
            List<LocalDate> when = List.of(started, evidenced, evidenced.plusDays(35), evidenced.plusDays(126));
            Recommendation current = saved;
            LocalDate previous = started;
            for (RecommendationStatus to : List.of(IN_PROGRESS, EVIDENCED, ASSURED, CLOSED)) {
                if (to.ordinal() > r.status().ordinal()) break;
                LocalDate day = earliest(latest(when.get(to.ordinal() - 1), previous), days.ago(1));
                Actor by = to == ASSURED || to == CLOSED ? chair : lead;
                Recommendation before = current;
                current = clock.at(at(day, 14, 0),
                        () -> recommendations.changeStatus(by, before.requireId(), before.version(), to));
                previous = day;
            }
        }

        /** The demo's own rules, so a slip in the file fails loudly at start-up rather than showing nonsense. */
        private void check(Rec r) {
            boolean allComplete = r.actions().stream().allMatch(a -> a.status() == COMPLETE);
            if ((r.status() == EVIDENCED || r.status() == ASSURED || r.status() == CLOSED) && !allComplete) {
                throw new IllegalStateException("Demo recommendation " + r.number() + " is " + r.status()
                        + " with actions still open");
            }
            for (Act a : r.actions()) {
                LocalDate created = days.day(a.created());
                LocalDate completed = days.day(a.completed());
                boolean complete = a.status() == COMPLETE;
                boolean ok = created != null && !Objects.requireNonNull(days.day(a.due())).isBefore(created)
                        && created.isBefore(days.today()) && !a.notes().isEmpty() && a.notes().size() <= 3
                        && complete == (completed != null) && complete == (a.evidence() != null)
                        && (!complete || (!completed.isBefore(created) && completed.isBefore(days.today())));
                if (!ok) throw new IllegalStateException("Demo action is inconsistent: " + a.description());
            }
        }

        private SuccessMeasure measure(Measure m) {
            MeasureRef ref = m.computed() != null ? MeasureRef.computed(m.computed())
                    : m.audited() != null ? MeasureRef.audited(m.audited(), null) : returned.get(m.returned());
            if (ref == null) throw new IllegalStateException("Demo measure names no measure: " + m.measure());
            return new SuccessMeasure(ref, m.measure(), m.target());
        }

        private Actor actor(String email) {
            return actorByEmail.computeIfAbsent(email, e -> members.findByEmail(e)
                    .filter(m -> m.partnershipId().equals(partnership))
                    .flatMap(m -> members.activeActor(m.requireId()))
                    .orElseThrow(() -> new IllegalStateException("Demo member missing from the partnership: " + e)));
        }

        /** Agencies named by fragments separated by semicolons; each fragment must match exactly one agency. */
        private Set<AgencyId> agencies(String fragments) {
            Set<AgencyId> ids = new HashSet<>();
            for (String fragment : Arrays.stream(fragments.split(";")).map(String::strip).toList()) {
                ids.add(agencyByName.computeIfAbsent(fragment, f -> {
                    List<Agency> found = agencies.find(partnership, new AgencyFilter(f, null), PageRequest.first(5));
                    if (found.size() != 1) {
                        throw new IllegalStateException("Demo agency \"" + f + "\" matches " + found.size());
                    }
                    return found.getFirst().requireId();
                }));
            }
            return ids;
        }
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(London.ZONE).toInstant();
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
