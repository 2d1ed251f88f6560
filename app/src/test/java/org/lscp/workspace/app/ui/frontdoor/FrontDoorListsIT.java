package org.lscp.workspace.app.ui.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.app.ui.AccessDeniedView;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactFilter;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.FlagRow;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.RecordContactCommand;
import org.lscp.workspace.domain.frontdoor.model.RecordDecisionCommand;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorQuery;
import org.lscp.workspace.domain.frontdoor.port.in.DecideUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.RecordContactUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;

/** The front door's working lists: flags, decisions awaiting oversight, the queue's address, out-of-hours red. */
@WorkspaceTest
class FrontDoorListsIT extends SpringBrowserlessTest {
    private static final String MANAGER = "mash.manager@enfield.example";
    @Autowired DecideUseCase deciding;
    @Autowired RecordContactUseCase recording;
    @Autowired FrontDoorQuery query;
    @Autowired SignInUseCase signIn;
    @Autowired java.time.Clock clock;

    /** A disclosure of sexual abuse reported by the police, received at {@code at}. */
    private Contact disclosure(Instant at, Rag rag) {
        return recording.record(DemoActors.actor(signIn, "police@enfield.example"), new RecordContactCommand(at,
                "PC Jo Bell", Channel.PHONE, "L-" + System.nanoTime(), "Lena Marsh", LocalDate.of(2014, 3, 3),
                Gender.FEMALE, Ethnicity.WBRI, Set.of(ConcernCategory.SEXUAL_ABUSE), true, "Disclosed to a teacher",
                ConsentBasis.NOT_SOUGHT_RISK_OF_HARM, rag, Set.of()));
    }

    private void decide(Contact c, ThresholdLevel level) {
        deciding.decide(DemoActors.actor(signIn, MANAGER), c.requireId(), 0, new RecordDecisionCommand(level,
                "Discussed with the police", "", null, false, Set.of()));
    }

