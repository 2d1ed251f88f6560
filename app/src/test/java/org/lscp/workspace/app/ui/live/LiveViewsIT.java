package org.lscp.workspace.app.ui.live;


import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.PlanFixture;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.app.ui.escalation.EscalationPage;
import org.lscp.workspace.app.ui.notice.InboxView;
import org.lscp.workspace.app.ui.plan.RecommendationView;
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
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.frontdoor.port.in.DecideUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.RecordContactUseCase;
import org.lscp.workspace.app.ui.plan.MyActionsView;
import org.lscp.workspace.domain.comment.port.in.CommentUseCase;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.RecordProgressCommand;
import org.lscp.workspace.domain.plan.model.SaveActionCommand;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.plan.port.in.ManageActionsUseCase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Open views that others change without the member reloading: the inbox, My actions, a recommendation and an
 * escalation (the contact page and the queue are shown live in the browser journeys).
 */
@WorkspaceTest
class LiveViewsIT extends SpringBrowserlessTest {
    @Autowired SignInUseCase signIn;
    @Autowired java.time.Clock clock;
    @Autowired CommentUseCase comments;
    @Autowired ManageActionsUseCase actions;
    @Autowired PlanFixture fixture;
    @Autowired DecideUseCase deciding;
    @Autowired RecordContactUseCase recording;
    @Autowired EscalationUseCase escalations;

    /** Lets pushed updates in (as the browser's next round trip would) until {@code shown} holds, for 2 seconds. */
    private static void awaitLive(Supplier<Boolean> shown) {
        // the browserless UI lives on this thread: poll here, running the client's round trip each time
        org.awaitility.Awaitility.await().alias("shown within two seconds").atMost(java.time.Duration.ofSeconds(2))
                .pollInSameThread().pollInterval(java.time.Duration.ofMillis(100)).until(() -> {
                    MockVaadin.clientRoundtrip();
                    return shown.get();
                });
    }

    private static String text(Component view) {
        return view.getElement().getTextRecursively();
    }

    @Test
    @WithMember("police@enfield.example")
    void aMentionArrivesInTheOpenInbox() throws Exception {
        InboxView inbox = navigate(InboxView.class);
        var plan = fixture.create("Live inbox visit", "lead@enfield.example", Theme.THRESHOLDS);
        var dan = DemoActors.actor(signIn, "police@enfield.example");
        comments.add(DemoActors.actor(signIn, "lead@enfield.example"),
                Change.recommendation(plan.recommendation().requireId().value()), "Dan, can you check the data?",
                Set.of(dan.memberId()));
        awaitLive(() -> text(inbox).contains("Helen Brooks mentioned you in a comment: \u201cDan, can you check"));
    }

    @Test
    @WithMember("lead@enfield.example")
    void anActionAddedForTheLeadAppearsInTheirOpenActions() throws Exception {
        var plan = fixture.create("Live actions visit", "lead@enfield.example", Theme.THRESHOLDS);
        MyActionsView mine = navigate(MyActionsView.class);
        int before = later(mine);
        actions.add(fixture.admin(), plan.recommendation().requireId(), new SaveActionCommand(
                "Refresh the threshold guidance", plan.action().leadOfficer(), Set.of(), org.lscp.workspace.domain.shared.London.today(clock).plusDays(40),
                ActionStatus.NOT_STARTED));
        awaitLive(() -> later(mine) == before + 1);
    }

    @Test
    @WithMember("admin@enfield.example")
    void progressRecordedByTheLeadAppearsOnTheOpenRecommendation() throws Exception {
        var plan = fixture.create("Live recommendation visit", "lead@enfield.example", Theme.THRESHOLDS);
        RecommendationView page = navigate("plan/recommendations/" + plan.recommendation().requireId().value(),
                RecommendationView.class);
        actions.recordProgress(DemoActors.actor(signIn, "lead@enfield.example"), plan.action().requireId(),
                plan.action().version(), new RecordProgressCommand("Twelve cases re-audited so far",
                        ActionStatus.ON_TRACK));
        awaitLive(() -> text(page).contains("Twelve cases re-audited so far"));
    }

    @Test
    @WithMember("health@enfield.example")
    void theOtherAgencysResponseAppearsOnTheRaisersOpenEscalation() throws Exception {
        var health = DemoActors.actor(signIn, "health@enfield.example");
        Contact contact = recording.record(health, new RecordContactCommand(clock.instant().minusSeconds(3_600),
                "Nurse Ali", Channel.PHONE, "LIVE-" + System.nanoTime(), "Test Child", LocalDate.of(2014, 4, 4),
                Gender.FEMALE, Ethnicity.WBRI, Set.of(ConcernCategory.SEXUAL_ABUSE), true, "Disclosed at clinic",
                ConsentBasis.NOT_SOUGHT_RISK_OF_HARM, Rag.AMBER, Set.of()));
        var nfa = deciding.decide(DemoActors.actor(signIn, "mash.manager@enfield.example"), contact.requireId(),
                contact.version(), new RecordDecisionCommand(ThresholdLevel.NO_FURTHER_ACTION, "Not met", "", null,
                        false, Set.of()));
        Escalation e = escalations.raise(health, new RaiseEscalationCommand(nfa.id(), null, null,
                "NFA on a disclosure", "Strategy discussion", false, null, Set.of()));
        EscalationPage page = navigate("escalation/" + e.requireId(), EscalationPage.class);
        escalations.respond(DemoActors.actor(signIn, "mash@enfield.example"), e.requireId(), e.version(), false,
                "The threshold was not met on what we hold.");
        awaitLive(() -> text(page).contains("The threshold was not met on what we hold."));
    }

    /** The number in the "Later (n)" heading. */
    private static int later(MyActionsView view) {
        var m = java.util.regex.Pattern.compile("Later \\((\\d+)\\)").matcher(text(view));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
