package org.lscp.workspace.app.ui.plan;

import org.lscp.workspace.app.ui.board.JudgementDialog;
import org.lscp.workspace.domain.board.model.AssuranceJudgement;
import org.lscp.workspace.domain.board.port.in.AssuranceUseCase;
import org.lscp.workspace.domain.plan.model.MeasureStanding;
import org.lscp.workspace.domain.plan.model.Rag;
import org.lscp.workspace.domain.shared.London;

import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.app.ui.Facts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.WildcardParameter;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lscp.workspace.app.ui.LiveRefresh;
import org.lscp.workspace.app.ui.comment.CommentsSection;
import org.lscp.workspace.domain.comment.port.in.CommentUseCase;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.live.port.in.LiveChanges;
import org.lscp.workspace.domain.shared.ActionId;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.plan.model.ActionView;
import org.lscp.workspace.domain.plan.model.EvidenceItem;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.MemberRef;
import org.lscp.workspace.domain.plan.model.PlanPermissions;
import org.lscp.workspace.domain.plan.model.ProgressUpdate;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecommendationDetail;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.model.TimelineEntry;
import org.lscp.workspace.domain.plan.port.in.ManageActionsUseCase;
import org.lscp.workspace.domain.plan.port.in.ManageRecommendationsUseCase;
import org.lscp.workspace.domain.plan.port.in.ViewPlanQuery;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.RecommendationId;

