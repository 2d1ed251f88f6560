package org.lscp.workspace.app.ui.frontdoor;

import org.lscp.workspace.app.ui.Facts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.LiveRefresh;
import org.lscp.workspace.app.ui.comment.CommentsSection;
import org.lscp.workspace.domain.comment.port.in.CommentUseCase;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.app.ui.TextDialog;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.frontdoor.model.ChildMatch;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.live.port.in.LiveChanges;
import org.lscp.workspace.domain.live.port.in.Presence;
import org.lscp.workspace.domain.escalation.model.EscalationRules;
import org.lscp.workspace.domain.escalation.port.in.EscalationQuery;
import org.lscp.workspace.domain.frontdoor.model.AgencyCheck;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactAccess;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.ContactView;
import org.lscp.workspace.domain.frontdoor.model.Disability;
import org.lscp.workspace.domain.frontdoor.model.Flag;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.frontdoor.port.in.CaseworkUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.DecideUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.FlagsUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.StrategyDiscussionUseCase;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;

/** One contact: the child, the concern, its flags, decisions (with history), oversight and agency checks. */
@Route(value = "contact", layout = MainLayout.class)
// BOARD_CHAIR is let through to the use case on purpose: it refuses them and writes the attempt to the access log
@RolesAllowed({"PRACTITIONER", "MASH_PRACTITIONER", "MASH_MANAGER", "BOARD_CHAIR"})
public class ContactPage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final FrontDoorQuery query;
    private final CaseworkUseCase casework;
    private final DecideUseCase deciding;
    private final FlagsUseCase flagging;
    private final EscalationQuery escalations;
    private final StrategyDiscussionUseCase discussions;
    private final CommentsSection.Kept comments;

    private final ManageAgenciesUseCase agencies;
    private final CurrentActor current;
    private final Clock clock;
    private ContactId id;
    private BackTo back = BackTo.CONTACTS;
    ContactView view;
    final Span alsoHere = new Span();
    private final Presence presence;
    private AutoCloseable here;

    public ContactPage(FrontDoorQuery query, CaseworkUseCase casework, DecideUseCase deciding, FlagsUseCase flagging,
                       EscalationQuery escalations, StrategyDiscussionUseCase discussions, LiveChanges live,
                       Presence presence, CommentUseCase comments, ManageAgenciesUseCase agencies,
                       CurrentActor current, Clock clock) {
        this.discussions = discussions;
        this.comments = new CommentsSection.Kept(comments, current, clock, "Only members who may see this contact "
                + "read these comments.", () -> { }); // the comment's change says it is the member's own
        this.query = query;
        this.casework = casework;
        this.deciding = deciding;
        this.flagging = flagging;
        this.escalations = escalations;
        this.agencies = agencies;
        this.current = current;
        this.clock = clock;
        addClassName("view");
        this.presence = presence;
        alsoHere.addClassName("presence");
        alsoHere.getElement().setAttribute("role", "status");
        liveUpdates(live, presence);
    }

    @Override
    public void setParameter(BeforeEvent event, Long contact) {
        id = new ContactId(contact);
        back = BackTo.from(event.getLocation());
        refresh();
        if (isAttached()) arrive();
    }

    private void liveUpdates(LiveChanges live, Presence presence) {
        LiveRefresh.keepTelling(this, live, current,
                change -> id != null && change.subject().equals(Change.contact(id.value())), this::changed);
        LiveRefresh.keep(this, live, current,
                change -> id != null && change.subject().equals(Presence.of(Change.contact(id.value()))),
                () -> showOthers(presence));
        addAttachListener(attach -> arrive());
        addDetachListener(detach -> leave());
    }

    /** Marks the member as looking at the contact shown (again after moving to another contact on this page). */
    private void arrive() {
        leave();
        if (id == null) return;
        here = presence.enter(current.get(), Change.contact(id.value()));
        showOthers(presence);
    }

    private void leave() {
        if (here == null) return;
        try {
            here.close();
        } catch (Exception ignored) {
            // gone either way
        }
        here = null;
    }

    /** "Also looking at this contact now: …" — who else has it open. */
    private void showOthers(Presence presence) {
        var others = presence.others(current.get(), Change.contact(id.value()));
        alsoHere.setText(others.isEmpty() ? "" : "Also looking at this contact now: " + String.join(", ", others));
        alsoHere.setVisible(!others.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return (view == null ? "Contact" : view.contact().reference()) + " · Safeguarding Partnership Workspace";
    }

    void refresh() {
        view = query.open(current.get(), id);
        render();
    }

    /** After the member's own change: read again (without logging another opening) and show it. */
    void reload() {
        reread();
    }

    private void reread() {
        view = query.reread(current.get(), id);
        render();
    }

    /**
     * After a task done on this page: back to the list it was opened from when that list is where such tasks are
     * worked through (the flags queue after resolving a flag), else stay and show the change.
     */
    private void finished(String message, boolean returnToList) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        if (returnToList) getUI().ifPresent(back::go);
        else reload();
    }

    /**
     * This contact changed (a decision, a flag, a check): show it without the member reloading; say so only when
     * someone else changed it (the change says who made it).
     */
    void changed(boolean byOthers) {
        boolean own = !byOthers;
        ContactView latest = query.reread(current.get(), id);
        // the member's own change comes back too, already shown: drawing the page again would only swap the buttons
        // under their pointer (others' changes, comments included, are always drawn)
        if (own && latest.equals(view)) return;
        view = latest;
        render();
        // only others' changes are worth a word
        if (!own) {
            Notification.show("This contact has just been updated.", 4000, Notification.Position.BOTTOM_START);
        }
    }

    private void render() {
        Actor actor = current.get();
        Contact c = view.contact();
        Map<AgencyId, String> agencyNames = agencies.names(actor);
        removeAll();
        add(back.link());
        add(new H1("Contact " + c.reference()));
        Div badges = new Div(FrontDoorBadges.rag(c.rag()), FrontDoorBadges.timeLeft(c.rag(), c.deadline(),
                clock.instant(), c.decided()));
        if (view.emergencyDuty()) badges.add(FrontDoorBadges.emergencyDuty());
        badges.addClassName("badges");
        add(badges, alsoHere);
        // a contact from no partner agency (imported from a relative, say) names no agency
        add(Facts.fact("Received", Formats.dateTime(c.receivedAt()) + " by " + c.channel().label().toLowerCase()
                + " from " + c.referrer() + (c.fromAgency() ? ", " + view.sourceAgencyName() : "")));
        add(Facts.fact("Annex A source", c.source().annexA()));
        add(Facts.fact("Decision due", Formats.dateTime(c.deadline())));
        HorizontalLayout taken = new HorizontalLayout(Facts.fact("Taken by", c.assignedToName() == null ? "Nobody yet"
                : c.assignedToName()));
        if (ContactAccess.seesAll(actor) && c.assignedTo() == null) {
            taken.add(new Button("Take this contact", e -> {
                casework.assignToMe(current.get(), id, c.version());
                reload();
            }));
        }
        add(taken);

        add(new H2("The child"));
        add(Facts.fact("Name", c.child().name()));
        Span caseId = new Span();
        if (c.child().identified()) {
            caseId.add(new RouterLink(c.child().caseSystemId() + " (all contacts about this child)",
                    ChildHistoryView.class, c.child().caseSystemId()));
        } else {
            caseId.setText("Not known");
        }
        add(new Paragraph(Facts.label("Case-system id"), caseId));
        add(Facts.fact("Date of birth", Formats.date(c.child().dateOfBirth())));
        add(Facts.fact("Gender, ethnicity", c.child().gender().label() + ", " + c.child().ethnicity().label()));
        add(disability(actor, c));
        add(Facts.fact("Contacts in the last 12 months", c.child().identified()
                ? String.valueOf(view.contactsIn12Months()) : "Not known without the child's case-system id"));
        if (ContactAccess.worksTheFrontDoor(actor)) add(matches(actor));

        add(new H2("The concern"));
        add(Facts.fact("Concerns", c.concerns().stream().map(ConcernCategory::label).sorted().collect(Collectors.joining(", "))));
        add(Facts.fact("Disclosure", c.disclosure() ? "The child disclosed harm" : "No disclosure"));
        add(Facts.fact("Information sharing", c.consent().label()));
        add(new Paragraph(c.summary()));

        add(flags(actor));
        add(decisions(actor, c));
        add(new DiscussionSection(view, discussions, agencies, current, clock, this::reload));
        add(checks(actor, agencyNames));
        add(comments.on(Change.contact(id.value()), 2));
    }

    /** A referral's case: the team and worker it is allocated to (Annex A Lists 3 and 5), which the MASH records. */
    private Component allocation(Actor actor, Contact c) {
        Paragraph fact = new Paragraph(Facts.label("Allocated to"), new Span(c.allocation() == null
                ? "Not allocated yet. " : c.allocation().team() + ", " + c.allocation().worker() + " "));
        if (ContactAccess.seesAll(actor)) {
            Button allocate = new Button(c.allocation() == null ? "Allocate" : "Change", e -> {
                AllocationDialog dialog = new AllocationDialog(c.allocation(),
                        allocation -> casework.allocate(current.get(), id, c.version(), allocation));
                dialog.onSaved(saved -> finished("Allocated to " + saved.allocation().team() + ".", false));
                dialog.open();
            });
            allocate.addThemeVariants(ButtonVariant.LUMO_SMALL);
            allocate.setAriaLabel((c.allocation() == null ? "Allocate" : "Change the allocation of") + " the case");
            fact.add(allocate);
        }
        return fact;
    }

    /** Whether the child has a disability (Annex A List 5): the MASH records it once known. */
    private Component disability(Actor actor, Contact c) {
        Paragraph fact = new Paragraph(Facts.label("Disability"), new Span(c.child().disability().label() + " "));
        if (ContactAccess.seesAll(actor)) {
            Button change = new Button("Change", e -> {
                Dialog dialog = new Dialog();
                dialog.setHeaderTitle("Does the child have a disability?");
                RadioButtonGroup<Disability> choice = new RadioButtonGroup<>("Disability");
                choice.setItems(Disability.values());
                choice.setItemLabelGenerator(Disability::label);
                choice.setValue(c.child().disability());
                dialog.add(choice);
                Button save = new Button("Save", click -> {
                    try {
                        casework.recordDisability(current.get(), id, c.version(), choice.getValue());
                        dialog.close();
                        reload();
                    } catch (org.lscp.workspace.domain.shared.ConcurrentChangeException ex) {
                        choice.setErrorMessage(ex.getMessage());
                        choice.setInvalid(true);
                    }
                });
                save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
                dialog.open();
            });
            change.addThemeVariants(ButtonVariant.LUMO_SMALL);
            change.setAriaLabel("Change whether the child has a disability");
            fact.add(change);
        }
        return fact;
    }

    private Component flags(Actor actor) {
        VerticalLayout section = new VerticalLayout(new H2("Flags"));
        section.setPadding(false);
        if (view.flags().isEmpty()) section.add(new Paragraph("No flags."));
        UnorderedList list = new UnorderedList();
        for (Flag f : view.flags()) {
            ListItem item = new ListItem(Badges.of(f.type().label(), f.open() ? "error" : "contrast"),
                    new Span(" " + f.type().meaning() + " Raised " + Formats.dateTime(f.raisedAt()) + "."));
            if (!f.open()) {
                item.add(new Span(" Resolved " + Formats.dateTime(f.resolvedAt()) + " by " + f.resolvedByName() + ": "
                        + f.resolution()));
            } else if (ContactAccess.decides(actor)) {
                Button resolve = new Button("Resolve", e -> {
                    TextDialog dialog = new TextDialog("Resolve flag: " + f.type().label(), "Reason", "reason",
                            reason -> {
                                flagging.resolveFlag(current.get(), f.id(), reason);
                                return f;
                            });
                    dialog.onSaved(saved -> finished("Flag resolved: " + f.type().label() + ".", back.isFlags()));
                    dialog.open();
                });
                resolve.setAriaLabel("Resolve flag " + f.type().label());
                resolve.addThemeVariants(ButtonVariant.LUMO_SMALL);
                item.add(resolve);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    /**
     * "Possibly the same child": earlier contacts about a child of the same name and date of birth, one of the two
     * without a case-system id, for the MASH to confirm (the id and the history follow) or reject (not shown again).
     */
    private Component matches(Actor actor) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("child-matches");
        var found = query.possibleMatches(actor, id);
        if (found.isEmpty()) return section;
        section.add(new H3("Possibly the same child"));
        section.add(new Paragraph(view.contact().child().identified()
                ? "These contacts have no case-system id. If one is about this child, confirm it: it takes this "
                        + "child's id and joins their history."
                : "This contact has no case-system id. If one of these is the same child, confirm it: this contact "
                        + "takes that id, and the child's history and repeat count follow."));
        UnorderedList list = new UnorderedList();
        for (ChildMatch m : found) {
            ListItem item = new ListItem();
            item.add(new RouterLink(m.reference(), ContactPage.class, m.contactId().value()));
            item.add(new Span(" " + m.childName() + ", born " + (m.dateOfBirth() == null ? "not known"
                    : Formats.date(m.dateOfBirth())) + ", case-system id " + (m.caseSystemId() == null ? "not known"
                    : m.caseSystemId()) + ", received " + Formats.dateTime(m.receivedAt()) + ". " + m.reason()
                    + ". "));
            Button same = new Button("Same child", e -> {
                casework.sameChild(current.get(), id, m.contactId());
                Notification.show("Matched: contact " + view.contact().reference() + " and " + m.reference()
                        + " are about the same child.", 5000, Notification.Position.BOTTOM_START);
                reload();
            });
            same.setAriaLabel("Same child as contact " + m.reference());
            Button notSame = new Button("Not the same child", e -> {
                casework.notSameChild(current.get(), id, m.contactId());
                reload();
            });
            notSame.setAriaLabel("Not the same child as contact " + m.reference());
            for (Button b : new Button[] {same, notSame}) b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            notSame.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            item.add(same, notSame);
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Component decisions(Actor actor, Contact c) {
        VerticalLayout section = new VerticalLayout(new H2("Threshold decision"));
        section.setPadding(false);
        ThresholdDecision now = view.current();
        List<Escalation> disputes = escalations.forContact(actor, id);
        if (now == null) {
            section.add(new Paragraph("No decision yet."));
        } else {
            section.add(decision(now, disputes));
        }
        HorizontalLayout buttons = new HorizontalLayout();
        Escalation ours = now == null ? null : disputes.stream()
                .filter(e -> e.openAbout(now.id(), actor.agencyId())).findFirst().orElse(null);
        if (ours != null) {
            section.add(new Paragraph(new Text("Your agency already has an escalation open about this decision: "),
                    new Anchor("escalation/" + ours.requireId(), ours.reference() + " (" + ours.stage().title() + ")"),
                    new Text(". Add to it there rather than raising another.")));
        } else if (now != null && !ContactAccess.seesAll(actor) && EscalationRules.mayRaise(actor)) {
            Anchor escalate = new Anchor("escalations/raise/" + id.value(), "Escalate this decision");
            escalate.addClassName("link-button");
            buttons.add(escalate);
        }
        if (ContactAccess.decides(actor)) {
            Button decide = new Button(now == null ? "Record decision" : "Revise decision", e -> {
                DecisionDialog dialog = new DecisionDialog(now, query.suggestedRecommendations(current.get(),
                        c.concerns()), command ->
                        deciding.decide(current.get(), id, c.version(), command));
                dialog.onSaved(saved -> {
                    Notification.show("Decision recorded: " + saved.level().label() + ".");
                    reload();
                });
                dialog.open();
            });
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(decide);
            if (now != null && now.mayBeOverseenBy(actor)) {
                buttons.add(new Button("Record oversight", e -> {
                    TextDialog dialog = new TextDialog("Management oversight", "Comment", "comment",
                            comment -> deciding.oversee(current.get(), now.id(), comment));
                    dialog.onSaved(saved -> finished("Oversight recorded.", back.isOversight()));
                    dialog.open();
                }));
            } else if (now != null && !now.hasOversight() && now.decidedBy().equals(actor.memberId())) {
                Span another = new Span("Needs another manager's oversight: you made this decision. ");
                another.add(new RouterLink("Decisions awaiting oversight", OversightView.class));
                another.addClassName("needs-another");
                buttons.add(another);
            }
        }
        section.add(buttons);
        if (now != null && now.level().atLeast(ThresholdLevel.CHILD_IN_NEED_ASSESSMENT)) section.add(allocation(actor, c));
        var earlier = view.decisions().stream().filter(d -> !d.current()).toList();
        if (!earlier.isEmpty()) {
            section.add(new H3("Earlier decisions (superseded)"));
            earlier.reversed().forEach(d -> section.add(decision(d, disputes)));
        }
        return section;
    }

    private Component decision(ThresholdDecision d, List<Escalation> disputes) {
        Div card = new Div();
        card.addClassName("action-card");
        card.add(new H3(d.level().label()));
        card.add(new Paragraph("By " + d.decidedByName() + ", " + Formats.dateTime(d.decidedAt())
                + (d.nextStep().isBlank() ? "" : ". Next step: " + d.nextStep())
                + (d.strategyDiscussionDate() == null ? "" : ". Strategy discussion " + Formats.date(d.strategyDiscussionDate()))
                + ". CP medical " + (d.cpMedicalConsidered() ? "considered." : "not considered.")));
        card.add(new Paragraph("Rationale: " + d.rationale()));
        card.add(new Paragraph(d.hasOversight() ? "Oversight: " + d.overseenByName() + ", "
                + Formats.dateTime(d.overseenAt()) + ": " + d.oversightComment() : "No management oversight yet."));
        for (Escalation e : disputes) {
            String link = null;
            if (d.id().equals(e.resultingDecisionId())) link = "Made on resolving escalation " + e.reference();
            else if (d.id().equals(e.decisionId())) {
                link = "Disputed in escalation " + e.reference() + " (" + (e.open() ? e.stage().title()
                        : e.outcome() == null ? e.status().label() : e.outcome().label()) + ")";
            }
            if (link != null) card.add(new Paragraph(new Anchor("escalation/" + e.requireId(), link)));
        }
        return card;
    }

    private Component checks(Actor actor, Map<AgencyId, String> agencyNames) {
        VerticalLayout section = new VerticalLayout(new H2("Agency checks"));
        section.setPadding(false);
        if (view.checks().isEmpty()) section.add(new Paragraph("No agencies have been asked yet."));
        UnorderedList list = new UnorderedList();
        for (AgencyCheck check : view.checks()) {
            ListItem item = new ListItem(agencyNames.getOrDefault(check.agency(), "") + ": asked "
                    + Formats.dateTime(check.requestedAt()) + ", due " + Formats.dateTime(check.dueBy()) + ". ");
            if (check.answered()) {
                item.add(new Span("Answered " + Formats.dateTime(check.respondedAt()) + " by " + check.respondedByName()
                        + (Boolean.TRUE.equals(check.timely()) ? " (on time)" : " (late)") + ": " + check.findings()));
            } else if (check.agency().equals(actor.agencyId())) {
                item.add(new Button("Answer", e -> ChecksView.answer(casework, current, check, this::reload)));
            } else {
                item.add(new Span("Awaiting an answer."));
            }
            list.add(item);
        }
        section.add(list);
        if (ContactAccess.seesAll(actor)) {
            section.add(new Button("Ask agencies to check", e -> askAgencies(agencyNames)));
        }
        return section;
    }

    private void askAgencies(Map<AgencyId, String> agencyNames) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Ask agencies what they know");
        MultiSelectComboBox<AgencyId> choose = new MultiSelectComboBox<>("Agencies");
        choose.setItems(agencyNames.keySet().stream().sorted(java.util.Comparator.comparing(agencyNames::get)).toList());
        choose.setItemLabelGenerator(agencyNames::get);
        choose.setWidthFull();
        dialog.add(choose);
        Button ask = new Button("Ask", e -> {
            try {
                casework.requestChecks(current.get(), id, choose.getValue());
                dialog.close();
                reload();
            } catch (org.lscp.workspace.domain.shared.ValidationException ex) {
                choose.setErrorMessage(ex.getMessage());
                choose.setInvalid(true);
            }
        });
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ask);
        dialog.open();
    }
}
