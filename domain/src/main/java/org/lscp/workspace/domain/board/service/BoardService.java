package org.lscp.workspace.domain.board.service;

import org.lscp.workspace.domain.plan.port.in.PlanRecords;
import java.time.Instant;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.board.port.out.EscalationsWaiting;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.MeasureStanding;
import org.lscp.workspace.domain.plan.model.ProgressUpdate;
import org.lscp.workspace.domain.plan.port.out.LiveMeasures;
import org.lscp.workspace.domain.redaction.port.in.ChildIdentifierGuard;
import org.lscp.workspace.domain.shared.InspectionId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import java.util.HashMap;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.board.model.AssuranceJudgement;
import org.lscp.workspace.domain.board.model.AssuranceLevel;
import org.lscp.workspace.domain.board.model.BoardFigures;
import org.lscp.workspace.domain.board.model.Dashboard;
import org.lscp.workspace.domain.board.model.DecisionRecord;
import org.lscp.workspace.domain.board.model.MeasureFilter;
import org.lscp.workspace.domain.board.model.MeasureKind;
import org.lscp.workspace.domain.board.model.MeasureResult;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.board.model.Ratio;
import org.lscp.workspace.domain.board.model.RecommendationCard;
import org.lscp.workspace.domain.board.port.in.AssuranceUseCase;
import org.lscp.workspace.domain.board.model.BoardReport;
import org.lscp.workspace.domain.board.port.in.BoardQuery;
import org.lscp.workspace.domain.board.port.in.BoardReportUseCase;
import org.lscp.workspace.domain.board.port.out.BoardReportRenderer;
import org.lscp.workspace.domain.board.port.out.BoardRepository;
import org.lscp.workspace.domain.board.port.out.JudgementRepository;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.plan.model.ActionTally;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.PlanFilter;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.model.SuccessMeasure;
import org.lscp.workspace.domain.plan.model.MeasureRef;
import org.lscp.workspace.domain.plan.model.Rag;
import org.lscp.workspace.domain.board.model.Amount;
import org.lscp.workspace.domain.board.model.Figure;
import org.lscp.workspace.domain.returns.model.DataReturn;
import org.lscp.workspace.domain.returns.model.ReturnMeasure;
import org.lscp.workspace.domain.returns.model.ReturnMeasureId;
import org.lscp.workspace.domain.returns.model.ReturnSeries;
import org.lscp.workspace.domain.returns.port.in.ReturnedFigures;
import org.lscp.workspace.domain.caseaudit.model.AuditFigure;
import org.lscp.workspace.domain.caseaudit.model.AuditMeasure;
import org.lscp.workspace.domain.caseaudit.port.in.AuditedFigures;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.Role;

/**
 * The board's live view, its judgements and its report; it also tells the plan where each recommendation's success
 * measures stand ({@link LiveMeasures}), so the plan, the dashboard and the report show one RAG.
 */
public final class BoardService implements BoardQuery, AssuranceUseCase, BoardReportUseCase, LiveMeasures {
    /** Months of trend on each success measure. */
    static final int TREND_MONTHS = 6;
    private static final Role[] READERS = {Role.BOARD_CHAIR, Role.MASH_MANAGER, Role.LINE_MANAGER,
            Role.SENIOR_MANAGER, Role.PARTNERSHIP_ADMIN, Role.LEAD_OFFICER};
    private final BoardRepository board;
    private final JudgementRepository judgements;
    private final PlanRecords plan;
    private final AgencyDirectory agencies;
    private final BoardReportRenderer renderer;
    private final MemberDirectory members;
    private final EscalationsWaiting escalations;
    private final ChildIdentifierGuard identifiers;
    private final ReturnedFigures returned;
    private final AuditedFigures audits;
    private final Audit auditor;

    public BoardService(BoardRepository board, JudgementRepository judgements, PlanRecords plan,
                        AgencyDirectory agencies, MemberDirectory members, EscalationsWaiting escalations, ChildIdentifierGuard identifiers,
                        ReturnedFigures returned, AuditedFigures audits, BoardReportRenderer renderer,
                        Audit auditor) {
        this.returned = returned;
        this.audits = audits;
        this.identifiers = identifiers;
        this.board = board;
        this.members = members;
        this.escalations = escalations;
        this.renderer = renderer;
        this.judgements = judgements;
        this.plan = plan;
        this.agencies = agencies;
        this.auditor = auditor;
    }

