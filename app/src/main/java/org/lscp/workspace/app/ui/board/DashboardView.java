package org.lscp.workspace.app.ui.board;

import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.domain.live.port.in.LiveChanges;
import org.lscp.workspace.app.ui.LiveRefresh;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;
import org.lscp.workspace.domain.board.port.in.BoardReportUseCase;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.app.ui.Markup;
import com.vaadin.flow.component.Html;
import org.lscp.workspace.app.ui.FieldErrors;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.board.model.BoardFigures;
import org.lscp.workspace.domain.board.model.Dashboard;
import org.lscp.workspace.domain.board.model.MeasureFilter;
import org.lscp.workspace.domain.board.model.MeasureKind;
import org.lscp.workspace.domain.board.model.MeasureResult;
import org.lscp.workspace.domain.board.model.Period;
import org.lscp.workspace.domain.board.model.Ratio;
import org.lscp.workspace.domain.board.model.RecommendationCard;
import org.lscp.workspace.domain.plan.model.Target;
import org.lscp.workspace.domain.plan.model.SuccessMeasure;
import org.lscp.workspace.domain.escalation.model.Escalation;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.lscp.workspace.domain.board.port.in.AssuranceUseCase;
import org.lscp.workspace.domain.board.port.in.BoardQuery;
import org.lscp.workspace.domain.escalation.model.EscalationOutcome;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.shared.ValidationException;
import org.lscp.workspace.domain.caseaudit.model.AuditProgramme;
import org.lscp.workspace.domain.caseaudit.model.ProgrammeView;
import org.lscp.workspace.domain.caseaudit.port.in.CaseAuditUseCase;
import org.lscp.workspace.domain.section11.model.Cycle;
import org.lscp.workspace.domain.section11.model.HeatMap;
import org.lscp.workspace.domain.section11.model.Rating;
import org.lscp.workspace.domain.section11.model.Review;
import org.lscp.workspace.domain.section11.port.in.Section11UseCase;

/**
 * The board's live view: headline figures, charts with tables, and a card per recommendation with its success
 * measures (target, current value, trend, RAG) and judgements. Every figure is counted from the agencies' records
 * for the chosen period and agency; the records behind "decisions within the deadline" are a click away.
 */
@Route(value = "board", layout = MainLayout.class)
@PageTitle("Board assurance · Safeguarding Partnership Workspace")
@RolesAllowed({"BOARD_CHAIR", "MASH_MANAGER", "LINE_MANAGER", "SENIOR_MANAGER", "PARTNERSHIP_ADMIN", "LEAD_OFFICER"})
public class DashboardView extends VerticalLayout {
    private final BoardQuery board;
    private final AssuranceUseCase assurance;
    private final BoardReportUseCase reports;
    private final CaseAuditUseCase audits;
    private final Section11UseCase section11;
    private final TaskExecutor background;
    private final CurrentActor current;
    private final Clock clock;
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final ComboBox<Agency> agency = new ComboBox<>("Agency");
    final VerticalLayout content = new VerticalLayout();
    final DatePicker meeting = new DatePicker("Board meeting date");
    final Button buildReport = new Button("Build the board report");
    final ProgressBar reportProgress = new ProgressBar();
    final Span reportStatus = new Span();
    final Div reportLink = new Div();
    Dashboard dashboard;
    private String auditsShown;
    private String section11Shown;

