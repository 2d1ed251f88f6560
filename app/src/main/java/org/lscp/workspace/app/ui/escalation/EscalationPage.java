package org.lscp.workspace.app.ui.escalation;

import org.lscp.workspace.app.ui.Facts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.app.ui.LiveRefresh;
import org.lscp.workspace.app.ui.comment.CommentsSection;
import org.lscp.workspace.domain.comment.port.in.CommentUseCase;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.live.port.in.LiveChanges;
import org.lscp.workspace.app.ui.TextDialog;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.escalation.model.EscalationOutcome;
import org.lscp.workspace.domain.escalation.model.EscalationAction;
import org.lscp.workspace.domain.escalation.model.EscalationEvent;
import org.lscp.workspace.domain.escalation.model.EscalationStage;
import org.lscp.workspace.domain.escalation.model.EscalationView;
import org.lscp.workspace.domain.escalation.port.in.EscalationQuery;
import org.lscp.workspace.domain.escalation.port.in.EscalationUseCase;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;

/** One escalation: what is disputed, the four stages with their deadlines, every step taken, and what you may do. */
@Route(value = "escalation", layout = MainLayout.class)
@RolesAllowed({"PRACTITIONER", "MASH_PRACTITIONER", "MASH_MANAGER", "LINE_MANAGER", "SENIOR_MANAGER", "BOARD_CHAIR",
        "PARTNERSHIP_ADMIN"})
