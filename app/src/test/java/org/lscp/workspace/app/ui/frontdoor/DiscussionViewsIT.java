package org.lscp.workspace.app.ui.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.app.ui.ErrorSummary;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ConveneDiscussionCommand;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.RecordContactCommand;
import org.lscp.workspace.domain.frontdoor.model.RecordDecisionCommand;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.frontdoor.port.in.DecideUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.frontdoor.port.in.RecordContactUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.StrategyDiscussionUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.shared.London;
import org.springframework.beans.factory.annotation.Autowired;

/** The contact page's strategy discussion, as the MASH and an invited agency use it. */
@WorkspaceTest
class DiscussionViewsIT extends SpringBrowserlessTest {
    private static final String MANAGER = "mash.manager@enfield.example";
    @Autowired DecideUseCase deciding;
    @Autowired RecordContactUseCase recording;
    @Autowired StrategyDiscussionUseCase discussions;
    @Autowired FrontDoorQuery query;
    @Autowired java.time.Clock clock;
    @Autowired SignInUseCase signIn;

    /** A school's contact about a disclosure, decided at strategy discussion by the MASH manager. */
    private Contact decided() {
        Contact c = recording.record(DemoActors.actor(signIn, "school@enfield.example"), new RecordContactCommand(
                clock.instant().minusSeconds(7_200), "Ms Rivers, class teacher", Channel.PHONE, "SD-" + System.nanoTime(),
                "Test Child", LocalDate.of(2016, 2, 2), Gender.FEMALE, Ethnicity.NOBT,
                Set.of(ConcernCategory.PHYSICAL_ABUSE), true, "Disclosed being hit with a belt",
                ConsentBasis.NOT_SOUGHT_RISK_OF_HARM, Rag.RED, Set.of()));
        deciding.decide(DemoActors.actor(signIn, MANAGER), c.requireId(), c.version(), new RecordDecisionCommand(
                ThresholdLevel.STRATEGY_DISCUSSION, "Disclosure of physical abuse.", "Strategy discussion", null,
                true, Set.of()));
        return query.reread(DemoActors.actor(signIn, MANAGER), c.requireId()).contact();
    }

    @Test
    @WithMember(MANAGER)
    void theMashRecordsTheDiscussionNotInTheFutureAndThePoliceAndHealthAreInvited() {
        Contact c = decided();
        navigate("contact/" + c.requireId().value(), ContactPage.class);
        test($(Button.class).withText("Record the strategy discussion").single()).click();
        DiscussionDialogs.Convene dialog = $(DiscussionDialogs.Convene.class).single();
        dialog.heldAt.setValue(LocalDateTime.now(clock.withZone(London.ZONE)).plusHours(2));
        test(dialog.save).click();
        assertThat(dialog.heldAt.getErrorMessage()).contains("cannot be in the future");
        assertThat(dialog.isOpened()).isTrue();

        dialog.heldAt.setValue(LocalDateTime.now(clock.withZone(London.ZONE)).minusMinutes(30));
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat($(ListItem.class).all()).extracting(i -> i.getElement().getTextRecursively()).anySatisfy(t -> assertThat(t)
                .contains("Metropolitan Police").contains("Not yet recorded"));
        assertThat($(Button.class).withText("Record the outcome").all()).hasSize(1);
    }

    @Test
    @WithMember(MANAGER)
    void anOutcomeSavedEmptyListsEveryProblemAtTheTop() {
        Contact c = decided();
        discussions.convene(DemoActors.actor(signIn, MANAGER), c.requireId(), c.version(),
                new ConveneDiscussionCommand(clock.instant().minusSeconds(600), Set.of()));
        navigate("contact/" + c.requireId().value(), ContactPage.class);
        test($(Button.class).withText("Record the outcome").single()).click();
        DiscussionDialogs.Outcome dialog = $(DiscussionDialogs.Outcome.class).single();
        test(dialog.save).click();

        ErrorSummary summary = $(ErrorSummary.class).single();
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.getElement().getTextRecursively()).contains("Choose whether a section 47 enquiry starts.",
                "Enter the rationale", "Say whether a child protection medical is needed.")
                .doesNotContain("Say why no child protection medical is needed.");
        assertThat(dialog.medicalNeeded.getErrorMessage()).isEqualTo("Say whether a child protection medical is needed.");
        assertThat(dialog.isOpened()).isTrue();
    }

    /** Health did not send the contact: invited to the discussion, it may now open it and record its own part. */
    @Test
    @WithMember("health@enfield.example")
    void anInvitedAgencyOpensTheContactAndRecordsItsOwnPart() {
        Contact c = decided();
        discussions.convene(DemoActors.actor(signIn, MANAGER), c.requireId(), c.version(),
                new ConveneDiscussionCommand(clock.instant().minusSeconds(600), Set.of()));
        navigate("contact/" + c.requireId().value(), ContactPage.class);
        Button record = $(Button.class).withText("Record your agency's part").single();
        test(record).click();
        DiscussionDialogs.Attendance dialog = $(DiscussionDialogs.Attendance.class).single();
        test(dialog.save).click();
        assertThat(dialog.tookPart.getErrorMessage()).isEqualTo("Say whether your agency took part.");
        dialog.tookPart.setValue(DiscussionDialogs.YES);
        dialog.shared.setValue("Two missed health visitor appointments.");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat($(ListItem.class).all()).extracting(i -> i.getElement().getTextRecursively()).anySatisfy(t -> assertThat(t)
                .contains("Took part").contains("Two missed health visitor appointments."));
        assertThat($(Button.class).withText("Record the outcome").all()).as("the outcome is the MASH's").isEmpty();
    }
}
