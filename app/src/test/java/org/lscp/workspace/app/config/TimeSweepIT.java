package org.lscp.workspace.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.PlanFixture;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.domain.frontdoor.port.in.FlagsUseCase;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.notice.model.Notice;
import org.lscp.workspace.domain.notice.port.in.Notices;
import org.lscp.workspace.domain.notice.port.in.Reminders;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.SaveActionCommand;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.plan.port.in.ManageActionsUseCase;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;

@WorkspaceTest
class TimeSweepIT {
    @Autowired FlagsUseCase flagging;
    @Autowired java.time.Clock clock;
    @Autowired List<Reminders> reminders;
    @Autowired PartnershipRepository partnerships;
    @Autowired PlanFixture fixture;
    @Autowired ManageActionsUseCase actions;
    @Autowired Notices notices;
    @Autowired SignInUseCase signIn;

    @Test
    void theSweepRemindsEachFeaturesDeadlinesOnceHoweverOftenItRuns() {
        assertThat(reminders).as("decisions, escalation stages, actions, data returns").hasSize(4);
        var plan = fixture.create("Sweep visit", "lead@enfield.example", Theme.THRESHOLDS);
        var tomorrow = actions.add(fixture.admin(), plan.recommendation().requireId(), new SaveActionCommand(
                "Brief the front door on the sweep", plan.action().leadOfficer(), Set.of(),
                London.today(clock).plusDays(1), ActionStatus.ON_TRACK));
        var lead = DemoActors.actor(signIn, "lead@enfield.example");
        String subject = Change.action(plan.recommendation().requireId().value(), tomorrow.requireId().value());

        TimeSweep sweep = new TimeSweep(flagging, reminders, partnerships);
        sweep.sweep();
        List<Notice> inbox = notices.inbox(lead, PageRequest.first(PageRequest.MAX_LIMIT));
        assertThat(inbox).filteredOn(n -> n.subject().equals(subject)).singleElement()
                .satisfies(n -> assertThat(n.text()).startsWith("Action \u201cBrief the front door on the sweep\u201d "
                        + "is due on"));
        assertThat(inbox).noneMatch(n -> n.subject().equals(Change.action(plan.recommendation().requireId().value(),
                plan.action().requireId().value())));
        long unread = notices.unread(lead);

        sweep.sweep();
        assertThat(notices.unread(lead)).isEqualTo(unread);
    }

    @Test
    void oneFeatureFailingStopsNeitherTheOthersNorTheOtherPartnerships() {
        List<Object> swept = new java.util.concurrent.CopyOnWriteArrayList<>();
        Reminders failing = partnership -> {
            throw new IllegalStateException("a reminder that cannot be worked out");
        };
        Reminders counting = partnership -> {
            swept.add(partnership);
            return 0;
        };
        new TimeSweep(flagging, List.of(failing, counting), partnerships).sweep();
        assertThat(swept).containsExactlyElementsOf(partnerships.ids());
    }
}