    /** Navigates to an address with a query, as a link or the Back button would. */
    private <T extends Component> T open(String address, Class<T> view) {
        String[] parts = address.split("\\?", 2);
        com.vaadin.flow.component.UI.getCurrent().navigate(parts[0],
                com.vaadin.flow.router.QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));
        return view.cast(getCurrentView());
    }

    /** The last Saturday 12:47 in London before now: always out of hours. */
    private Instant lastSaturdayLunchtime() {
        LocalDate saturday = LocalDate.now(clock.withZone(London.ZONE)).minusDays(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return saturday.atTime(LocalTime.of(12, 47)).atZone(London.ZONE).toInstant();
    }

    @Test
    @WithMember(MANAGER)
    void aDisclosureFlaggedTodayIsAtTheTopOfTheFlagsWithItsContactChildRagAndDecision() {
        Contact c = disclosure(clock.instant().minusSeconds(60), Rag.RED);
        decide(c, ThresholdLevel.EARLY_HELP);

        FlagsView view = navigate(FlagsView.class);

        FlagRow top = test(view.grid).getRow(0);
        assertThat(top.type()).isEqualTo(FlagType.DISCLOSURE_NOT_PROGRESSED);
        assertThat(top.reference()).isEqualTo(c.reference());
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("L. M.");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("Early help, Sam Okafor");
        assertThat(test(view.grid).getCellComponent(0, 1)).isInstanceOfSatisfying(
                com.vaadin.flow.router.RouterLink.class, link -> assertThat(link.getHref())
                        .isEqualTo("contact/" + c.requireId().value() + "?back=flags"));
        assertThat(view.counts.getChildren().map(b -> b.getElement().getTextRecursively()))
                .anySatisfy(text -> assertThat(text).startsWith("Disclosure not progressed "))
                .first().satisfies(text -> assertThat(text).startsWith("All open "));
    }

    @Test
    @WithMember(MANAGER)
    void theFlagsFiltersComeFromTheAddressAndGoBackIntoIt() {
        Contact c = disclosure(clock.instant().minusSeconds(60), Rag.AMBER);
        decide(c, ThresholdLevel.NO_FURTHER_ACTION);

        FlagsView view = open("flags?type=disclosure_not_progressed&age=today&from=bogus", FlagsView.class);

        assertThat(view.type.getValue()).isEqualTo(FlagType.DISCLOSURE_NOT_PROGRESSED);
        assertThat(view.age.getValue()).isEqualTo(org.lscp.workspace.domain.frontdoor.model.FlagFilter.Age.TODAY);
        assertThat(view.agency.getValue()).as("an unreadable value is ignored").isNull();
        for (int i = 0; i < test(view.grid).size(); i++) {
            assertThat(test(view.grid).getRow(i).type()).isEqualTo(FlagType.DISCLOSURE_NOT_PROGRESSED);
        }
        assertThat(view.address()).hasToString("flags?type=disclosure_not_progressed&age=today");

        view.type.clear();
        assertThat(view.address()).hasToString("flags?age=today");
    }

    @Test
    @WithMember(MANAGER)
    void aContactOpenedFromTheFlagsLeadsBackToThem() {
        Contact c = disclosure(clock.instant().minusSeconds(60), Rag.AMBER);
        decide(c, ThresholdLevel.EARLY_HELP);

        open("contact/" + c.requireId().value() + "?back=flags%3Ftype%3Ddisclosure_not_progressed",
                ContactPage.class);
        assertThat($(Anchor.class).withText("Back to flags").single().getHref())
                .isEqualTo("flags?type=disclosure_not_progressed");

        test($(com.vaadin.flow.component.button.Button.class).withText("Resolve").first()).click();
        var dialog = $(org.lscp.workspace.app.ui.TextDialog.class).single();
        test($(com.vaadin.flow.component.textfield.TextArea.class).from(dialog).single())
                .setValue("Strategy discussion held by phone; recorded.");
        test(dialog.save).click();
        assertThat(getCurrentView()).as("back to the same flags once resolved").isInstanceOfSatisfying(
                FlagsView.class, flags -> assertThat(flags.type.getValue())
                        .isEqualTo(FlagType.DISCLOSURE_NOT_PROGRESSED));

        open("contact/" + c.requireId().value() + "?back=https%3A%2F%2Fev.il", ContactPage.class);
        assertThat($(Anchor.class).withText("Back to contacts").single().getHref()).as("only our own lists")
                .isEqualTo("contacts");
    }

    @Test
    @WithMember(MANAGER)
    void theQueueKeepsItsFiltersInTheAddress() {
        ContactQueueView view = open("contacts?q=Lena&status=all&rag=red&received-from=2026-01-01&flag=nonsense"
                + "&sort=received_oldest", ContactQueueView.class);

        assertThat(view.search.getValue()).isEqualTo("Lena");
        assertThat(view.status.getValue()).isEqualTo(ContactQueueView.Status.ALL);
        assertThat(view.rag.getValue()).isEqualTo(Rag.RED);
        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(view.flag.getValue()).isNull();
        assertThat(view.address()).hasToString("contacts?q=Lena&status=all&rag=red&received-from=2026-01-01"
                + "&sort=received_oldest");
        assertThat(view.grid.getSortOrder()).singleElement().satisfies(o -> {
            assertThat(o.getSorted().getKey()).isEqualTo("received");
            assertThat(o.getDirection()).isEqualTo(com.vaadin.flow.data.provider.SortDirection.ASCENDING);
        });
        view.grid.sort(java.util.List.of());

        view.rag.clear();
        view.status.setValue(ContactQueueView.Status.OPEN);
        assertThat(view.address()).hasToString("contacts?q=Lena&received-from=2026-01-01");
    }

    @Test
    @WithMember(MANAGER)
    void aRedContactOnASaturdayIsTheEmergencyDutyTeamsAndNeverShowsGreen() {
        Instant saturday = lastSaturdayLunchtime();
        Contact c = disclosure(saturday, Rag.RED);
        assertThat(c.deadline()).as("four real hours").isEqualTo(saturday.plusSeconds(4 * 3600));

        assertThat(query.queue(DemoActors.actor(signIn, MANAGER), new ContactFilter(null, null, true, null, null,
                null, c.reference()), PageRequest.first(5))).singleElement()
                .satisfies(r -> assertThat(r.emergencyDuty()).isTrue());

        navigate("contact/" + c.requireId().value(), ContactPage.class);
        assertThat($(Span.class).withText("Out of hours: emergency duty team").exists()).isTrue();
        Span timeLeft = $(Span.class).withTextContaining("Overdue by").first();
        assertThat(timeLeft.getElement().getThemeList()).contains("badge", "error", "primary")
                .doesNotContain("success");
    }

    @Test
    @WithMember(MANAGER)
    void aManagerSeesDecisionsAwaitingOversightAndWhichOfThemNeedAnotherManager() {
        Contact c = disclosure(clock.instant().minusSeconds(60), Rag.AMBER);
        decide(c, ThresholdLevel.STRATEGY_DISCUSSION);

        OversightView view = navigate(OversightView.class);
        int row = -1;
        for (int i = 0; i < test(view.grid).size(); i++) {
            if (test(view.grid).getRow(i).reference().equals(c.reference())) row = i;
        }
        assertThat(row).as("the decision is on the list").isGreaterThanOrEqualTo(0);
        assertThat(test(view.grid).getRow(row).decidedAt()).isAfterOrEqualTo(test(view.grid).getRow(0).decidedAt());
        Component decidedBy = test(view.grid).getCellComponent(row, 4);
        assertThat(decidedBy.getElement().getTextRecursively()).isEqualTo("You Needs another manager");
        assertThat(view.summary.getText()).contains("waiting for oversight");

        open("contact/" + c.requireId().value() + "?back=oversight", ContactPage.class);
        assertThat($(Span.class).withTextContaining("Needs another manager's oversight").exists()).isTrue();
        assertThat($(Anchor.class).withText("Back to decisions awaiting oversight").exists()).isTrue();
    }

    @Test
    @WithMember("mash@enfield.example")
    void theOversightListIsForManagers() {
        navigate("oversight", AccessDeniedView.class);
    }

    @Test
    @WithMember("mash@enfield.example")
    void aMashPractitionerMatchesTheChildOnTheContactPage() {
        String name = "Nina Holt " + Long.toString(System.nanoTime(), 36);
        Contact known = recording.record(DemoActors.actor(signIn, "mash@enfield.example"), new RecordContactCommand(
                clock.instant().minusSeconds(86_400), "Duty worker", Channel.PHONE, "NH-" + System.nanoTime(), name,
                LocalDate.of(2012, 2, 2), Gender.FEMALE, Ethnicity.WBRI, Set.of(ConcernCategory.NEGLECT), false,
                "Neglect", ConsentBasis.CONSENT_GIVEN, Rag.GREEN, Set.of()));
        Contact unknown = recording.record(DemoActors.actor(signIn, "police@enfield.example"), new RecordContactCommand(
                clock.instant().minusSeconds(60), "PC Jo Bell", Channel.PHONE, null, name, LocalDate.of(2012, 2, 2),
                Gender.FEMALE, Ethnicity.WBRI, Set.of(ConcernCategory.NEGLECT), false, "Neglect",
                ConsentBasis.CONSENT_GIVEN, Rag.GREEN, Set.of()));

        navigate("contact/" + unknown.requireId().value(), ContactPage.class);
        assertThat($(com.vaadin.flow.component.html.H3.class).withText("Possibly the same child").exists()).isTrue();
        test($(com.vaadin.flow.component.button.Button.class).withText("Same child").single()).click();

        ContactPage page = $(ContactPage.class).single();
        assertThat(page.view.contact().child().caseSystemId()).isEqualTo(known.child().caseSystemId());
        assertThat($(com.vaadin.flow.component.html.H3.class).withText("Possibly the same child").exists()).isFalse();
        assertThat($(com.vaadin.flow.router.RouterLink.class).withTextContaining("(all contacts about this child)")
                .exists()).isTrue();
    }
}