    public DashboardView(BoardQuery board, AssuranceUseCase assurance, BoardReportUseCase reports,
                         CaseAuditUseCase audits, Section11UseCase section11,
                         ManageAgenciesUseCase agencies, LiveChanges live, CurrentActor current, Clock clock,
                         @Qualifier("applicationTaskExecutor") TaskExecutor background) {
        this.board = board;
        this.audits = audits;
        this.section11 = section11;
        this.assurance = assurance;
        this.reports = reports;
        this.background = background;
        LiveRefresh.keep(this, live, current, change -> change.about("contact/") || change.about("escalation/")
                || change.about("plan/"), this::refresh, 1_500);
        this.current = current;
        this.clock = clock;
        addClassName("view");
        Period year = Period.yearTo(LocalDate.now(clock.withZone(org.lscp.workspace.domain.shared.London.ZONE)));
        from.setValue(year.from());
        to.setValue(year.to());
        agency.setItems(agencies.all(current.get()));
        agency.setItemLabelGenerator(Agency::name);
        agency.setClearButtonVisible(true);
        agency.setPlaceholder("All agencies");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        agency.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(from, to, agency);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        content.setPadding(false);
        add(new H1("Board assurance"), new Paragraph("Every figure here is counted, as you look, from the contacts, "
                + "decisions, flags, escalations and actions the agencies recorded — none is typed in. Periods go by "
                + "the date a contact was received."), filters, content, reportSection(year.to()));
        refresh();
    }

    /** The board report for a meeting: built in the background with a progress bar, then offered for download. */
    private Component reportSection(LocalDate today) {
        meeting.setValue(today);
        meeting.setMax(today);
        reportProgress.setIndeterminate(true);
        reportProgress.setVisible(false);
        reportProgress.getElement().setAttribute("aria-label", "Building the board report");
        reportStatus.getElement().setAttribute("role", "status");
        buildReport.addClickListener(e -> build());
        HorizontalLayout row = new HorizontalLayout(meeting, buildReport, reportLink);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        VerticalLayout section = new VerticalLayout(new H2("Board report"), new Paragraph("A PDF for the meeting: "
                + "the twelve months to its date, the plan's progress, measures against targets with charts, "
                + "escalations, flags and the judgements recorded at the meeting."), row, reportProgress, reportStatus);
        section.setPadding(false);
        return section;
    }

