package org.lscp.workspace.app.ui.frontdoor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.Badges;
import org.lscp.workspace.app.ui.EditDialog;
import org.lscp.workspace.app.ui.Facts;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.domain.frontdoor.model.Conference;
import org.lscp.workspace.domain.frontdoor.model.ContactAccess;
import org.lscp.workspace.domain.frontdoor.model.ContactView;
import org.lscp.workspace.domain.frontdoor.model.DiscussionOutcome;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.Invitation;
import org.lscp.workspace.domain.frontdoor.model.StrategyDiscussion;
import org.lscp.workspace.domain.frontdoor.port.in.StrategyDiscussionUseCase;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.London;

/**
 * The contact's strategy discussion, where its decision calls for one: when it is due or was held, each invited
 * agency's part (and a button for the member's own agency to record it), the outcome and the conference (recorded by
 * the MASH). Shown only to those who may see the contact; the board sees the measures, never this.
 */
final class DiscussionSection extends VerticalLayout {

    DiscussionSection(ContactView view, StrategyDiscussionUseCase discussions, ManageAgenciesUseCase agencies,
                      CurrentActor current, Clock clock, Runnable saved) {
        setPadding(false);
        addClassName("strategy-discussion");
        StrategyDiscussion d = view.discussion();
        // late is what the rules found (FlagRules): the page draws their flags, never judges the time itself
        boolean discussionLate = flagged(view, FlagType.STRATEGY_DISCUSSION_LATE);
        boolean conferenceLate = flagged(view, FlagType.ICPC_LATE);
        Actor actor = current.get();
        boolean mash = discussions.leads(actor);
        if (d == null && view.discussionDue() == null) {
            setVisible(false);
            return;
        }
        add(new H2("Strategy discussion"));
        if (d == null) {
            Instant due = view.discussionDue();
            add(new Paragraph(new Span("The decision calls for a strategy discussion with the police and health, due by "
                    + Formats.dateTime(due) + ". "), discussionLate ? Badges.of("Late", "error")
                    : new Span("None recorded yet.")));
            if (mash) {
                Button convene = new Button("Record the strategy discussion", e -> open(new DiscussionDialogs.Convene(
                        agencies.all(current.get()), clock, command -> discussions.convene(current.get(),
                        view.contact().requireId(), view.contact().version(), command)),
                        "Strategy discussion recorded; the invited agencies have been told.", saved));
                convene.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(convene);
            }
            return;
        }
        add(Facts.fact("Held", Formats.dateTime(d.heldAt()) + ", recorded by " + d.convenedByName()
                + (discussionLate && view.discussionDue() != null
                ? " (late: due by " + Formats.dateTime(view.discussionDue()) + ")" : "")));

        add(new H3("Agencies invited"));
        UnorderedList invited = new UnorderedList();
        for (Invitation i : d.invited()) {
            ListItem item = new ListItem(new Span(i.agencyName() + ": "));
            if (i.tookPart() == null) {
                item.add(Badges.of("Not yet recorded", Invitation.mustTakePart(i.kind()) ? "error" : "contrast"));
            } else {
                item.add(Badges.of(i.tookPart() ? "Took part" : "Did not take part",
                        i.tookPart() ? "success" : "error"));
                item.add(new Span(" " + i.recordedByName() + ", " + Formats.dateTime(i.recordedAt())
                        + (i.shared() == null ? "." : ". Shared: " + i.shared())));
            }
            if (i.agency().equals(actor.agencyId()) && ContactAccess.seesChildData(actor)) {
                Button record = new Button(i.tookPart() == null ? "Record your agency's part" : "Change", e ->
                        open(new DiscussionDialogs.Attendance(i, command -> discussions.recordAttendance(current.get(),
                                d.requireId(), d.version(), command)), "Your agency's part is recorded.", saved));
                record.addThemeVariants(i.tookPart() == null ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_SMALL);
                record.setAriaLabel("Record " + i.agencyName() + "'s part in the strategy discussion");
                item.add(new Span(" "), record);
            }
            invited.add(item);
        }
        add(invited);
        if (d.invited().isEmpty()) {
            add(new Paragraph("No agencies are recorded: this discussion was read from Annex A List 5, which does not "
                    + "name them."));
        }

        add(new H3("Outcome"));
        DiscussionOutcome outcome = d.outcome();
        if (outcome == null) {
            add(new Paragraph("Not recorded yet."));
        } else {
            add(Facts.fact("Section 47", outcome.enquiry().label()
                    + (outcome.noEnquiryReason() == null ? "" : ": " + outcome.noEnquiryReason())));
            if (outcome.immediateSafetyAction() != null) {
                add(Facts.fact("Immediate safety action", outcome.immediateSafetyAction()));
            }
            add(Facts.fact("Rationale", outcome.rationale()));
            add(Facts.fact("Child protection medical", outcome.medicalNeeded()
                    ? "Needed, arranged for " + Formats.date(outcome.medicalArrangedFor())
                    : "Not needed: " + outcome.noMedicalReason()));
        }
        if (mash) {
            Button record = new Button(outcome == null ? "Record the outcome" : "Change the outcome", e -> open(
                    new DiscussionDialogs.Outcome(outcome, command -> discussions.recordOutcome(current.get(),
                            d.requireId(), d.version(), command)), "Outcome recorded.", saved));
            if (outcome == null) record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(record);
        }
        if (d.enquiryStarted() || d.conference() != null) {
            add(new H3("Initial child protection conference"));
            Conference conference = d.conference();
            Instant due = view.conferenceDue();
            LocalDate dueDay = due == null ? d.heldOn() : LocalDate.ofInstant(due, London.ZONE);
            if (conference == null || !conference.deemedUnnecessary() && conference.date() == null) {
                add(new Paragraph(new Span("Due by " + Formats.date(dueDay) + ", 15 working days after the strategy "
                        + "discussion. No date set yet. "), conferenceLate ? Badges.of("Late", "error") : new Span()));
            } else if (conference.deemedUnnecessary()) {
                add(Facts.fact("Conference", "Deemed unnecessary: " + conference.unnecessaryReason()));
            } else {
                add(Facts.fact("Date", Formats.date(conference.date()) + (conferenceLate
                        ? " (late: due by " + Formats.date(dueDay) + ")" : "")));
                add(Facts.fact("Child protection plan", conference.resultedInPlan() == null ? "Not known yet"
                        : conference.resultedInPlan() ? "Yes" : "No"));
            }
            if (mash) {
                add(new Button(conference == null ? "Record the conference" : "Change the conference",
                        e -> open(new DiscussionDialogs.ConferenceDialog(conference, dueDay, command ->
                                discussions.recordConference(current.get(), d.requireId(), d.version(), command)),
                                "Conference recorded.", saved)));
            }
        }
    }

    /** Whether the rules raised the flag on the contact (open, or resolved by a manager; not one they cleared). */
    private static boolean flagged(ContactView view, FlagType type) {
        return view.flags().stream().anyMatch(f -> f.type() == type && (f.open() || f.resolvedByManager()));
    }

    private static void open(EditDialog<?, StrategyDiscussion> dialog, String message, Runnable saved) {
        dialog.onSaved(s -> {
            Notification.show(message, 4000, Notification.Position.BOTTOM_START);
            saved.run();
        });
        dialog.open();
    }
}
