package org.lscp.workspace.app.ui.frontdoor;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.DateInputs;
import org.lscp.workspace.app.ui.ErrorSummary;
import org.lscp.workspace.app.ui.FieldMessage;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.Child;
import org.lscp.workspace.domain.frontdoor.model.ContactAccess;
import org.lscp.workspace.domain.frontdoor.model.ContactDates;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.RecordContactCommand;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.frontdoor.port.in.RecordContactUseCase;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * A member records a contact from their agency; the RAG sets the decision deadline. Required fields are marked from
 * the start; a failed submit lists every problem at the top ({@link ErrorSummary}) as well as next to each field. The
 * child's case-system id is asked of children's social care only (others leave it blank when they do not know it),
 * and the recommendations picker is the MASH's.
 */
@Route(value = "contacts/new", layout = MainLayout.class)
@PageTitle("Record a contact · Safeguarding Partnership Workspace")
@RolesAllowed({"PRACTITIONER", "MASH_PRACTITIONER", "MASH_MANAGER"})
class RecordContactView extends VerticalLayout {
    private final RecordContactUseCase recording;
    private final FrontDoorQuery query;
    private final CurrentActor current;
    final ErrorSummary errorSummary = new ErrorSummary();
    final DateTimePicker receivedAt = DateInputs.british(new DateTimePicker("Received"),
            "Enter the date and time the contact was received as a real date and a 24-hour time, like 27/03/2026 "
                    + "14:30.");
    final TextField referrer = new TextField("Referrer (name and role)");
    final ComboBox<Channel> channel = new ComboBox<>("How it came in");
    final TextField caseSystemId = new TextField("Child's case-system id");
    final TextField childName = new TextField("Child's name");
    final DatePicker dateOfBirth = DateInputs.british(new DatePicker("Date of birth"),
            "Enter the date of birth as a real date, like 27/03/2015, or leave it blank if it is not known.");
    final Checkbox adultConfirmed = new Checkbox("The young person is 18 or over (a care leaver, or up to 25 with "
            + "special educational needs and disabilities)");
    final ComboBox<Gender> gender = new ComboBox<>("Gender");
    final ComboBox<Ethnicity> ethnicity = new ComboBox<>("Ethnicity");
    final MultiSelectComboBox<ConcernCategory> concerns = new MultiSelectComboBox<>("Concerns");
    final Checkbox disclosure = new Checkbox("The child disclosed harm");
    final TextArea summary = new TextArea("Summary of the concern");
    final ComboBox<ConsentBasis> consent = new ComboBox<>("Basis for sharing information");
    final RadioButtonGroup<Rag> rag = new RadioButtonGroup<>("Priority (RAG)");
    final CheckboxGroup<Recommendation> recommendations = new CheckboxGroup<>("Record against recommendations");
    final FieldMessage concernsMessage = new FieldMessage();
    final Button submit = new Button("Submit contact");
    private final boolean choosesRecommendations;

    public RecordContactView(RecordContactUseCase recording, FrontDoorQuery query, CurrentActor current,
                             java.time.Clock clock) {
        this.recording = recording;
        this.query = query;
        this.current = current;
        addClassName("view");
        var actor = current.get();
        choosesRecommendations = ContactAccess.choosesRecommendations(actor);
        add(new H1("Record a contact"), new Paragraph("For " + actor.agencyName() + ". "
                + query.timescales(actor).summary() + " Fields marked "
                + "with a dot are required."), errorSummary);
        receivedAt.setValue(LocalDateTime.now(clock.withZone(London.ZONE)).withSecond(0).withNano(0));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(Channel::label);
        caseSystemId.setMaxLength(Child.CASE_SYSTEM_ID_MAX);
        boolean caseIdRequired = query.caseSystemIdRequired(actor);
        caseSystemId.setRequiredIndicatorVisible(caseIdRequired);
        caseSystemId.setHelperText(caseIdRequired ? "The child's number in the case management system."
                : "Children's social care's number for the child. Leave it blank if you do not know it.");
        dateOfBirth.setHelperText("Leave it blank if you do not know it.");
        adultConfirmed.setVisible(false);
        adultConfirmed.setRequiredIndicatorVisible(true);
        dateOfBirth.addValueChangeListener(e -> askAdultConfirmation());
        receivedAt.addValueChangeListener(e -> askAdultConfirmation());
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(Gender::label);
        ethnicity.setItems(Ethnicity.values());
        ethnicity.setItemLabelGenerator(e -> e.name() + " – " + e.label());
        concerns.setItems(ConcernCategory.values());
        concerns.setItemLabelGenerator(ConcernCategory::label);
        summary.setMaxLength(RecordContactCommand.SUMMARY_MAX);
        consent.setItems(ConsentBasis.values());
        consent.setItemLabelGenerator(ConsentBasis::label);
        rag.setItems(Rag.values());
        rag.setItemLabelGenerator(Rag::label);
        for (HasValue<?, ?> required : new HasValue<?, ?>[] {receivedAt, referrer, channel, childName, gender,
                ethnicity, concerns, summary, consent, rag}) {
            required.setRequiredIndicatorVisible(true);
        }
        recommendations.setItemLabelGenerator(r -> r.number() + ". " + Text.shorten(r.text(), 90) + " ("
                + r.theme().label() + ")");
        recommendations.setHelperText("Suggested from the concerns' themes. Tick the ones this contact evidences.");
        recommendations.setVisible(false);
        if (choosesRecommendations) concerns.addValueChangeListener(e -> suggest());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());