    void build() {
        LocalDate day = meeting.getValue();
        if (day == null) {
            meeting.setErrorMessage("Choose the date of the board meeting.");
            meeting.setInvalid(true);
            return;
        }
        meeting.setInvalid(false);
        var actor = current.get();
        var agencyId = agency.getValue() == null ? null : agency.getValue().requireId();
        UI ui = UI.getCurrent();
        buildReport.setEnabled(false);
        reportLink.removeAll();
        reportProgress.setVisible(true);
        reportStatus.setText("Building the board report\u2026");
        ui.setPollInterval(500);
        CompletableFuture.supplyAsync(() -> reports.report(actor, day, agencyId), background)
                .whenComplete((pdf, failure) -> ui.access(() -> {
                    ui.setPollInterval(-1);
                    reportProgress.setVisible(false);
                    buildReport.setEnabled(true);
                    if (failure != null) {
                        reportStatus.setText("The report could not be built: " + rootMessage(failure));
                        return;
                    }
                    String name = "board-report-" + day + ".pdf";
                    Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                            new ByteArrayInputStream(pdf), name, "application/pdf", pdf.length)),
                            "Download the board report (PDF)");
                    download.setDownload(true);
                    reportLink.add(download);
                    reportStatus.setText("The board report for " + Formats.date(day) + " is ready.");
                }));
    }

    /** The domain's words for a failure (a rule, a limit, the database away), never a technical message. */
    private static String rootMessage(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.lscp.workspace.domain.shared.DomainException rule) return rule.getMessage();
        }
        return "something went wrong and it was logged. Try again; if it happens again, tell your administrator.";
    }

    MeasureFilter filter() {
        return new MeasureFilter(new Period(from.getValue(), to.getValue()),
                agency.getValue() == null ? null : agency.getValue().requireId());
    }

    void refresh() {
        Map<String, DatePicker> fields = Map.of("from", from, "to", to);
        MeasureFilter filter;
        try {
            filter = filter();
            FieldErrors.clear(fields);
        } catch (ValidationException e) {
            FieldErrors.show(e, fields);
            return;
        }
        dashboard = board.dashboard(current.get(), filter);
        content.removeAll();
        content.add(exceptions(dashboard));
        content.add(new H2("Headline figures"));
        content.add(tiles(dashboard, filter));
        content.add(new H2("After the front door: strategy discussions and conferences"));
        content.add(protectionTiles(dashboard, filter));
        content.add(charts(dashboard));
        content.add(new H2("Every other recommendation"));
        if (dashboard.others().isEmpty()) {
            content.add(new Paragraph(dashboard.cards().isEmpty() ? "No open recommendations. Add the inspection's "
                    + "recommendations to the improvement plan to see their measures here."
                    : "None: every open recommendation is in \u201cNeeds the board\u201d above."));
        }
        dashboard.others().forEach(card -> content.add(card(card, filter)));
        // neither depends on the period or agency chosen: read once for the page
        if (auditsShown == null) auditsShown = auditSummaries(current.get());
        if (section11Shown == null) section11Shown = section11Summary(current.get());
        content.add(new H2("Case audits"), new Html(auditsShown));
        content.add(new H2("Section 11 self-assessment"), new Html(section11Shown));
    }

    /** The newest audits: how their cases were graded (the moderated grade where changed) and what to improve. */
    String auditSummaries(org.lscp.workspace.domain.shared.Actor actor) {
        List<AuditProgramme> all = audits.programmes(actor);
        if (all.isEmpty()) {
            return summary(Markup.paragraph("No case audit yet. The partnership admin sets one up under Case audits; "
                    + "its grades then show here and on the recommendations it tests."));
        }
        StringBuilder html = new StringBuilder("<div class=\"tiles\">");
        for (AuditProgramme p : all.stream().limit(SHOWN_AUDITS).toList()) {
            ProgrammeView v = audits.programme(actor, p.requireId());
            long graded = v.graded();
            html.append("<div class=\"tile\"><h3><a router-link href=\"audits/audit/").append(p.requireId())
                    .append("\">").append(Markup.escape(p.title())).append("</a></h3><span class=\"tile-value\">")
                    .append(graded == 0 ? "\u2014" : Charts.percent(new Ratio(v.goodOrBetter(), graded)))
                    .append("</span>").append(Markup.paragraph((graded == 0 ? "No case graded yet." : "Good or "
                            + "better overall.") + " " + p.theme().label() + "; the group "
                            + (p.meetsOn().isBefore(London.today(clock)) ? "met on " : "meets on ")
                            + Formats.date(p.meetsOn()) + ". " + graded + " of " + plural(v.cases().size(), "case")
                            + " graded" + (graded == 0 ? "" : ": " + grades(v)) + "; " + v.moderated()
                            + " moderated, " + v.changedByModerator() + " of them changed by the moderator."));
            List<String> findings = v.findings();
            if (!findings.isEmpty()) {
                html.append("<p>To improve:</p><ul class=\"reasons\">");
                findings.stream().limit(2).forEach(f -> html.append("<li>").append(Markup.escape(
                        Text.shorten(f, 140))).append("</li>"));
                html.append("</ul>");
            }
            html.append("</div>");
        }
        html.append("</div>");
        if (all.size() > SHOWN_AUDITS) {
            html.append("<p><a router-link href=\"audits\">See all ").append(all.size()).append(" audits</a></p>");
        }
        return summary(html.toString());
    }

    private static final int SHOWN_AUDITS = 3;

    /** One of the board's summaries: as wide as the page, so a wide heat map scrolls inside itself. */
    private static String summary(String html) {
        return "<div class=\"board-summary\">" + html + "</div>";
    }

    private static String grades(ProgrammeView v) {
        return String.join(", ", v.byGrade().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase(java.util.Locale.UK)).toList());
    }

    /** The latest Section 11 cycle: answers in by rating, where the panel stands, and its heat map. */
    String section11Summary(org.lscp.workspace.domain.shared.Actor actor) {
        List<Cycle> cycles = section11.cycles(actor);
        if (cycles.isEmpty()) {
            return summary(Markup.paragraph("No Section 11 cycle yet. The partnership admin starts one under "
                    + "Section 11; each agency's named lead then rates the standards."));
        }
        HeatMap map = section11.heatMap(actor, cycles.getFirst().requireId());
        Map<Rating, Long> ratings = map.byRating();
        String byRating = String.join(", ", java.util.Arrays.stream(Rating.values())
                .map(r -> ratings.getOrDefault(r, 0L) + " " + r.label().toLowerCase(java.util.Locale.UK)).toList());
        return summary(Markup.paragraph(map.cycle().title() + ", due "
                + Formats.date(map.cycle().dueOn()) + ": "
                + map.answered() + " of " + map.asked() + " ratings in (" + byRating + "); "
                + (map.reviewed(Review.AWAITING) + map.reviewed(Review.RESPONDED)) + " waiting for the panel ("
                + map.reviewed(Review.RESPONDED) + " of them an agency's answer to a challenge), "
                + map.reviewed(Review.CHALLENGED) + " challenged and waiting for the agency.")
                + org.lscp.workspace.app.ui.section11.Section11View.heatMap(map)
                + "<p><a router-link href=\"section11\">Open Section 11</a></p>");
    }

    /** What needs the board, first: recommendations off track or drifting with their reasons, then stage 4. */
    private Component exceptions(Dashboard d) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("needs-the-board");
        List<RecommendationCard> needing = d.needingTheBoard();
        long red = d.offTrack().size();
        H2 heading = new H2("Needs the board");
        section.add(heading, new Paragraph(summary(red, needing.size() - red, d.atPartnership().size(),
                d.judgementsDue().size())));
        if (needing.isEmpty()) {
            section.add(new Paragraph("No recommendation is off track or drifting: every measure with data meets "
                    + "its target and no action is overdue or at risk."));
        }
        needing.forEach(card -> section.add(card(card, d.filter())));
        section.add(new H3("Escalations waiting on the chair (stage 4)"));
        if (d.atPartnership().isEmpty()) {
            section.add(new Paragraph("None: no disagreement between agencies has reached the partnership."));
        } else {
            UnorderedList list = new UnorderedList();
            for (Escalation e : d.atPartnership()) {
                Anchor link = new Anchor("escalation/" + e.requireId(), e.reference());
                link.getElement().setAttribute("router-link", true);
                ListItem item = new ListItem(link, new Span(" \u2014 " + d.agencyNames().getOrDefault(
                        e.raisingAgency(), "an agency") + " challenges " + d.agencyNames().getOrDefault(
                        e.respondingAgency(), "an agency") + "; answer due " + Formats.dateTime(e.stageDeadline())
                        + (e.overdue(clock.instant()) ? " (overdue)" : "")));
                list.add(item);
            }
            section.add(list);
        }
        return section;
    }

    static String summary(long offTrack, long drifting, long stage4, long judgementsDue) {
        return plural(offTrack, "recommendation") + " off track, " + drifting + " drifting; "
                + plural(stage4, "escalation") + " waiting on the chair; " + plural(judgementsDue, "judgement")
                + " due (evidenced, awaiting the board's assurance).";
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The address of the decisions behind "decisions within timescale", with the board's period and agency. */
    private static String records(MeasureFilter filter) {
        return com.vaadin.flow.router.RouteConfiguration.forApplicationScope().getUrl(DecisionsView.class) + "?"
                + DecisionsView.parameters(filter, false).getQueryString();
    }

    private Component tiles(Dashboard d, MeasureFilter filter) {
        // one piece of markup for the eight tiles (as the cards), the first linking to the records behind it
        BoardFigures f = d.figures();
        return new Html("<div class=\"tiles\">"
                + tile(MeasureKind.DECISIONS_IN_TIME, d, "Contacts due a decision in the period: decided, or past the "
                + "deadline undecided.", "<a router-link href=\"" + Markup.escape(records(filter))
                + "\">See the records behind it</a>")
                + tile(MeasureKind.OVERSIGHT_IN_TIME, d, "Current decisions overseen, or flagged for want of "
                + "oversight.", "")
                + tile(MeasureKind.DISCLOSURES_TO_STRATEGY, d, "Contacts where a child disclosed physical or sexual "
                + "abuse.", "")
                + tile(MeasureKind.REPEAT_CONTACTS, d, "Of all contacts in the period.", "")
                + tile(MeasureKind.CONVERSION_TO_CIN, d, "s47 or more: " + f.conversionToS47().display() + ".", "")
                + tile("Escalations raised", String.valueOf(f.escalations().raised()), f.escalations().overdue()
                + " overdue; resolved at stage 1 or 2: " + f.escalationsResolvedEarly().display() + ".", "")
                + tile("Flags open", String.valueOf(f.flagsOpen()), f.flagsRaised() + " raised on the period's "
                + "contacts.", "")
                + tile(MeasureKind.ACTIONS_COMPLETE, d, f.actions().overdue() + " overdue.", "")
                + "</div>");
    }

    /** The period's contacts whose decision called for a strategy discussion: what followed, in time and by whom. */
    private Component protectionTiles(Dashboard d, MeasureFilter filter) {
        BoardFigures.ProtectionCounts p = d.figures().protection();
        String records = com.vaadin.flow.router.RouteConfiguration.forApplicationScope().getUrl(DiscussionsView.class)
                + "?" + DecisionsView.parameters(filter, false).getQueryString();
        return new Html("<div class=\"tiles\">"
                + tile(MeasureKind.DISCUSSIONS_IN_TIME, d, "Decisions calling for one: held, or flagged late for "
                + "want of one.", "<a router-link href=\"" + Markup.escape(records)
                + "\">See the records behind these</a>")
                + tile(MeasureKind.POLICE_AND_HEALTH_AT_DISCUSSIONS, d, "Of the " + plural(p.held(), "discussion")
                + " held.", "")
                + tile(MeasureKind.POLICE_AT_DISCUSSIONS, d, "Recorded by the police themselves.", "")
                + tile(MeasureKind.HEALTH_AT_DISCUSSIONS, d, "Recorded by a health agency itself.", "")
                + tile(MeasureKind.ENQUIRIES_TO_CONFERENCE, d, "Section 47 enquiries with a conference date.", "")
                + tile(MeasureKind.CONFERENCES_IN_TIME, d, "Conferences dated, or flagged late for want of one.", "")
                + tile(MeasureKind.CONFERENCES_TO_PLAN, d, "Of conferences whose outcome is recorded.", "")
                + "</div>");
    }

    /**
     * A measure's tile: the percentage against the plan's target with its RAG in words, and what it is out of (or
     * that there is no data, never 0%).
     */
    private static String tile(MeasureKind measure, Dashboard d, String note, String link) {
        Ratio value = measure.of(d.figures());
        var target = d.targetFor(measure);
        return tile(measure.label(), Charts.percent(value), value.noData() ? "No data for this period and agency."
                : value.count() + " of " + value.of() + ". " + note, link
                + "<p class=\"tile-target\">" + Markup.escape(target.map(t -> "Target " + t.target())
                .orElse("No target in the plan")) + "</p>"
                + target.flatMap(SuccessMeasure::goal).flatMap(t -> t.rag(value.orNull(), measure.higherIsBetter()))
                .map(rag -> Markup.badge(Badges.rag(rag))).orElse(""));
    }

    private static String tile(String label, String value, String note, String more) {
        return "<div class=\"tile\"><h3>" + Markup.escape(label) + "</h3><span class=\"tile-value\">"
                + Markup.escape(value) + "</span>" + Markup.paragraph(note) + more + "</div>";
    }

    private Component charts(Dashboard d) {
        BoardFigures f = d.figures();
        Div charts = new Div();
        charts.addClassName("charts");
        List<Charts.Bar> byRag = new ArrayList<>();
        Target timely = d.targetFor(MeasureKind.DECISIONS_IN_TIME).flatMap(SuccessMeasure::goal).orElse(null);
        f.decisionsInTimeByRag().forEach((rag, r) -> byRag.add(Charts.Bar.of(rag.label() + " contacts", r, timely)));
        charts.add(Charts.bars("Decisions within the deadline, by the contact's RAG", byRag, "Within the deadline",
                timely));
        // by source agency; contacts from no agency (an anonymous caller, say) under their source, "9 Anonymous"
        List<Charts.Bar> bySource = new ArrayList<>();
        f.decisionsInTimeBySource().forEach((g, r) -> bySource.add(Charts.Bar.of(g.label(d.agencyNames()), r, timely)));
        charts.add(Charts.bars("Decisions within the deadline, by source", bySource, "Within the deadline", timely));
        List<Charts.Bar> levels = new ArrayList<>();
        f.levelsInOrder().forEach((level, n) -> {
            if (n > 0) levels.add(new Charts.Bar(level.label(), n, String.valueOf(n)));
        });
        charts.add(Charts.bars("Current decision levels", levels, "Contacts"));
        List<Charts.Bar> stages = new ArrayList<>();
        f.escalations().byHighestStage().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> stages.add(new Charts.Bar("Stage " + e.getKey(), e.getValue(),
                        String.valueOf(e.getValue()))));
        charts.add(Charts.bars("Escalations by highest stage reached", stages, "Escalations"));
        List<Charts.Bar> outcomes = new ArrayList<>();
        for (EscalationOutcome o : EscalationOutcome.values()) {
            long n = f.escalations().outcomes().getOrDefault(o, 0L);
            if (n > 0) outcomes.add(new Charts.Bar(o.label(), n, String.valueOf(n)));
        }
        charts.add(Charts.bars("Escalation outcomes", outcomes, "Escalations"));
        List<Charts.Bar> flags = new ArrayList<>();
        for (FlagType type : FlagType.values()) {
            BoardFigures.FlagCounts c = f.flags().get(type);
            if (c != null) flags.add(new Charts.Bar(type.label(), c.raised(), c.raised() + " raised, " + c.open()
                    + " open, " + c.resolved() + " resolved"));
        }
        charts.add(Charts.bars("Flags raised", flags, "Raised, open, resolved"));
        return charts;
    }

    /**
     * A recommendation named with its source and linked to its page: its RAG by the one rule and why, the board's
     * latest judgement beside it, its measures against their targets with trends, and (when it needs the board) the
     * overdue actions with their leads and the latest progress note.
     */
    private Component card(RecommendationCard c, MeasureFilter filter) {
        Div card = new Div();
        card.addClassName("action-card");
        card.addClassName("board-card");
        Anchor title = new Anchor("plan/recommendations/" + c.recommendation().requireId().value(),
                c.source() + " \u2014 " + Text.shorten(c.recommendation().text(), 160));
        title.getElement().setAttribute("router-link", true);
        H3 heading = new H3(title);
        card.add(heading);
        // the rest is words, badges and trends: drawn as one piece of markup, not a component for each paragraph
        // (a board of ten cards held some 600 components per member's session)
        StringBuilder body = new StringBuilder("<div class=\"card-body\"><div class=\"badges\">")
                .append(Markup.badge(Badges.rag(c.rag())));
        if (c.worsening()) body.append(Markup.badge(Badges.of("Worsening two periods running", "error")));
        else if (c.improving()) body.append(Markup.badge(Badges.of("Improving two periods running", "success")));
        body.append(Markup.badge(Badges.status(c.recommendation().status())));
        body.append(Markup.badge(c.latest() == null ? Badges.of("Not yet judged by the board", "contrast")
                : Badges.of(c.latest().level().label() + " (board of " + Formats.date(c.latest().meetingDate()) + ")",
                "contrast"))).append("</div>");
        List<String> why = c.verdict().reasons();
        if (!why.isEmpty()) {
            body.append(Markup.paragraph(c.rag().label() + " because:")).append("<ul class=\"reasons\">");
            why.forEach(r -> body.append("<li>").append(Markup.escape(r)).append("</li>"));
            body.append("</ul>");
        }
        if (c.reasons() != null) {
            for (RecommendationCard.LateAction late : c.reasons().overdue()) {
                body.append(Markup.paragraph("Overdue since " + Formats.date(late.due()) + ": \u201c"
                        + Text.shorten(late.description(), 140) + "\u201d \u2014 lead " + late.leadName() + "."));
            }
            var note = c.reasons().latestProgress();
            body.append(Markup.paragraph(note == null ? "No progress recorded on its actions yet."
                    : "Latest progress (" + Formats.dateTime(note.at()) + ", " + note.byName() + "): "
                    + Text.shorten(note.text(), 300)));
        }
        body.append(Markup.paragraph("Actions: " + c.actions().complete() + " of " + c.actions().total()
                + " complete, " + c.actions().overdue() + " overdue."));
        for (MeasureResult m : c.measures()) {
            body.append("<div class=\"measure-row\"><span>").append(Markup.escape(m.measure().measure()
                    + " \u2014 target " + m.measure().target() + ": ")).append("</span>");
            if (m.current().noData()) {
                body.append("<span class=\"measure-value\">").append(Markup.escape(m.standing().value()))
                        .append("</span>");
            } else {
                body.append("<span class=\"measure-value\">").append(Markup.escape(m.current().display() + " "))
                        .append("</span>")
                        .append(Markup.badge(m.rag() == null ? Badges.of("No RAG", "contrast") : Badges.rag(m.rag())))
                        .append(Charts.trendMarkup(m.measure().measure(), m.trend(),
                                m.target().map(Target::value).orElse(null), m.current() instanceof Ratio));
                if (m.kind() == MeasureKind.DECISIONS_IN_TIME) {
                    body.append("<a router-link href=\"").append(Markup.escape(records(filter))).append("\" aria-label=\"")
                            .append(Markup.escape("See the records behind decisions within timescale for "
                                    + c.source())).append("\">See the records</a>");
                }
            }
            body.append("<span class=\"measure-provenance\">").append(Markup.escape(m.provenance()
                    + (m.warning() == null || m.current().noData() ? "" : ". " + m.warning()))).append("</span>");
            body.append("</div>");
        }
        if (c.latest() != null && !c.latest().commentary().isBlank()) {
            body.append(Markup.paragraph("The board said: " + Text.shorten(c.latest().commentary(), 300)));
        }
        card.add(new Html(body.append("</div>").toString()));
        if (org.lscp.workspace.domain.plan.model.PlanPermissions.judges(current.get())) {
            Button judge = new Button("Record judgement", e -> {
                JudgementDialog dialog = new JudgementDialog(c.source() + " \u2014 "
                        + Text.shorten(c.recommendation().text(), 90), London.today(clock),
                        j -> assurance.judge(current.get(), c.recommendation().requireId(), j.meeting(), j.level(),
                                j.commentary()));
                dialog.onSaved(saved -> {
                    Notification.show("Recorded: " + saved.level().label() + ".");
                    refresh();
                });
                dialog.open();
            });
            judge.addThemeVariants(ButtonVariant.LUMO_SMALL);
            judge.setAriaLabel("Record judgement on " + c.source());
            card.add(judge);
        }
        return card;
    }
}
