package org.lscp.workspace.app.ui.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.shared.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;

@WorkspaceTest
class FrontDoorViewsIT extends SpringBrowserlessTest {
    @Autowired FrontDoorUseCase frontDoor;
    @Autowired java.time.Clock clock;
    @Autowired FrontDoorQuery query;
    @Autowired SignInUseCase signIn;

    private Contact policeContact(String child) {
        return frontDoor.record(DemoActors.actor(signIn, "police@enfield.example"), new RecordContactCommand(
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

        frontDoor.decide(DemoActors.actor(signIn, "mash.manager@enfield.example"), contact.requireId(),
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
        view.receivedAt.setValue(LocalDateTime.now(clock.withZone(org.lscp.workspace.domain.shared.London.ZONE)).plusDays(2));
        test(view.referrer).setValue("PC Jo Bell");
        test(view.channel).selectItem("Phone");
        test(view.caseSystemId).setValue("F-1");
        test(view.childName).setValue("Future Child");
        view.dateOfBirth.setValue(org.lscp.workspace.domain.shared.London.today(clock).plusDays(1));
        test(view.gender).selectItem("Male");
        view.ethnicity.setValue(Ethnicity.NOBT);
        view.concerns.setValue(Set.of(ConcernCategory.NEGLECT));
        test(view.summary).setValue("Left alone");
        view.consent.setValue(ConsentBasis.CONSENT_GIVEN);
        view.rag.setValue(Rag.GREEN);
        test(view.submit).click();

        assertThat(view.dateOfBirth.getErrorMessage()).isEqualTo("The date of birth cannot be in the future.");
        assertThat(view.receivedAt.getErrorMessage()).isEqualTo("The contact cannot have been received in the future.");
    }
}
