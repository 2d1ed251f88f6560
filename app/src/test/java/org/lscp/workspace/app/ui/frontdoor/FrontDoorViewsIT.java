package org.lscp.workspace.app.ui.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.app.ui.AccessDeniedView;
import org.lscp.workspace.app.ui.RecordNotFoundView;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.RecordContactCommand;
import org.lscp.workspace.domain.frontdoor.model.RecordDecisionCommand;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.frontdoor.port.in.DecideUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.RecordContactUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.shared.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;

@WorkspaceTest
class FrontDoorViewsIT extends SpringBrowserlessTest {
    @Autowired DecideUseCase deciding;
    @Autowired RecordContactUseCase recording;
    @Autowired java.time.Clock clock;
    @Autowired FrontDoorQuery query;
    @Autowired SignInUseCase signIn;

    private Contact policeContact(String child) {
        return recording.record(DemoActors.actor(signIn, "police@enfield.example"), new RecordContactCommand(
                clock.instant().minusSeconds(600), "PC Jo Bell", Channel.PHONE, child, "Test Child", LocalDate.of(2016, 2, 2),
                Gender.MALE, Ethnicity.NOBT, Set.of(ConcernCategory.PHYSICAL_ABUSE), true, "Bruising seen at school",
                ConsentBasis.NOT_SOUGHT_RISK_OF_HARM, Rag.AMBER, Set.of()));
    }

    @Test
    @WithMember("health@enfield.example")
    void aPractitionerOpeningAnotherAgencysContactByAddressIsRefusedAndLogged() {
        Contact contact = policeContact("V-" + System.nanoTime());

        navigate("contact/" + contact.requireId().value(), RecordNotFoundView.class);

        assertThat($(H1.class).first().getText()).isEqualTo("Record not found");
        var log = query.accessLog(DemoActors.actor(signIn, "admin@enfield.example"), PageRequest.first(5));
        assertThat(log.getFirst().record()).isEqualTo("Contact " + contact.reference());
        assertThat(log.getFirst().allowed()).isFalse();
        assertThat(log.getFirst().whoName()).isEqualTo("Nadia Ali");
    }

    @Test
    @WithMember("chair@enfield.example")
    void theBoardChairCannotOpenTheQueueOrAContactAndTheAttemptsAreLogged() {
        Contact contact = policeContact("W-" + System.nanoTime());

        navigate("contacts", AccessDeniedView.class);
        navigate("contact/" + contact.requireId().value(), RecordNotFoundView.class);
        navigate("children/" + contact.child().caseSystemId(), org.lscp.workspace.app.ui.NotAuthorisedView.class);

        var log = query.accessLog(DemoActors.actor(signIn, "admin@enfield.example"), PageRequest.first(5));
        assertThat(log).extracting(e -> e.record()).startsWith("Child history " + contact.child().caseSystemId(),
                "Contact " + contact.reference());
        assertThat(log.subList(0, 2)).allSatisfy(e -> {
            assertThat(e.allowed()).isFalse();
            assertThat(e.whoName()).isEqualTo("Geraldine Hart");
        });
    }