    @Override
    public Dashboard dashboard(Actor actor, MeasureFilter filter) {
        actor.require(READERS);
        requireOwnAgency(actor, filter);
        Instant now = auditor.now();
        BoardFigures figures = board.figures(actor.partnershipId(), filter, now);
        Map<org.lscp.workspace.domain.shared.AgencyId, String> names = agencies.all(actor.partnershipId()).stream()
                .collect(Collectors.toMap(Agency::requireId, Agency::name));
        List<Recommendation> open = plan.recommendations(actor.partnershipId(), PlanFilter.NONE).stream()
                .filter(r -> r.status() != RecommendationStatus.CLOSED).toList();
        LocalDate today = LocalDate.ofInstant(now, London.ZONE);
        Map<RecommendationId, ActionTally> tallies = plan.tallies(actor.partnershipId(),
                open.stream().map(Recommendation::requireId).toList(), today, today.plusDays(7));
        Map<RecommendationId, AssuranceJudgement> latest = judgements.latest(actor.partnershipId(), today);
        Map<InspectionId, Inspection> inspections = plan.inspections(actor.partnershipId()).stream()
                .collect(Collectors.toMap(Inspection::requireId, i -> i));
        List<MonthFigures> trend = trend(actor, filter, now, open);
        Figures sources = new Figures(actor.partnershipId(), figures, trend, filter.period().to(), names);
        List<RecommendationCard> cards = new ArrayList<>();
        for (Recommendation r : open) {
            List<MeasureResult> results = r.successMeasures().stream().map(sources::result).toList();
            Inspection source = inspections.get(r.inspectionId());
            RecommendationCard card = new RecommendationCard(r, source == null ? "" : source.cite(r.number()),
                    tallies.getOrDefault(r.requireId(), ActionTally.NONE), results, latest.get(r.requireId()), null);
            cards.add(card.needsTheBoard() ? card.withReasons(reasons(actor, r, today)) : card);
        }
        List<Escalation> atPartnership = escalations.atPartnership(actor);
        return new Dashboard(filter, figures, names, cards, atPartnership);
    }

    /** Why a recommendation needs the board: its overdue actions with their leads, and the latest progress note. */
    private RecommendationCard.Reasons reasons(Actor actor, Recommendation r, LocalDate today) {
        List<ImprovementAction> all = plan.actionsFor(r.requireId());
        List<ImprovementAction> late = all.stream().filter(a -> a.overdue(today)).toList();
        Map<MemberId, String> leads = members.names(actor.partnershipId(),
                late.stream().map(ImprovementAction::leadOfficer).collect(Collectors.toSet()));
        List<ProgressUpdate> progress = all.isEmpty() ? List.of()
                : plan.progressFor(all.stream().map(ImprovementAction::requireId).toList());
        return new RecommendationCard.Reasons(late.stream().map(a -> new RecommendationCard.LateAction(
                a.description(), leads.getOrDefault(a.leadOfficer(), ""), a.dueDate())).toList(),
                progress.isEmpty() ? null : masked(actor, progress.getFirst()));
    }

    /** Free text a practitioner wrote, as this reader may see it: a child's identifiers masked for the chair. */
    private ProgressUpdate masked(Actor actor, ProgressUpdate note) {
        String text = identifiers.forReader(actor, note.text());
        return new ProgressUpdate(note.id(), note.actionId(), note.at(), note.by(), note.byName(),
                text == null ? "" : text, note.status());
    }

