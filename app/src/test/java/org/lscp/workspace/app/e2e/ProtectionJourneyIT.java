package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.ProtectionTimescales;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.RecordContactCommand;
import org.lscp.workspace.domain.frontdoor.port.in.RecordContactUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.StrategyDiscussionUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.partnership.port.out.BankHolidayRepository;
import org.lscp.workspace.domain.shared.London;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After the front door: a MASH manager decides strategy discussion on a school's contact about a disclosure and
 * records the discussion with the police and health invited; the police record that they took part, health does not,
 * so "Police or health not present" shows; the outcome is a joint section 47 enquiry; the conference is set for the
 * 16th working day, so "Conference late" shows; the board chair's "ICPCs within 15 working days" changes on the open
 * dashboard without a reload. Real Chromium, axe on every page and dialog visited.
 */
// no demo contacts: the board's figures are this journey's alone
@org.springframework.test.context.TestPropertySource(properties = "workspace.demo-contacts=0")
class ProtectionJourneyIT extends BrowserJourney {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String ICPC_TILE = ".tile:has(h3:text-is(\"ICPCs within 15 working days\")) .tile-value";
    @Autowired RecordContactUseCase recording;
    @Autowired StrategyDiscussionUseCase discussions;
    @Autowired SignInUseCase signIn;
    @Autowired BankHolidayRepository holidays;
    @Autowired java.time.Clock clock;

    private static void save(Page page) {
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void aDiscussionWithoutHealthAndALateConferenceAreFlaggedAndTheBoardSeesIt() {
        Contact contact = recording.record(DemoActors.actor(signIn, "school@enfield.example"),
                new RecordContactCommand(clock.instant().minusSeconds(3_600), "Ms Rivers, class teacher", Channel.PHONE,
                        "E2E-" + System.nanoTime(), "Leyla Test", LocalDate.of(2016, 4, 2), Gender.FEMALE,
                        Ethnicity.WBRI, Set.of(ConcernCategory.PHYSICAL_ABUSE), true,
                        "Leyla told her teacher her stepfather hit her with a belt.", ConsentBasis.NOT_SOUGHT_RISK_OF_HARM,
                        Rag.RED, Set.of()));
        String contactUrl = url("contact/" + contact.requireId().value());

        Page chair = browser.signIn(base(), "chair@enfield.example");
        chair.navigate(url("board"));
        assertThat(chair.locator(ICPC_TILE)).hasText("no data");
        Browser.assertAccessible(chair, "board dashboard, before");

        Page manager = browser.signIn(base(), "mash.manager@enfield.example");
        manager.navigate(contactUrl);
        button(manager, "Record decision").click();
        Locator dialog = manager.getByRole(AriaRole.DIALOG);
        Browser.choose(manager, dialog, "Threshold level", "Strategy discussion (s47)");
        dialog.getByLabel("Rationale").fill("Disclosure of physical abuse with a belt: strategy discussion today.");
        dialog.getByLabel("A child protection medical was considered").check();
        save(manager);
        assertThat(manager.getByText("The decision calls for a strategy discussion")).isVisible();
        Browser.assertAccessible(manager, "contact decided at strategy discussion");

        button(manager, "Record the strategy discussion").click();
        assertThat(manager.getByRole(AriaRole.DIALOG)).containsText("The police and health agencies are always invited");
        Browser.assertAccessible(manager, "record the strategy discussion");
        save(manager);
        assertThat(manager.locator(".strategy-discussion")).containsText("Metropolitan Police - North Area");
        assertThat(manager.locator(".strategy-discussion")).containsText("North Middlesex University Hospital");
        assertThat(manager.getByText("Police or health not present").first()).isVisible();

        Page police = browser.signIn(base(), "police@enfield.example");
        police.navigate(contactUrl);
        button(police, "Record Metropolitan Police - North Area's part in the strategy discussion").click();
        Browser.assertAccessible(police, "the police record their part");
        police.getByRole(AriaRole.DIALOG).getByLabel("Yes", new Locator.GetByLabelOptions().setExact(true)).check();
        police.getByRole(AriaRole.DIALOG).getByLabel("What your agency shared")
                .fill("Two domestic abuse call-outs to the address this year.");
        save(police);
        assertThat(police.locator(".strategy-discussion")).containsText("Took part");
        Browser.assertAccessible(police, "contact page (police, invited)");
        police.context().close();

        manager.reload();
        assertThat(manager.locator(".strategy-discussion")).containsText("Two domestic abuse call-outs");
        // health has not taken part
        assertThat(manager.getByText("Police or health not present").first()).isVisible();
        button(manager, "Record the outcome").click();
        dialog = manager.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(dialog.locator(".error-summary")).containsText("There is a problem");
        Browser.assertAccessible(manager, "the outcome, with errors");
        dialog.getByLabel("Joint section 47 enquiry with the police").check();
        dialog.getByLabel("Rationale").fill("Reasonable cause to suspect significant harm; police to investigate.");
        dialog.getByLabel("Yes", new Locator.GetByLabelOptions().setExact(true)).check();
        LocalDate today = London.today(clock);
        dialog.getByLabel("Medical arranged for").fill(DAY.format(today));
        // Enter takes the date and saves the dialog, as it does everywhere in a dialog
        dialog.getByLabel("Medical arranged for").press("Enter");
        assertThat(manager.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(manager.locator(".strategy-discussion")).containsText("Joint section 47 enquiry with the police");

        var actor = DemoActors.actor(signIn, "mash.manager@enfield.example");
        var held = discussions.forContact(actor, contact.requireId()).orElseThrow();
        LocalDate due = ProtectionTimescales.DEFAULTS.conferenceDue(held.heldAt(),
                holidays.calendar(actor.partnershipId())).atZone(London.ZONE).toLocalDate();
        LocalDate sixteenth = holidays.calendar(actor.partnershipId()).addWorkingDays(due, 1);
        button(manager, "Record the conference").click();
        dialog = manager.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Due by");
        Browser.assertAccessible(manager, "record the conference");
        dialog.getByLabel("Initial child protection conference").fill(DAY.format(sixteenth));
        dialog.getByLabel("Initial child protection conference").press("Enter");
        assertThat(manager.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(manager.getByText("Conference late").first()).isVisible();
        assertThat(manager.locator(".strategy-discussion")).containsText("(late: due by");
        Browser.assertAccessible(manager, "contact with the discussion and its flags");
        manager.locator(".strategy-discussion h2").scrollIntoViewIfNeeded();
        Browser.screenshot(manager, "strategy-discussion-1366x768");
        manager.setViewportSize(390, 844);
        manager.locator(".strategy-discussion h2").scrollIntoViewIfNeeded();
        Browser.screenshot(manager, "strategy-discussion-390x844");

        // the open dashboard, without a reload
        assertThat(chair.locator(ICPC_TILE)).hasText("0%");
        assertThat(chair.locator(".tile:has(h3:text-is(\"Strategy discussions health took part in\"))"))
                .containsText("0 of 1");
        Browser.assertAccessible(chair, "board dashboard, after");
        chair.getByText("After the front door: strategy discussions and conferences").scrollIntoViewIfNeeded();
        Browser.screenshot(chair, "board-after-the-front-door-1366x768");
        chair.setViewportSize(390, 844);
        chair.getByText("After the front door: strategy discussions and conferences").scrollIntoViewIfNeeded();
        Browser.screenshot(chair, "board-after-the-front-door-390x844");
        manager.context().close();
        chair.context().close();
    }
}