    @Test
    @WithMember("mash.manager@enfield.example")
    void aDecisionNeedsARationaleAndAStaleDecisionIsRefused() {
        Contact contact = policeContact("X-" + System.nanoTime());
        ContactPage page = navigate("contact/" + contact.requireId().value(), ContactPage.class);
        test($(Button.class).withText("Record decision").first()).click();
        DecisionDialog dialog = $(DecisionDialog.class).single();
        test(dialog.form.level).selectItem("Early help");
        test(dialog.save).click();
        assertThat(dialog.form.rationale.getErrorMessage()).isEqualTo("Enter the rationale for the decision.");

        deciding.decide(DemoActors.actor(signIn, "mash.manager@enfield.example"), contact.requireId(),
                page.view.contact().version(), new RecordDecisionCommand(ThresholdLevel.STRATEGY_DISCUSSION,
                        "Decided in another window", "", null, true, Set.of()));
        test(dialog.form.rationale).setValue("Early help");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.problem.getText()).contains("was changed by Sam Okafor");
    }

    @Test
    @WithMember("police@enfield.example")
    void aContactAboutTheFutureIsRefusedNextToTheField() {
        RecordContactView view = navigate(RecordContactView.class);
        fillIn(view, "Future Child");
        view.receivedAt.setValue(LocalDateTime.now(clock.withZone(org.lscp.workspace.domain.shared.London.ZONE)).plusDays(2));
        test(view.caseSystemId).setValue("F-1");
        view.dateOfBirth.setValue(org.lscp.workspace.domain.shared.London.today(clock).plusDays(1));
        test(view.submit).click();

        assertThat(view.receivedAt.getErrorMessage()).isEqualTo("The contact cannot have been received in the future.");
        view.receivedAt.setValue(LocalDateTime.now(clock.withZone(org.lscp.workspace.domain.shared.London.ZONE)));
        view.dateOfBirth.setValue(org.lscp.workspace.domain.shared.London.today(clock).plusDays(1));
        test(view.submit).click();
        assertThat(view.dateOfBirth.getErrorMessage())
                .isEqualTo("The date of birth must be on or before the day the contact was received.");
    }

    /** Fills in every required field with valid values, the case-system id left blank. */
    private void fillIn(RecordContactView view, String childName) {
        test(view.referrer).setValue("PC Jo Bell");
        test(view.channel).selectItem("Phone");
        test(view.childName).setValue(childName);
        test(view.gender).selectItem("Male");
        view.ethnicity.setValue(Ethnicity.NOBT);
        view.concerns.setValue(Set.of(ConcernCategory.NEGLECT));
        test(view.summary).setValue("Left alone overnight");
        view.consent.setValue(ConsentBasis.CONSENT_GIVEN);
        view.rag.setValue(Rag.GREEN);
    }

    private long contactsNamed(String childName) {
        return query.count(DemoActors.actor(signIn, "mash.manager@enfield.example"),
                new org.lscp.workspace.domain.frontdoor.model.ContactFilter(null, null, null, null, null, null,
                        childName));
    }

    /** The browser is told to focus this component (Focusable.focus()) in the response being prepared. */
    private static boolean focusRequested(com.vaadin.flow.component.Component component) {
        var internals = com.vaadin.flow.component.UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse(); // where Element.executeJs queues its call
        return internals.dumpPendingJavaScriptInvocations().stream()
                .anyMatch(i -> i.getInvocation().getExpression().contains("this.focus()")
                        && i.getInvocation().getParameters().contains(component.getElement()));
    }

    /** What the browser sends when a Vaadin date or time picker holds text it cannot parse. */
    private static void typeUnreadable(com.vaadin.flow.component.Component picker, String text) {
        var element = picker.getElement();
        element.setProperty("_inputElementValue", text);
        element.getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class).fireEvent(
                new com.vaadin.flow.dom.DomEvent(element, "unparsable-change",
                        com.vaadin.flow.internal.JacksonUtils.createObjectNode()));
    }

    private static void click(com.vaadin.flow.component.Component link) {
        var element = link.getElement();
        element.getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class).fireEvent(
                new com.vaadin.flow.dom.DomEvent(element, "click", com.vaadin.flow.internal.JacksonUtils.createObjectNode()));
    }

    @Test
    @WithMember("police@enfield.example")
    void requiredFieldsAreMarkedBeforeSubmittingAndThePoliceNeedNoCaseSystemId() {
        RecordContactView view = navigate(RecordContactView.class);

        for (com.vaadin.flow.component.HasValue<?, ?> field : List.<com.vaadin.flow.component.HasValue<?, ?>>of(view.receivedAt, view.referrer, view.channel, view.childName, view.gender,
                view.ethnicity, view.concerns, view.summary, view.consent, view.rag)) {
            assertThat(field.isRequiredIndicatorVisible()).as(field.toString()).isTrue();
        }
        assertThat(view.caseSystemId.isRequiredIndicatorVisible()).isFalse();
        assertThat(view.caseSystemId.getHelperText()).contains("Leave it blank if you do not know it");
        assertThat(view.dateOfBirth.isRequiredIndicatorVisible()).isFalse();
        assertThat(view.errorSummary.isVisible()).isFalse();
    }

    @Test
    @WithMember("mash@enfield.example")
    void childrensSocialCareIsAskedForTheCaseSystemId() {
        RecordContactView view = navigate(RecordContactView.class);
        assertThat(view.caseSystemId.isRequiredIndicatorVisible()).isTrue();
    }

    @Test
    @WithMember("police@enfield.example")
    void aFailedSubmitShowsTheErrorSummaryFocusedWithALinkToEachFieldInFormOrder() {
        RecordContactView view = navigate(RecordContactView.class);
        test(view.caseSystemId).setValue("not known");
        test(view.childName).setValue("\u200B\u200B");
        assertThat(focusRequested(view.errorSummary)).as("not before a submit").isFalse();

        test(view.submit).click();

        assertThat(view.errorSummary.isVisible()).isTrue();
        assertThat(focusRequested(view.errorSummary)).as("the summary takes focus").isTrue();
        assertThat(view.errorSummary.getChildren().findFirst().orElseThrow().getElement().getText())
                .isEqualTo("There is a problem");
        var links = view.errorSummary.getElement().getChildren().filter(e -> e.getTag().equals("ul")).findFirst()
                .orElseThrow().getChildren().map(li -> li.getChild(0)).toList();
        assertThat(links).extracting(a -> a.getAttribute("href")).containsExactly("#field-channel",
                "#field-referrer", "#field-caseSystemId", "#field-childName", "#field-gender", "#field-ethnicity",
                "#field-concerns", "#field-summary", "#field-consent", "#field-rag");
        assertThat(links.get(2).getText()).startsWith("Leave the child's case-system id blank if you do not know it");
        assertThat(links.get(3).getText()).isEqualTo("Enter the child's name.");
        assertThat(view.childName.getErrorMessage()).isEqualTo("Enter the child's name.");

        click(links.get(3).getComponent().orElseThrow());
        assertThat(focusRequested(view.childName)).as("following a link focuses its field").isTrue();
    }

    @Test
    @WithMember("police@enfield.example")
    void aDateOfBirthThatCannotBeReadIsAnErrorAndNothingIsSaved() {
        RecordContactView view = navigate(RecordContactView.class);
        String name = "Unreadable " + System.nanoTime();
        fillIn(view, name);
        typeUnreadable(view.dateOfBirth, "31/02/2020");
        assertThat(view.dateOfBirth.getValue()).isNull();

        test(view.submit).click();

        assertThat(view.dateOfBirth.getErrorMessage()).startsWith("Enter the date of birth as a real date");
        assertThat(view.dateOfBirth.isInvalid()).isTrue();
        assertThat(view.errorSummary.isVisible()).isTrue();
        assertThat(contactsNamed(name)).isZero();
    }

    /** Whether the form shows the recommendations picker once every concern is chosen (there are some to suggest). */
    private boolean recommendationsShown() {
        var concerns = Set.of(ConcernCategory.values());
        org.junit.jupiter.api.Assumptions.assumeFalse(query.suggestedRecommendations(
                DemoActors.actor(signIn, "mash@enfield.example"), concerns).isEmpty(),
                "the demo plan has recommendations to suggest");
        RecordContactView view = navigate(RecordContactView.class);
        view.concerns.setValue(concerns);
        return view.recommendations.isVisible();
    }

    @Test
    @WithMember("police@enfield.example")
    void aPartnerPractitionerIsNotShownTheRecommendations() {
        assertThat(recommendationsShown()).isFalse();
    }

    @Test
    @WithMember("mash@enfield.example")
    void theMashIsShownTheRecommendationsForTheConcerns() {
        assertThat(recommendationsShown()).isTrue();
    }

    @Test
    @WithMember("police@enfield.example")
    void theOver18ConfirmationAppearsWhenTheDateOfBirthSaysSo() {
        RecordContactView view = navigate(RecordContactView.class);
        var received = view.receivedAt.getValue().toLocalDate();
        view.dateOfBirth.setValue(received.minusYears(18).plusDays(1));
        assertThat(view.adultConfirmed.isVisible()).isFalse();
        view.dateOfBirth.setValue(received.minusYears(18));
        assertThat(view.adultConfirmed.isVisible()).isTrue();
        assertThat(view.adultConfirmed.isRequiredIndicatorVisible()).isTrue();
        fillIn(view, "Care leaver " + System.nanoTime());
        test(view.submit).click();
        assertThat(view.adultConfirmed.getErrorMessage()).contains("18 or over");
        test(view.adultConfirmed).click();
        test(view.submit).click();
        assertThat(getCurrentView()).isInstanceOf(ContactPage.class);
    }

    @Test
    @WithMember("police@enfield.example")
    void thePoliceRecordAContactWithoutTheCaseSystemIdAndItsPageHasNoChildHistoryLink() {
        RecordContactView view = navigate(RecordContactView.class);
        String name = "No id " + System.nanoTime();
        fillIn(view, name);
        test(view.caseSystemId).setValue("   ");

        test(view.submit).click();

        assertThat(getCurrentView()).isInstanceOf(ContactPage.class);
        assertThat(contactsNamed(name)).isEqualTo(1);
        assertThat($(com.vaadin.flow.router.RouterLink.class).all())
                .noneMatch(l -> l.getHref().startsWith("children/"));
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all())
                .anyMatch(p -> p.getElement().getTextRecursively().contains("Case-system id")
                        && p.getElement().getTextRecursively().contains("Not known"));
    }
}
