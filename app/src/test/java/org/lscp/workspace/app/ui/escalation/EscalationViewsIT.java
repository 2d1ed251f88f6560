package org.lscp.workspace.app.ui.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.app.ui.RecordNotFoundView;
import org.lscp.workspace.app.ui.comment.CommentsSection;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.escalation.model.RaiseEscalationCommand;
import org.lscp.workspace.domain.escalation.port.in.EscalationUseCase;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.RecordContactCommand;
import org.lscp.workspace.domain.frontdoor.model.RecordDecisionCommand;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.frontdoor.port.in.DecideUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.RecordContactUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.springframework.beans.factory.annotation.Autowired;

@WorkspaceTest
class EscalationViewsIT extends SpringBrowserlessTest {
    @Autowired DecideUseCase deciding;
    @Autowired RecordContactUseCase recording;
    @Autowired java.time.Clock clock;
    @Autowired FrontDoorQuery frontDoorQuery;
    @Autowired EscalationUseCase escalations;
    @Autowired SignInUseCase signIn;

    /** A health contact with a sexual-abuse disclosure, decided "no further action" by the MASH manager. */
    private ThresholdDecision nfaOnHealthContact() {
        Contact contact = recording.record(DemoActors.actor(signIn, "health@enfield.example"), new RecordContactCommand(
                clock.instant().minusSeconds(3_600), "Nurse Ali", Channel.PHONE, "ESC-" + System.nanoTime(), "Test Child",
                LocalDate.of(2014, 4, 4), Gender.FEMALE, Ethnicity.WBRI, Set.of(ConcernCategory.SEXUAL_ABUSE), true,
                "Disclosed at clinic", ConsentBasis.NOT_SOUGHT_RISK_OF_HARM, Rag.AMBER, Set.of()));
        return deciding.decide(DemoActors.actor(signIn, "mash.manager@enfield.example"), contact.requireId(),
                contact.version(), new RecordDecisionCommand(ThresholdLevel.NO_FURTHER_ACTION, "Not met", "", null,
                        false, Set.of()));
    }

    private Escalation raisedByHealth() {
        return escalations.raise(DemoActors.actor(signIn, "health@enfield.example"), new RaiseEscalationCommand(
                nfaOnHealthContact().id(), null, null, "NFA on a disclosure", "Strategy discussion", false, null,
                Set.of()));
    }

    @Test
    @WithMember("health@enfield.example")
    void aPractitionerRaisesFromTheContactAndLandsOnTheEscalation() {
        ThresholdDecision nfa = nfaOnHealthContact();
        RaiseEscalationView form = navigate("escalations/raise/" + nfa.contactId().value(),
                RaiseEscalationView.class);
        assertThat(form.disputedDecision).isNotNull();
        test(form.immediateRisk).click();
        test(form.raise).click();
        assertThat(form.disputed.getErrorMessage()).isEqualTo("Enter what is disputed.");
        assertThat(form.riskReason.getErrorMessage()).startsWith("Say why the child is at immediate risk");

        test(form.immediateRisk).click();
        test(form.disputed).setValue("A disclosure of sexual abuse closed with no further action.");
        test(form.outcomeSought).setValue("A strategy discussion.");
        test(form.raise).click();

        EscalationPage page = $(EscalationPage.class).single();
        assertThat($(H1.class).first().getText()).startsWith("Escalation E-");
        assertThat(page.view.escalation().childCaseId()).startsWith("ESC-");
        assertThat($(ListItem.class).all()).extracting(li -> li.getElement().getTextRecursively())
                .anyMatch(t -> t.startsWith("Stage 1 · Practitioners: current since"))
                .anyMatch(t -> t.startsWith("Stage 2 · Line managers: not reached"));
        assertThat($(Button.class).withText("Withdraw").exists()).isTrue();
        assertThat($(Button.class).withText("Respond").exists()).isFalse();
    }

    @Test
    @WithMember("mash@enfield.example")
    void theOtherAgencyRespondsAndThePageShowsItsPosition() {
        Escalation e = raisedByHealth();
        navigate("escalation/" + e.requireId(), EscalationPage.class);
        test($(Button.class).withText("Respond").single()).click();
        RespondDialog dialog = $(RespondDialog.class).single();
        test(dialog.text).setValue("Threshold not met on the information held.");
        test(dialog.save).click();
        assertThat(dialog.position.getErrorMessage()).contains("Choose whether your agency agrees");
        test(dialog.position).selectItem("We maintain our decision (the raising agency may escalate)");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat($(ListItem.class).all()).extracting(li -> li.getElement().getTextRecursively())
                .anyMatch(t -> t.contains("Response by Rita Shah") && t.contains("maintains its decision"));
        assertThat($(Button.class).withText("Respond").exists()).isFalse();
    }

