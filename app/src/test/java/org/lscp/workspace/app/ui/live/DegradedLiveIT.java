package org.lscp.workspace.app.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.app.ui.HomeView;
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
import org.lscp.workspace.domain.live.model.Change;
import org.lscp.workspace.domain.live.port.in.LiveChanges;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** An instance configured for Redis that cannot reach it: it says so, keeps working, and loses nothing. */
@WorkspaceTest
@TestPropertySource(properties = "workspace.live.redis-url=redis://127.0.0.1:1")
class DegradedLiveIT extends SpringBrowserlessTest {
    @Autowired LiveChanges live;
    @Autowired FrontDoorUseCase frontDoor;
    @Autowired FrontDoorQuery query;
    @Autowired SignInUseCase signIn;

    @Test
    @WithMember("police@enfield.example")
    void theTopBarSaysLiveUpdatesAreDegradedAndThisInstanceStillWorksAndUpdatesItself() throws Exception {
        navigate(HomeView.class);
        assertThat($(Span.class).withClassName("live-degraded").single().getText())
                .isEqualTo("Live updates are degraded: changes made on other servers show when you reload.");

        var police = DemoActors.actor(signIn, "police@enfield.example");
        List<Change> heard = new CopyOnWriteArrayList<>();
        try (var listening = live.listen(police, heard::add)) {
            Contact saved = frontDoor.record(police, new RecordContactCommand(Instant.now().minusSeconds(60),
                    "PC Jo Bell", Channel.PHONE, "DEG-" + System.nanoTime(), "Ola Test", LocalDate.of(2015, 1, 1),
                    Gender.FEMALE, Ethnicity.WBRI, Set.of(ConcernCategory.NEGLECT), false, "Found alone.",
                    ConsentBasis.CONSENT_GIVEN, Rag.GREEN, Set.of()));
            assertThat(query.open(police, saved.requireId()).contact().reference()).isEqualTo(saved.reference());
            assertThat(heard).as("this instance's own open views still update")
                    .contains(new Change(saved.partnershipId(), Change.contact(saved.requireId().value())));
        }
    }
}