/** One recommendation: its text and measures, its actions with progress and evidence, and its history. */
@Route(value = "plan/recommendations", layout = MainLayout.class)
@PermitAll
public class RecommendationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    /** "12", or "12/actions/5" to open the comments on one of its actions (where a notice about them links). */
    private static final Pattern PARAMETER = Pattern.compile("(\\d{1,18})(?:/actions/(\\d{1,18}))?");
    private final ViewPlanQuery plan;
    private final ManageRecommendationsUseCase recommendations;
    private final ManageActionsUseCase actions;
    private final ManageAgenciesUseCase agencies;
    private final CurrentActor current;
    private final AssuranceUseCase assurance;
    private final Clock clock;
    private RecommendationId id;
    RecommendationDetail detail;
    final VerticalLayout actionList = new VerticalLayout();
    final OrderedList timeline = new OrderedList();
    final Span progressSummary = new Span();
    private final CommentsSection.Kept comments;
    /** Each action's comments, folded away until opened, kept open across live refreshes. */
    private final Map<ActionId, Details> actionComments = new HashMap<>();

    public RecommendationView(ViewPlanQuery plan, ManageRecommendationsUseCase recommendations,
                              ManageActionsUseCase actions, ManageAgenciesUseCase agencies, CommentUseCase comments,
                              AssuranceUseCase assurance, LiveChanges live, CurrentActor current, Clock clock) {
        this.assurance = assurance;
        this.clock = clock;
        this.comments = new CommentsSection.Kept(comments, current, clock, "Everyone in the partnership, the board "
                + "chair too, reads these comments: never name a child.", () -> { });
        LiveRefresh.keep(this, live, current, change -> id != null && (change.subject().equals(subject())
                || change.subject().startsWith(subject() + "/")), this::refresh);
        this.plan = plan;
        this.recommendations = recommendations;
        this.actions = actions;
        this.agencies = agencies;
        this.current = current;
        addClassName("view");
    }

    @Override
    public void setParameter(BeforeEvent event, @WildcardParameter String parameter) {
        Matcher m = PARAMETER.matcher(parameter);
        if (!m.matches()) throw new NotFoundException("Recommendation not found.");
        id = new RecommendationId(Long.parseLong(m.group(1)));
        actionComments.clear();
        refresh();
        if (m.group(2) != null) {
            Details opened = actionComments.get(new ActionId(Long.parseLong(m.group(2))));
            if (opened == null) throw new NotFoundException("Action not found.");
            opened.setOpened(true);
            opened.scrollIntoView();
        }
    }

    private String subject() {
        return Change.recommendation(id.value());
    }

    @Override
    public String getPageTitle() {
        return (detail == null ? "Recommendation" : "Recommendation " + detail.inspection().cite(
                detail.recommendation().number()))
                + " · Safeguarding Partnership Workspace";
    }

    void refresh() {
        Actor actor = current.get();
        detail = plan.recommendation(actor, id);
        Recommendation r = detail.recommendation();
        removeAll();
        add(new RouterLink("Back to the improvement plan", PlanOverviewView.class));
        add(new H1(detail.inspection().cite(r.number())));
        Paragraph text = new Paragraph(r.text());
        text.addClassName("recommendation-text");
        Div badges = new Div(Badges.status(r.status()), Badges.rag(detail.rag()), Badges.of(r.theme().label(), "contrast"));
        badges.addClassName("badges");
        add(badges, text);
        add(why());
        add(judgements(actor, r));
        add(Facts.fact("From", detail.inspection().title() + " (" + detail.inspection().type().label() + ", "
                + Formats.date(detail.inspection().startDate()) + ")"));
        add(Facts.fact("Lead officer", detail.leadOfficerName()));
        add(Facts.fact("Shared with", detail.sharedWithAgencies().isEmpty() ? "No agencies named"
                : String.join(", ", detail.sharedWithAgencies())));
        add(statusButtons(actor, r));

        add(new H2("Success measures"));
        if (r.successMeasures().isEmpty()) {
            add(new Paragraph("No success measures yet."));
        } else {
            UnorderedList measures = new UnorderedList();
            for (MeasureStanding m : detail.measures()) {
                ListItem item = new ListItem(m.measure().measure() + ": target " + m.measure().target() + "; now "
                        + m.value() + " ");
                if (m.rag() != null) item.add(Badges.rag(m.rag()));
                if (!m.provenance().isBlank()) {
                    Span from = new Span(m.provenance() + (m.measure().ref().source()
                            == org.lscp.workspace.domain.plan.model.MeasureRef.Source.COMPUTED
                            ? ", the twelve months to today." : "."));
                    from.addClassName("measure-provenance");
                    item.add(from);
                }
                measures.add(item);
            }
            add(measures);
        }

        H2 actionsHeading = new H2("Actions");
        var tally = detail.tally();
        progressSummary.setText(tally.total() == 0 ? "No actions yet."
                : tally.complete() + " of " + tally.total() + " complete (" + tally.percentComplete() + "%)"
                + (tally.overdue() == 0 ? "" : ", " + tally.overdue() + " overdue") + ".");
        HorizontalLayout heading = new HorizontalLayout(actionsHeading, progressSummary);
        heading.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(heading);
        if (PlanPermissions.mayPlan(actor, r)) {
            Button addAction = new Button("Add action", VaadinIcon.PLUS.create(), e -> openAction(null));
            addAction.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(addAction);
        }
        actionList.removeAll();
        actionList.setPadding(false);
        if (detail.actions().isEmpty()) actionList.add(new Paragraph("No actions have been planned for this "
                + "recommendation yet."));
        for (ActionView a : detail.actions()) actionList.add(card(actor, r, a));
        add(actionList);

        add(new H2("History"));
        timeline.removeAll();
        timeline.addClassName("timeline");
        List<TimelineEntry> entries = detail.timeline();
        if (entries.isEmpty()) add(new Paragraph("Nothing has happened yet."));
        for (TimelineEntry entry : entries) {
            timeline.add(new ListItem(Formats.dateTime(entry.at()) + " · " + entry.who() + ": " + entry.what()));
        }
        add(timeline);
        add(comments.on(subject(), 2));
    }

    /** The RAG by the one rule, and why: the measures short of their targets and the actions late or at risk. */
    private Component why() {
        var verdict = detail.verdict();
        if (verdict.reasons().isEmpty()) {
            return new Paragraph(verdict.rag() == Rag.GREEN ? "Green: every success measure with data meets its target "
                    + "and every action is on track or complete." : verdict.rag().label() + ".");
        }
        UnorderedList reasons = new UnorderedList();
        verdict.reasons().forEach(reason -> reasons.add(new ListItem(reason)));
        Div why = new Div(new Paragraph(verdict.rag().label() + " because:"), reasons);
        why.addClassName("reasons");
        return why;
    }

    /** The board's judgements stand beside the RAG; the chair records the next one here. */
    private Component judgements(Actor actor, Recommendation r) {
        Div section = new Div();
        List<AssuranceJudgement> history = assurance.history(actor, r.requireId());
        section.add(new Paragraph(history.isEmpty() ? "The board has not yet judged this recommendation."
                : "Latest board judgement: " + history.getFirst().level().label() + " at the board of "
                + Formats.date(history.getFirst().meetingDate()) + " \u2014 " + history.getFirst().commentary()));
        if (PlanPermissions.judges(actor)) {
            Button judge = new Button("Record judgement", e -> {
                JudgementDialog dialog = new JudgementDialog("recommendation " + r.number(), London.today(clock),
                        j -> assurance.judge(current.get(), r.requireId(), j.meeting(), j.level(), j.commentary()));
                dialog.onSaved(saved -> {
                    Notification.show("Recorded: " + saved.level().label() + ".");
                    refresh();
                });
                dialog.open();
            });
            section.add(judge);
        }
        return section;
    }

    private Component statusButtons(Actor actor, Recommendation r) {
        HorizontalLayout buttons = new HorizontalLayout();
        for (RecommendationStatus next : r.status().next()) {
            if (!PlanPermissions.mayMove(actor, r, next)) continue;
            Button move = new Button("Mark as " + next.label().toLowerCase(), e -> {
                recommendations.changeStatus(current.get(), r.requireId(), r.version(), next);
                Notification.show("Recommendation " + r.number() + " is now " + next.label().toLowerCase() + ".");
                refresh();
            });
            buttons.add(move);
        }
        if (PlanPermissions.managesThePlan(actor)) {
            Button edit = new Button("Edit recommendation", e -> {
                List<Agency> all = agencies.all(current.get());
                RecommendationDialog dialog = new RecommendationDialog(detail.inspection(), r, r.number(),
                        plan.leadOfficers(current.get()), all, recommendations.catalogue(current.get()),
                        command -> recommendations.update(current.get(), r.requireId(), r.version(), command));
                dialog.onSaved(saved -> refresh());
                dialog.open();
            });
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            buttons.add(edit);
        }
        return buttons;
    }

    private Component card(Actor actor, Recommendation r, ActionView view) {
        ImprovementAction a = view.action();
        Div card = new Div();
        card.addClassName("action-card");
        card.add(new H3(a.description()));
        Div badges = new Div(Badges.status(a.status()));
        if (view.overdue()) badges.add(Badges.of("Overdue", "error"));
        else if (view.dueSoon()) badges.add(Badges.of("Due soon", "warning"));
        badges.addClassName("badges");
        card.add(badges);
        Paragraph facts = new Paragraph("Lead: " + view.leadOfficerName() + " · Due " + Formats.date(a.dueDate())
                + (a.completedOn() == null ? "" : " · Completed " + Formats.date(a.completedOn())));
        facts.addClassName("muted");
        card.add(facts);
        if (PlanPermissions.mayUpdate(actor, a, r)) {
            Button progress = new Button("Record progress", e -> {
                ProgressDialog dialog = new ProgressDialog(a, command ->
                        actions.recordProgress(current.get(), a.requireId(), a.version(), command));
                dialog.onSaved(saved -> refresh());
                dialog.open();
            });
            progress.setAriaLabel("Record progress on " + a.description());
            Button evidence = new Button("Add evidence", e -> {
                EvidenceDialog dialog = new EvidenceDialog(command ->
                        actions.addEvidence(current.get(), a.requireId(), command));
                dialog.onSaved(saved -> refresh());
                dialog.open();
            });
            evidence.setAriaLabel("Add evidence to " + a.description());
            Button edit = new Button("Edit", e -> openAction(a));
            edit.setAriaLabel("Edit " + a.description());
            for (Button b : List.of(progress, evidence, edit)) b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(new HorizontalLayout(progress, evidence, edit));
        }
        if (!view.evidence().isEmpty()) {
            card.add(new H3("Evidence"));
            UnorderedList list = new UnorderedList();
            for (EvidenceItem e : view.evidence()) list.add(new ListItem(evidenceLink(e),
                    new Span(" " + e.summary() + " (added by " + e.addedByName() + ", "
                            + Formats.dateTime(e.addedAt()) + ")")));
            card.add(list);
        }
        if (!view.progress().isEmpty()) {
            card.add(new H3("Progress"));
            UnorderedList list = new UnorderedList();
            for (ProgressUpdate p : view.progress()) list.add(new ListItem(Formats.dateTime(p.at()) + " · "
                    + p.byName() + " (" + p.status().label().toLowerCase() + "): " + p.text()));
            card.add(list);
        }
        card.add(commentsOn(a));
        return card;
    }

    /** The action's comments, shown when opened (working out who may be mentioned only then). */
    private Details commentsOn(ImprovementAction a) {
        String on = Change.action(id.value(), a.requireId().value());
        String name = Text.shorten(a.description(), 60);
        Details details = actionComments.computeIfAbsent(a.requireId(), action -> {
            Details made = new Details();
            made.addOpenedChangeListener(e -> {
                if (e.isOpened() && made.getContent().findAny().isEmpty()) made.add(comments.on(on, 0, name));
            });
            return made;
        });
        details.setSummaryText("Comments on \u201c" + name + "\u201d");
        if (details.isOpened()) comments.on(on, 0, null);
        return details;
    }

    private Component evidenceLink(EvidenceItem e) {
        if (e.file() != null) {
            var evidenceId = e.id();
            Anchor download = new Anchor(org.lscp.workspace.app.ui.Downloads.of(() -> {
                var file = plan.evidenceFile(current.get(), evidenceId);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.item().file().fileName(),
                        file.item().file().type().mediaType(), file.content().length);
            }), e.title() + " (" + e.file().fileName() + ")");
            return download;
        }
        Anchor link = new Anchor(e.link(), e.title());
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }

    private void openAction(ImprovementAction action) {
        Actor actor = current.get();
        List<MemberRef> leads = plan.leadOfficers(actor);
        List<Agency> all = agencies.all(actor);
        ActionDialog dialog = new ActionDialog(action, leads, all, command -> action == null
                ? actions.add(current.get(), id, command)
                : actions.update(current.get(), action.requireId(), action.version(), command));
        dialog.onSaved(saved -> refresh());
        dialog.open();
    }
}