public class EscalationPage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final EscalationQuery query;
    private final EscalationUseCase escalations;
    private final ManageAgenciesUseCase agencies;
    private final CurrentActor current;
    private final Clock clock;
    private long id;
    EscalationView view;
    final HorizontalLayout actions = new HorizontalLayout();
    private final CommentsSection.Kept comments;

    public EscalationPage(EscalationQuery query, EscalationUseCase escalations, ManageAgenciesUseCase agencies,
                          CommentUseCase comments, LiveChanges live, CurrentActor current, Clock clock) {
        this.comments = new CommentsSection.Kept(comments, current, clock, "Both agencies, the board chair and the "
                + "administrator read these comments: do not name the child.", () -> { });
        this.query = query;
        this.escalations = escalations;
        this.agencies = agencies;
        this.current = current;
        this.clock = clock;
        addClassName("view");
        LiveRefresh.keep(this, live, current, change -> change.subject().equals(Change.escalation(id)),
                this::refresh);
    }

    @Override
    public void setParameter(BeforeEvent event, Long escalation) {
        id = escalation;
        view = query.open(current.get(), id);
        render();
    }

    @Override
    public String getPageTitle() {
        return "Escalation " + (view == null ? "" : view.escalation().reference())
                + " · Safeguarding Partnership Workspace";
    }

    /** After a change (the member's own, or someone else's arriving live): read again without logging an opening. */
    void refresh() {
        view = query.reread(current.get(), id);
        render();
    }

    private void render() {
        Actor actor = current.get();
        Escalation e = view.escalation();
        Instant now = clock.instant();
        Map<AgencyId, String> names = agencies.names(actor);
        removeAll();
        add(new RouterLink("Back to escalations", EscalationsView.class));
        add(new H1("Escalation " + e.reference()));
        add(EscalationBadges.of(e, now));
        add(Facts.fact("Raised", Formats.dateTime(e.raisedAt()) + " by " + e.raisedByName() + ", "
                + view.raisingAgencyName()));
        add(Facts.fact("Raised with", view.respondingAgencyName()));
        Paragraph about = new Paragraph(Facts.label("About"));
        if (e.contactId() != null && e.childCaseId() != null) {
            about.add(new Anchor("contact/" + e.contactId().value(), "the threshold decision on contact "
                    + e.contactReference()));
            about.add(new Span(" (child " + e.childCaseId() + ")"));
        } else {
            about.add(new Span(EscalationsView.about(e)));
        }
        add(about);
        add(Facts.fact("What is disputed", e.disputed()));
        add(Facts.fact("Outcome sought", e.outcomeSought()));
        if (e.immediateRiskReason() != null) add(Facts.fact("Immediate risk", e.immediateRiskReason()));
        if (!e.open()) {
            add(Facts.fact(e.status().label(), Formats.dateTime(e.closedAt()) + " by " + e.closedByName()));
        }
        if (e.outcome() != null) {
            add(Facts.fact("Outcome", e.outcome().label() + (e.resultingDecisionId() == null ? ""
                    : " — the revised decision is in the contact's decision history")));
            add(Facts.fact("Learning", e.learning()));
        }
        add(stages(e, now));
        add(timeline(names));
        add(actions(e));
        add(comments.on(Change.escalation(id), 2));
    }

    private Component stages(Escalation e, Instant now) {
        VerticalLayout section = new VerticalLayout(new H2("Stages"));
        section.setPadding(false);
        OrderedList list = new OrderedList();
        list.addClassName("stage-ladder");
        for (EscalationStage stage : EscalationStage.values()) {
            EscalationEvent entered = view.timeline().stream()
                    .filter(ev -> ev.stage() == stage && ev.deadline() != null).reduce((a, b) -> b).orElse(null);
            ListItem item = new ListItem(new Span(stage.title() + ": "));
            if (entered == null) {
                item.add(new Span(stage.number() < e.stage().number() ? "skipped (child at immediate risk)"
                        : "not reached"));
                item.addClassName("stage-future");
            } else if (stage == e.stage() && e.open()) {
                item.add(new Span("current since " + Formats.dateTime(entered.at()) + ", due "
                        + Formats.dateTime(e.stageDeadline()) + " "));
                item.add(e.overdue(now) ? Badges.of("Overdue", "error primary") : Badges.of("On time", "success"));
                item.addClassName("stage-current");
            } else {
                item.add(new Span("from " + Formats.dateTime(entered.at()) + ", due "
                        + Formats.dateTime(entered.deadline())));
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Component timeline(Map<AgencyId, String> names) {
        VerticalLayout section = new VerticalLayout(new H2("What happened"));
        section.setPadding(false);
        OrderedList list = new OrderedList();
        for (EscalationEvent ev : view.timeline()) {
            String position = ev.agrees() == null ? "" : ev.agrees() ? " — agrees with the challenge"
                    : " — maintains its decision";
            ListItem item = new ListItem(new Span(Formats.dateTime(ev.at()) + " · Stage " + ev.stage().number()
                    + " · " + ev.kind().label() + " by " + ev.byName() + " (" + names.getOrDefault(ev.byAgency(), "")
                    + ")" + position));
            item.add(new Paragraph(ev.text()));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    /** Resolves the escalation; {@code outcome} chosen in advance, or null for the member to choose. */
    private void resolve(Escalation e, @org.jspecify.annotations.Nullable EscalationOutcome outcome) {
        ResolveDialog dialog = new ResolveDialog(e, query.suggestedRecommendations(current.get()), view.outcomes(),
                command -> escalations.resolve(current.get(), id, e.version(), command));
        dialog.onSaved(saved -> {
            Notification.show("Escalation " + saved.reference() + " resolved: " + saved.outcome().label() + ".");
            refresh();
        });
        if (outcome != null) dialog.outcome.setValue(outcome);
        dialog.open();
    }

    /**
     * Agreeing with a challenge to a decision means the decision should change: a manager who may record the
     * revised decision goes straight to it; anyone else is told who does.
     */
    private void reviseAfterAgreeing(Escalation saved) {
        if (saved.decisionId() == null || !saved.open()) return;
        if (view.allowed().contains(EscalationAction.RESOLVE)
                && view.outcomes().contains(EscalationOutcome.DECISION_CHANGED)) {
            Notification.show("You agreed with the challenge: record the revised decision now.", 5000,
                    Notification.Position.BOTTOM_START);
            resolve(view.escalation(), EscalationOutcome.DECISION_CHANGED);
        } else {
            Notification.show("You agreed with the challenge. A MASH manager records the revised decision when "
                    + "resolving this escalation.", 6000, Notification.Position.BOTTOM_START);
        }
    }

    private Component actions(Escalation e) {
        actions.removeAll();
        if (view.allowed().contains(EscalationAction.RESPOND)) {
            Button respond = new Button("Respond", click -> {
                boolean[] agreed = {false};
                RespondDialog dialog = new RespondDialog(e, r -> {
                    Escalation saved = escalations.respond(current.get(), id, e.version(), r.agrees(), r.text());
                    agreed[0] = r.agrees();
                    return saved;
                });
                dialog.onSaved(saved -> {
                    refresh();
                    if (agreed[0]) reviseAfterAgreeing(saved);
                });
                dialog.open();
            });
            respond.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(respond);
        }
        if (view.allowed().contains(EscalationAction.ESCALATE)) {
            EscalationStage next = e.stage().next().orElseThrow();
            actions.add(new Button("Escalate to stage " + next.number(), click -> {
                TextDialog dialog = new TextDialog("Escalate to " + next.title().toLowerCase(java.util.Locale.ROOT),
                        "Why it needs " + next.label().toLowerCase(java.util.Locale.ROOT), "reason",
                        reason -> escalations.escalate(current.get(), id, e.version(), reason));
                dialog.onSaved(saved -> {
                    Notification.show("Escalated to " + next.title() + ".");
                    refresh();
                });
                dialog.open();
            }));
        }
        if (view.allowed().contains(EscalationAction.RESOLVE)) {
            actions.add(new Button("Resolve", click -> resolve(e, null)));
        }
        if (view.allowed().contains(EscalationAction.WITHDRAW)) {
            Button withdraw = new Button("Withdraw", click -> {
                TextDialog dialog = new TextDialog("Withdraw escalation " + e.reference(), "Why it is withdrawn",
                        "reason", reason -> escalations.withdraw(current.get(), id, e.version(), reason));
                dialog.onSaved(saved -> refresh());
                dialog.open();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(withdraw);
        }
        if (actions.getComponentCount() == 0 && e.open()) {
            actions.add(new Paragraph("Nothing for you to do at " + e.stage().title().toLowerCase(java.util.Locale.ROOT)
                    + ": it takes " + e.stage().whoMayAct() + "."));
        }
        return actions;
    }
}