        FormLayout contact = new FormLayout(receivedAt, channel, referrer);
        FormLayout child = new FormLayout(caseSystemId, childName, dateOfBirth, adultConfirmed, gender, ethnicity);
        FormLayout concern = new FormLayout(concerns, disclosure, summary, consent, rag);
        for (FormLayout form : new FormLayout[] {contact, child, concern}) {
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        }
        concern.setColspan(summary, 2);
        child.setColspan(adultConfirmed, 2);
        summary.setWidthFull();
        add(new H2("The contact"), contact, new H2("The child"), child, new H2("The concern"), concern,
                concernsMessage, recommendations, submit);
    }

    /** The over-18 confirmation appears when the date of birth makes the young person 18 or over at the contact. */
    private void askAdultConfirmation() {
        boolean adult = dateOfBirth.getValue() != null && receivedAt.getValue() != null
                && ContactDates.adultAt(dateOfBirth.getValue(), receivedAt.getValue().toLocalDate());
        adultConfirmed.setVisible(adult);
        if (!adult) adultConfirmed.setValue(false);
    }

    private void suggest() {
        var suggestions = query.suggestedRecommendations(current.get(), concerns.getValue());
        recommendations.setItems(suggestions);
        recommendations.setVisible(!suggestions.isEmpty());
    }

    /** The fields by the names the command reports them under, in the order of the form. */
    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("receivedAt", receivedAt);
        fields.put("channel", channel);
        fields.put("referrer", referrer);
        fields.put("caseSystemId", caseSystemId);
        fields.put("childName", childName);
        fields.put("dateOfBirth", dateOfBirth);
        fields.put("adultConfirmed", adultConfirmed);
        fields.put("gender", gender);
        fields.put("ethnicity", ethnicity);
        fields.put("concerns", concerns);
        fields.put("summary", summary);
        fields.put("consent", consent);
        fields.put("rag", rag);
        fields.put("recommendations", concernsMessage);
        return fields;
    }

    void submit() {
        Map<String, HasValidation> fields = fields();
        // a date or time typed that cannot be read is an error, never an empty value
        ValidationException unreadable = DateInputs.unreadable(Map.of("receivedAt", receivedAt,
                "dateOfBirth", dateOfBirth));
        try {
            var command = new RecordContactCommand(receivedAt.getValue() == null ? null
                    : receivedAt.getValue().atZone(London.ZONE).toInstant(), referrer.getValue(), channel.getValue(),
                    caseSystemId.getValue(), childName.getValue(), dateOfBirth.getValue(), adultConfirmed.getValue(),
                    gender.getValue(), ethnicity.getValue(), concerns.getValue(), disclosure.getValue(),
                    summary.getValue(), consent.getValue(), rag.getValue(), !choosesRecommendations ? Set.of()
                    : recommendations.getValue().stream().map(Recommendation::requireId).collect(Collectors.toSet()));
            if (unreadable != null) throw unreadable;
            Contact saved = recording.record(current.get(), command);
            errorSummary.clear(fields);
            Notification.show("Contact " + saved.reference() + " recorded. Decision due by "
                    + Formats.dateTime(saved.deadline()) + ".", 6000, Notification.Position.TOP_CENTER);
            getUI().ifPresent(ui -> ui.navigate(ContactPage.class, saved.requireId().value()));
        } catch (ValidationException e) {
            errorSummary.show(unreadable == null || e == unreadable ? e : e.and(unreadable), fields);
        }
    }
}
