package org.lscp.workspace.app.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.lscp.workspace.app.ui.notice.InboxView;
import org.lscp.workspace.app.ui.plan.MyActionsView;
import org.lscp.workspace.domain.comment.port.in.CommentUseCase;
import org.lscp.workspace.domain.live.model.Change;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.SaveActionCommand;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.plan.port.in.ManageActionsUseCase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Open views that others change without the member reloading: the inbox and My actions (the contact page, queue and
 * escalation pages are shown live in the browser journeys).
 */
@WorkspaceTest
class LiveViewsIT extends SpringBrowserlessTest {
    @Autowired SignInUseCase signIn;
    @Autowired CommentUseCase comments;
    @Autowired ManageActionsUseCase actions;
    @Autowired PlanFixture fixture;

    /** Lets pushed updates in (as the browser's next round trip would) until {@code shown} holds, for 2 seconds. */
    private static void awaitLive(Supplier<Boolean> shown) throws InterruptedException {
        long giveUp = System.nanoTime() + 2_000_000_000L;
        while (!shown.get() && System.nanoTime() < giveUp) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip();
        }
        assertThat(shown.get()).as("shown within two seconds").isTrue();
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
                "Refresh the threshold guidance", plan.action().leadOfficer(), Set.of(), LocalDate.now().plusDays(40),
                ActionStatus.NOT_STARTED));
        awaitLive(() -> later(mine) == before + 1);
    }

    /** The number in the "Later (n)" heading. */
    private static int later(MyActionsView view) {
        var m = java.util.regex.Pattern.compile("Later \\((\\d+)\\)").matcher(text(view));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
