package org.lscp.workspace.app.ui.escalation;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.FieldErrors;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.escalation.model.RaiseEscalationCommand;
import org.lscp.workspace.domain.escalation.port.in.EscalationQuery;
import org.lscp.workspace.domain.escalation.port.in.EscalationUseCase;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.ContactView;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.port.in.ManageAgenciesUseCase;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.app.ui.IdentifierChallenge;
import org.lscp.workspace.domain.redaction.model.IdentifiesChildException;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * Raise an escalation: from a contact page's "Escalate this decision" ({@code escalations/raise/<contact>}, which
 * disputes the contact's current decision), or about a case by child id and the agency you disagree with.
 */
@Route(value = "escalations/raise", layout = MainLayout.class)
@PageTitle("Raise an escalation · Safeguarding Partnership Workspace")
@RolesAllowed({"PRACTITIONER", "MASH_PRACTITIONER", "MASH_MANAGER", "LINE_MANAGER", "SENIOR_MANAGER"})
class RaiseEscalationView extends VerticalLayout implements HasUrlParameter<Long> {
    private final EscalationUseCase escalations;
    private final EscalationQuery escalationQuery;
    private final FrontDoorQuery frontDoor;
    private final ManageAgenciesUseCase agencies;
    private final CurrentActor current;
    final TextField childId = new TextField("Child's case-system id");
    final ComboBox<Agency> with = new ComboBox<>("Agency you disagree with");
    final TextArea disputed = new TextArea("What is disputed");
    final TextArea outcomeSought = new TextArea("The outcome you seek");
    final Checkbox immediateRisk = new Checkbox("The child is at immediate risk (starts at stage 3, senior managers)");
    final TextArea riskReason = new TextArea("Why the child is at immediate risk");
    final CheckboxGroup<Recommendation> recommendations = new CheckboxGroup<>("Record against recommendations");
    final Button raise = new Button("Raise escalation");
    @Nullable IdentifierChallenge challenge;
    @Nullable ThresholdDecision disputedDecision;

    public RaiseEscalationView(EscalationUseCase escalations, EscalationQuery escalationQuery, FrontDoorQuery frontDoor,
                               ManageAgenciesUseCase agencies, CurrentActor current) {
        this.escalations = escalations;
        this.escalationQuery = escalationQuery;
        this.frontDoor = frontDoor;
        this.agencies = agencies;
        this.current = current;
        addClassName("view");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long contactId) {
        Actor actor = current.get();
        removeAll();
        add(new H1("Raise an escalation"));
        if (contactId != null) {
            ContactView view = frontDoor.open(actor, new ContactId(contactId));
            disputedDecision = view.current();
            if (disputedDecision == null) {
                add(new Paragraph("Contact " + view.contact().reference() + " has no threshold decision yet, so there "
                        + "is nothing to escalate. Talk to the MASH about the contact instead."));
                return;
            }
            long decision = disputedDecision.id();
            var ours = escalationQuery.forContact(actor, new ContactId(contactId)).stream()
                    .filter(e -> e.openAbout(decision, actor.agencyId())).findFirst();
            if (ours.isPresent()) {
                add(new Paragraph(new com.vaadin.flow.component.Text("Your agency already has an escalation open "
                        + "about this decision: "), new com.vaadin.flow.component.html.Anchor("escalation/"
                        + ours.get().requireId(), ours.get().reference() + " (" + ours.get().stage().title() + ")"),
                        new com.vaadin.flow.component.Text(". Add to it there rather than raising another.")));
                return;
            }
            Div card = new Div(new H3("Disputed: " + disputedDecision.level().label() + " on contact "
                    + view.contact().reference()), new Paragraph("Decided by " + disputedDecision.decidedByName() + ", "
                    + Formats.dateTime(disputedDecision.decidedAt()) + ". Rationale: " + disputedDecision.rationale()));
            card.addClassName("action-card");
            add(card);
        } else {
            disputedDecision = null;
            add(new Paragraph("About a case with no decision recorded here: name the child by their case-system id "
                    + "and choose the agency you disagree with. To dispute a threshold decision, use \u201cEscalate "
                    + "this decision\u201d on the contact page."));
        }
        childId.setMaxLength(40);
        with.setItems(agencies.all(actor).stream()
                .filter(a -> !a.requireId().equals(actor.agencyId())).toList());
        with.setItemLabelGenerator(Agency::name);
        disputed.setMaxLength(4_000);
        disputed.setHelperText("The decision or action you disagree with, and why, in plain words.");
        outcomeSought.setMaxLength(2_000);
        riskReason.setMaxLength(2_000);
        riskReason.setVisible(false);
        immediateRisk.addValueChangeListener(e -> riskReason.setVisible(e.getValue()));
        recommendations.setItems(escalationQuery.suggestedRecommendations(actor));
        recommendations.setItemLabelGenerator(r -> r.number() + ". " + Text.shorten(r.text(), 110));
        recommendations.setHelperText("Threshold recommendations of the improvement plan. Tick the ones this "
                + "disagreement is evidence about.");
        FormLayout form = new FormLayout();
        if (disputedDecision == null) form.add(childId, with);
        form.add(disputed, outcomeSought, immediateRisk, riskReason, recommendations);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("44rem");
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        raise.addClickListener(e -> raise());
        add(form, raise);
    }

    void raise() {
        Map<String, ? extends HasValidation> fields = Map.of("childCaseId", childId, "respondingAgency", with,
                "disputed", disputed, "outcomeSought", outcomeSought, "immediateRiskReason", riskReason,
                "recommendations", recommendations);
        try {
            Escalation saved = escalations.raise(current.get(), new RaiseEscalationCommand(
                    disputedDecision == null ? null : disputedDecision.id(), childId.getValue(),
                    with.getValue() == null ? null : with.getValue().requireId(), disputed.getValue(),
                    outcomeSought.getValue(), immediateRisk.getValue(), riskReason.getValue(),
                    recommendations.getValue().stream().map(Recommendation::requireId).collect(Collectors.toSet())));
            Notification.show("Escalation " + saved.reference() + " raised: " + saved.stage().title() + ", due "
                    + Formats.dateTime(saved.stageDeadline()) + ".");
            getUI().ifPresent(ui -> ui.navigate(EscalationPage.class, saved.requireId()));
        } catch (IdentifiesChildException e) {
            FieldErrors.show(e, fields);
            if (challenge == null) {
                challenge = IdentifierChallenge.create();
                addComponentAtIndex(indexOf(raise), challenge);
            }
            challenge.offer(e, this::raise);
        } catch (ValidationException e) {
            FieldErrors.show(e, fields);
        } catch (NotAuthorisedException e) {
            FieldErrors.show(ValidationException.of("disputed", e.getMessage()), fields);
        }
    }
}