    @Test
    @WithMember("mash.manager@enfield.example")
    void aManagerResolvesByChangingTheDecisionThroughTheFrontDoor() {
        Escalation e = raisedByHealth();
        EscalationPage page = navigate("escalation/" + e.requireId(), EscalationPage.class);
        test($(Button.class).withText("Resolve").single()).click();
        ResolveDialog dialog = $(ResolveDialog.class).single();
        test(dialog.outcome).selectItem("Decision changed");
        test(dialog.learning).setValue("Disclosures go to a strategy discussion.");
        test(dialog.save).click();
        assertThat(dialog.decision.level().getErrorMessage()).isEqualTo("Choose the threshold level.");

        test(dialog.decision.level()).selectItem("Child in need assessment (s17)");
        test(dialog.decision.rationale()).setValue("Cumulative concerns meet the threshold.");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(page.view.escalation().resultingDecisionId()).isNotNull();
        var contact = frontDoorQuery.open(DemoActors.actor(signIn, "mash.manager@enfield.example"), e.contactId());
        assertThat(contact.current().level()).isEqualTo(ThresholdLevel.CHILD_IN_NEED_ASSESSMENT);
        assertThat(contact.current().id()).isEqualTo(page.view.escalation().resultingDecisionId());
    }

    @Test
    @WithMember("chair@enfield.example")
    void theBoardChairSeesEveryEscalationButNoChild() {
        Escalation e = raisedByHealth();
        EscalationsView list = navigate(EscalationsView.class);
        assertThat(list.filters.keySet()).containsExactly("All", "Open", "Overdue");
        assertThat(list.raise.isVisible()).isFalse();

        EscalationPage page = navigate("escalation/" + e.requireId(), EscalationPage.class);
        assertThat(page.view.escalation().childCaseId()).isNull();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).noneMatch(t -> t.contains("ESC-"));
        assertThat(page.actions.getChildren().filter(c -> c instanceof Button).count()).isZero();
    }

    @Test
    @WithMember("police@enfield.example")
    void aThirdAgencyOpeningAnEscalationByAddressFindsNothing() {
        Escalation e = raisedByHealth();
        navigate("escalation/" + e.requireId(), RecordNotFoundView.class);
        EscalationsView list = navigate(EscalationsView.class);
        assertThat(list.filters.keySet()).containsExactly("Waiting for us", "Raised by us", "Raised with us", "Overdue");
    }

    @Test
    @WithMember("mash.manager@enfield.example")
    void theTwoAgenciesAndTheChairDiscussAnEscalationAndNoOneElseCanBeMentioned() {
        Escalation e = raisedByHealth();
        navigate("escalation/" + e.requireId(), EscalationPage.class);
        CommentsSection comments = $(CommentsSection.class).single();
        assertThat(comments.mention.getListDataView().getItems().map(m -> m.name()).toList())
                .contains("Nadia Ali", "Rita Shah", "Geraldine Hart", "Alex Morgan")
                .doesNotContain("Dan Price", "Tom Reed", "Sam Okafor");
        test(comments.text).setValue("Can we talk at 3pm?");
        test(comments.post).click();
        assertThat(comments.list.getElement().getTextRecursively()).contains("Sam Okafor", "Can we talk at 3pm?");
    }

    @Test
    @WithMember("health@enfield.example")
    void anEscalationAlreadyOpenIsLinkedBeforeAnyoneTypesAnother() {
        Escalation e = raisedByHealth();

        navigate("contact/" + e.contactId().value(), org.lscp.workspace.app.ui.frontdoor.ContactPage.class);
        assertThat($(com.vaadin.flow.component.html.Anchor.class).withText(e.reference() + " (Stage 1 · Practitioners)")
                .single().getHref()).isEqualTo("escalation/" + e.requireId());
        assertThat($(com.vaadin.flow.component.html.Anchor.class).withText("Escalate this decision").exists())
                .isFalse();

        RaiseEscalationView form = navigate("escalations/raise/" + e.contactId().value(), RaiseEscalationView.class);
        assertThat($(Paragraph.class).withTextContaining("already has an escalation open").exists()).isTrue();
        assertThat(form.raise.isAttached()).as("no form to fill in").isFalse();
    }

    @Test
    @WithMember("mash.manager@enfield.example")
    void theReceivingAgencyOpensOnWhatIsWaitingForItAndAgreeingLeadsToRevisingTheDecision() {
        Escalation e = raisedByHealth();
        EscalationsView list = navigate(EscalationsView.class);
        assertThat(list.show.getValue()).isEqualTo("Waiting for us");
        assertThat(test(list.grid).size()).isPositive();
        for (int i = 0; i < test(list.grid).size(); i++) {
            assertThat(test(list.grid).getRow(i).open()).isTrue();
        }

        navigate("escalation/" + e.requireId(), EscalationPage.class);
        test($(Button.class).withText("Respond").single()).click();
        RespondDialog respond = $(RespondDialog.class).single();
        test(respond.position).selectItem("We agree with the challenge");
        test(respond.text).setValue("Agreed: a disclosure needs a strategy discussion.");
        test(respond.save).click();

        ResolveDialog revise = $(ResolveDialog.class).single();
        assertThat(revise.isOpened()).isTrue();
        assertThat(revise.outcome.getValue()).isEqualTo(
                org.lscp.workspace.domain.escalation.model.EscalationOutcome.DECISION_CHANGED);
        assertThat(revise.decision.isVisible()).as("the revised decision's fields, ready").isTrue();
    }
}