    @Override
    public Map<RecommendationId, List<MeasureStanding>> standings(PartnershipId partnership,
                                                                  List<Recommendation> recommendations, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, London.ZONE);
        boolean computed = recommendations.stream().flatMap(r -> r.successMeasures().stream())
                .anyMatch(m -> m.ref().source() == MeasureRef.Source.COMPUTED);
        BoardFigures figures = computed ? board.figures(partnership, new MeasureFilter(Period.yearTo(today), null), now)
                : null;
        Figures sources = new Figures(partnership, figures, List.of(), today, agencies.all(partnership).stream()
                .collect(Collectors.toMap(Agency::requireId, Agency::name)));
        Map<RecommendationId, List<MeasureStanding>> standings = new HashMap<>();
        for (Recommendation r : recommendations) {
            standings.put(r.requireId(), r.successMeasures().stream().map(m -> sources.result(m).standing()).toList());
        }
        return standings;
    }

    private record MonthFigures(YearMonth month, BoardFigures figures) {
    }

    /** The figures month by month up to the period's end, only when a card has a computed measure to trend. */
    private List<MonthFigures> trend(Actor actor, MeasureFilter filter, Instant now, List<Recommendation> open) {
        boolean needed = open.stream().flatMap(r -> r.successMeasures().stream())
                .anyMatch(m -> m.ref().source() == MeasureRef.Source.COMPUTED);
        if (!needed) return List.of();
        YearMonth last = YearMonth.from(filter.period().to());
        YearMonth first = last.minusMonths(TREND_MONTHS - 1);
        List<MonthFigures> months = new ArrayList<>();
        board.monthly(actor.partnershipId(), new MeasureFilter(new Period(first.atDay(1), last.atEndOfMonth()),
                filter.agency()), now).forEach((month, f) -> months.add(new MonthFigures(month, f)));
        months.sort(Comparator.comparing(MonthFigures::month));
        return months;
    }

    /**
     * Where each success measure's figure comes from, by the measure it names in the catalogue: counted from the
     * records, or the latest return of the agency that holds it (never from its wording).
     */
    private final class Figures {
        private final PartnershipId partnership;
        private final @Nullable BoardFigures figures;
        private final List<MonthFigures> trend;
        private final LocalDate asOf;
        private final Map<AgencyId, String> agencyNames;
        /** Every data return's series, read once when the first returned measure asks. */
        private @Nullable Map<ReturnMeasureId, ReturnSeries> returnSeries;

        Figures(PartnershipId partnership, @Nullable BoardFigures figures, List<MonthFigures> trend, LocalDate asOf,
                Map<AgencyId, String> agencyNames) {
            this.partnership = partnership;
            this.figures = figures;
            this.trend = trend;
            this.asOf = asOf;
            this.agencyNames = agencyNames;
        }

        MeasureResult result(SuccessMeasure measure) {
            return switch (measure.ref().source()) {
                case COMPUTED -> computed(measure);
                case RETURNED -> returned(measure);
                case AUDITED -> audited(measure);
            };
        }

        private MeasureResult computed(SuccessMeasure measure) {
            MeasureKind kind = MeasureKind.of(measure.ref()).orElse(null);
            if (kind == null || figures == null) {
                return MeasureResult.without(measure, "The workspace no longer computes this measure.", "");
            }
            Ratio current = kind.of(figures);
            List<MeasureResult.Point> points = trend.stream().map(m -> new MeasureResult.Point(
                    m.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.UK), kind.of(m.figures()))).toList();
            Rag rag = measure.goal().flatMap(t -> t.rag(current.orNull(), kind.higherIsBetter())).orElse(null);
            return new MeasureResult(measure, kind, kind.higherIsBetter(), current, points, rag,
                    "Computed from the workspace's records", null);
        }

        private MeasureResult audited(SuccessMeasure measure) {
            AuditMeasure m = AuditMeasure.of(measure.ref()).orElse(null);
            if (m == null) return MeasureResult.without(measure, "This audit measure no longer exists.", "");
            AuditFigure f = audits.figure(partnership, m.theme(), m.domain(), asOf.minusYears(1).plusDays(1), asOf);
            if (f.graded() == 0) {
                return MeasureResult.without(measure, "No " + m.theme().label().toLowerCase(Locale.ROOT) + " case "
                        + "graded in the 12 months to " + London.format(asOf) + ".", "From case audits");
            }
            Ratio current = new Ratio(f.good(), f.graded());
            List<MeasureResult.Point> points = f.byAudit().stream().map(p -> new MeasureResult.Point(p.label(),
                    new Ratio(p.good(), p.graded()))).toList();
            Rag rag = measure.goal().flatMap(t -> t.rag(current.orNull(), true)).orElse(null);
            return new MeasureResult(measure, null, true, current, points, rag, "Audited: " + f.graded()
                    + (f.graded() == 1 ? " case" : " cases") + " in " + f.audits() + (f.audits() == 1 ? " audit" : " audits")
                    + " of " + m.theme().label().toLowerCase(Locale.ROOT) + (f.moderated() ? ", moderated" : ""), null);
        }

        private MeasureResult returned(SuccessMeasure measure) {
            if (returnSeries == null) returnSeries = returned.allSeries(partnership, asOf, RETURN_PERIODS);
            ReturnSeries series = returnSeries.get(new ReturnMeasureId(measure.ref().returnId()));
            if (series == null) return MeasureResult.without(measure, "This data-return measure no longer exists.", "");
            ReturnMeasure m = series.measure();
            if (!m.ready()) {
                return MeasureResult.without(measure, "No figure yet: the partnership admin has still to define this "
                        + "data return (its agency, officer and period).", "Data return, to define");
            }
            String agency = agencyNames.getOrDefault(m.agency(), "its agency");
            String late = series.latePeriod() == null ? null : "The " + series.latePeriod().label() + " return from "
                    + agency + " is late: it was due on " + London.format(series.lateDue()) + ".";
            DataReturn latest = series.latest();
            if (latest == null) {
                return MeasureResult.without(measure, late != null ? late : "No return from " + agency + " yet.",
                        "Returned by " + agency);
            }
            Figure current = figure(m, latest);
            List<MeasureResult.Point> points = series.returns().stream().map(r -> new MeasureResult.Point(
                    r.period().label(), figure(m, r))).toList();
            Rag rag = measure.goal().flatMap(t -> t.rag(current.orNull(), m.higherIsBetter())).orElse(null);
            return new MeasureResult(measure, null, m.higherIsBetter(), current, points, rag, "Returned by " + agency
                    + " on " + London.format(LocalDate.ofInstant(latest.at(), London.ZONE)) + " from "
                    + latest.sourceSystem() + ", for " + latest.period().label()
                    + (latest.correction() ? " (corrected)" : ""), late);
        }
    }

    /** Returns shown as a measure's trend: a year of quarters. */
    static final int RETURN_PERIODS = 4;

    private static Figure figure(ReturnMeasure m, DataReturn r) {
        return m.proportion() ? new Ratio(r.numerator(), r.denominator()) : new Amount(r.value(), m.unit());
    }

    @Override
    public List<DecisionRecord> decisionsBehind(Actor actor, MeasureFilter filter, boolean lateOnly, PageRequest page) {
        actor.require(READERS);
        requireOwnAgency(actor, filter);
        return board.decisions(actor.partnershipId(), filter, lateOnly, auditor.now(), page);
    }

    @Override
    public long countDecisionsBehind(Actor actor, MeasureFilter filter, boolean lateOnly) {
        actor.require(READERS);
        requireOwnAgency(actor, filter);
        return board.countDecisions(actor.partnershipId(), filter, lateOnly, auditor.now());
    }

    @Override
    public List<org.lscp.workspace.domain.board.model.DiscussionRecord> discussionsBehind(Actor actor,
                                                                                         MeasureFilter filter,
                                                                                         PageRequest page) {
        actor.require(READERS);
        requireOwnAgency(actor, filter);
        return board.discussions(actor.partnershipId(), filter, auditor.now(), page);
    }

    @Override
    public long countDiscussionsBehind(Actor actor, MeasureFilter filter) {
        actor.require(READERS);
        requireOwnAgency(actor, filter);
        return board.countDiscussions(actor.partnershipId(), filter, auditor.now());
    }

    @Override
    public AssuranceJudgement judge(Actor actor, RecommendationId recommendation, LocalDate meetingDate,
                                    AssuranceLevel level, String commentary) {
        org.lscp.workspace.domain.plan.model.PlanPermissions.requireJudges(actor);
        plan.recommendation(actor.partnershipId(), recommendation)
                .orElseThrow(() -> new NotFoundException("Recommendation not found."));
        LocalDate today = LocalDate.ofInstant(auditor.now(), London.ZONE);
        new Check().present("meetingDate", meetingDate, "Choose the date of the board meeting.")
                .that(meetingDate == null || !meetingDate.isAfter(today), "meetingDate",
                        "A judgement is recorded at or after the meeting: the date cannot be in the future.")
                .present("level", level, "Choose assured, partially assured or not assured.")
                .longText("commentary", commentary, "the board's commentary", 4_000).done();
        AssuranceJudgement saved = judgements.save(new AssuranceJudgement(null, actor.partnershipId(), recommendation,
                meetingDate, level, Text.block(commentary), actor.memberId(), actor.name(), auditor.now()));
        auditor.created(actor, saved);
        return saved;
    }

    @Override
    public List<AssuranceJudgement> history(Actor actor, RecommendationId recommendation) {
        plan.recommendation(actor.partnershipId(), recommendation)
                .orElseThrow(() -> new NotFoundException("Recommendation not found."));
        return judgements.forRecommendation(actor.partnershipId(), recommendation);
    }

    @Override
    public byte[] report(Actor actor, LocalDate meetingDate, @Nullable AgencyId agency) {
        LocalDate today = LocalDate.ofInstant(auditor.now(), London.ZONE);
        new Check().present("meetingDate", meetingDate, "Choose the date of the board meeting.")
                .that(meetingDate == null || !meetingDate.isAfter(today), "meetingDate",
                        "The board report is built for a meeting that has happened or happens today: choose a date "
                                + "on or before " + London.format(today) + ".").done();
        Dashboard dashboard = dashboard(actor, new MeasureFilter(Period.yearTo(meetingDate), agency));
        Map<RecommendationId, AssuranceJudgement> atMeeting = judgements.latest(actor.partnershipId(), meetingDate);
        return renderer.render(new BoardReport(actor.partnershipName(), meetingDate, dashboard, atMeeting,
                auditor.now()));
    }

    private void requireOwnAgency(Actor actor, MeasureFilter filter) {
        if (filter.agency() != null && agencies.find(actor.partnershipId(), filter.agency()).isEmpty()) {
            throw new NotFoundException("Agency not found.");
        }
    }
}
