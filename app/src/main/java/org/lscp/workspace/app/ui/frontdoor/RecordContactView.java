package org.lscp.workspace.app.ui.frontdoor;

import com.vaadin.flow.component.HasValidation;
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
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.app.security.CurrentActor;
import org.lscp.workspace.app.ui.FieldErrors;
import org.lscp.workspace.app.ui.FieldMessage;
import org.lscp.workspace.app.ui.Formats;
import org.lscp.workspace.app.ui.MainLayout;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.RecordContactCommand;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorUseCase;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.ValidationException;

/** A practitioner records a contact from their agency; the RAG sets the decision deadline. */
@Route(value = "contacts/new", layout = MainLayout.class)
@PageTitle("Record a contact · Safeguarding Partnership Workspace")
@RolesAllowed({"PRACTITIONER", "MASH_PRACTITIONER", "MASH_MANAGER"})
public class RecordContactView extends VerticalLayout {
    private final FrontDoorUseCase frontDoor;
    private final FrontDoorQuery query;
    private final CurrentActor current;
    final DateTimePicker receivedAt = new DateTimePicker("Received");
    final TextField referrer = new TextField("Referrer (name and role)");
    final ComboBox<Channel> channel = new ComboBox<>("How it came in");
    final TextField caseSystemId = new TextField("Child's case-system id");
    final TextField childName = new TextField("Child's name");
    final DatePicker dateOfBirth = new DatePicker("Date of birth");
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

    public RecordContactView(FrontDoorUseCase frontDoor, FrontDoorQuery query, CurrentActor current,
                             java.time.Clock clock) {
        this.frontDoor = frontDoor;
        this.query = query;
        this.current = current;
        addClassName("view");
        var actor = current.get();
        add(new H1("Record a contact"), new Paragraph("For " + actor.agencyName() + ". A red contact needs a decision "
                + "within 4 working hours, amber within 1 working day, green within 3 working days."));
        receivedAt.setValue(LocalDateTime.now(clock.withZone(London.ZONE)).withSecond(0).withNano(0));
        receivedAt.setLocale(java.util.Locale.UK);
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(Channel::label);
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
        recommendations.setItemLabelGenerator(r -> r.number() + ". " + Text.shorten(r.text(), 90) + " ("
                + r.theme().label() + ")");
        recommendations.setHelperText("Suggested from the concerns' themes. Tick the ones this contact evidences.");
        recommendations.setVisible(false);
        concerns.addValueChangeListener(e -> suggest());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());

        FormLayout contact = new FormLayout(receivedAt, channel, referrer);
        FormLayout child = new FormLayout(caseSystemId, childName, dateOfBirth, gender, ethnicity);
        FormLayout concern = new FormLayout(concerns, disclosure, summary, consent, rag);
        for (FormLayout form : new FormLayout[] {contact, child, concern}) {
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        }
        concern.setColspan(summary, 2);
        summary.setWidthFull();
        add(new H2("The contact"), contact, new H2("The child"), child, new H2("The concern"), concern,
                concernsMessage, recommendations, submit);
    }

    private void suggest() {
        var suggestions = query.suggestedRecommendations(current.get(), concerns.getValue());
        recommendations.setItems(suggestions);
        recommendations.setVisible(!suggestions.isEmpty());
    }

    void submit() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("receivedAt", receivedAt);
        fields.put("referrer", referrer);
        fields.put("channel", channel);
        fields.put("caseSystemId", caseSystemId);
        fields.put("childName", childName);
        fields.put("dateOfBirth", dateOfBirth);
        fields.put("gender", gender);
        fields.put("ethnicity", ethnicity);
        fields.put("concerns", concerns);
        fields.put("summary", summary);
        fields.put("consent", consent);
        fields.put("rag", rag);
        fields.put("recommendations", concernsMessage);
        try {
            var command = new RecordContactCommand(receivedAt.getValue() == null ? null
                    : receivedAt.getValue().atZone(London.ZONE).toInstant(), referrer.getValue(), channel.getValue(),
                    caseSystemId.getValue(), childName.getValue(), dateOfBirth.getValue(), gender.getValue(),
                    ethnicity.getValue(), concerns.getValue(), disclosure.getValue(), summary.getValue(),
                    consent.getValue(), rag.getValue(), recommendations.getValue().stream()
                    .map(Recommendation::requireId).collect(Collectors.toSet()));
            Contact saved = frontDoor.record(current.get(), command);
            Notification.show("Contact " + saved.reference() + " recorded. Decision due by "
                    + Formats.dateTime(saved.deadline()) + ".", 6000, Notification.Position.TOP_CENTER);
            getUI().ifPresent(ui -> ui.navigate(ContactPage.class, saved.requireId().value()));
        } catch (ValidationException e) {
            FieldErrors.show(e, fields);
        }
    }
}
