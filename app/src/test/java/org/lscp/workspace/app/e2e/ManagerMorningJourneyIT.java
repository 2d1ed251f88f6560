package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
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
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.app.DemoActors;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A MASH manager's morning, on the demo data: the flags first (a disclosure flagged minutes ago at the top, opened
 * with one keystroke, resolved, and back to the same filtered flags), then the decisions awaiting oversight, then
 * the queue, whose search survives opening a contact and coming Back. Real Chromium, axe on every page visited.
 */
class ManagerMorningJourneyIT extends BrowserJourney {
    @Autowired DecideUseCase deciding;
    @Autowired RecordContactUseCase recording;
    @Autowired SignInUseCase signIn;
    @Autowired Clock clock;

    @Test
    void flagsFirstThenOversightThenTheQueue() {
        // last month children's social care recorded a contact about Maya, with her case-system id
        String name = "Maya Stone-" + Long.toString(System.nanoTime(), 36);
        Contact known = recording.record(DemoActors.actor(signIn, "mash@enfield.example"), new RecordContactCommand(
                clock.instant().minusSeconds(86_400L * 30), "Duty social worker", Channel.PHONE, "CS-" + System.nanoTime(),
                name, LocalDate.of(2015, 4, 4), Gender.FEMALE, Ethnicity.WBRI, Set.of(ConcernCategory.NEGLECT), false,
                "Home conditions poor.", ConsentBasis.CONSENT_GIVEN, Rag.GREEN, Set.of()));
        // overnight: the police, who do not know her id, reported a disclosure; the second manager decided early help (below a strategy
        // discussion), which raises a flag
        Contact c = recording.record(DemoActors.actor(signIn, "police@enfield.example"), new RecordContactCommand(
                clock.instant().minusSeconds(300), "PC Jo Bell", Channel.PHONE, null, name,
                LocalDate.of(2015, 4, 4), Gender.FEMALE, Ethnicity.WBRI, Set.of(ConcernCategory.SEXUAL_ABUSE), true,
                "Maya told a teacher about an adult at home.", ConsentBasis.NOT_SOUGHT_RISK_OF_HARM, Rag.RED,
                Set.of()));
        deciding.decide(DemoActors.actor(signIn, "mash.manager2@enfield.example"), c.requireId(), 0,
                new RecordDecisionCommand(ThresholdLevel.EARLY_HELP, "Family engaging.", "", null, false, Set.of()));

        Page manager = browser.signIn(base(), "mash.manager@enfield.example");
        manager.setViewportSize(1366, 768);
        manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Flags")).first().click();
        manager.waitForURL("**/flags");
        Locator grid = manager.locator("vaadin-grid");
        Locator firstRow = grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(c.reference())).first();
        assertThat(firstRow).isVisible();
        assertThat(manager.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Open flags by kind")))
                .containsText("Disclosure not progressed");
        assertThat(manager.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isFocused();
        Browser.assertAccessible(manager, "flags queue (demo data)");
        Browser.screenshot(manager, "flags-queue");

        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disclosure not progressed"))
                .first().click();
        manager.waitForURL("**/flags?type=disclosure_not_progressed");
        // the top row is the newest disclosure: focus its child cell and press Enter once
        grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("M. S.")).first()
                .click();
        manager.keyboard().press("Enter");
        manager.waitForURL("**/contact/" + c.requireId().value() + "?back=**");
        assertThat(manager.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Contact " + c.reference());
        Browser.assertAccessible(manager, "contact opened from the flags");
        // the MASH matches the child: the police did not know her id
        Locator possibly = manager.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Possibly the same child"));
        assertThat(possibly).isVisible();
        possibly.scrollIntoViewIfNeeded();
        Browser.screenshot(manager, "child-match");
        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Same child as contact "
                + known.reference()).setExact(true)).click();
        assertThat(manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                known.child().caseSystemId() + " (all contacts about this child)"))).isVisible();
        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resolve flag Disclosure not "
                + "progressed")).click();
        Locator dialog = manager.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Reason").fill("Strategy discussion held by phone with the police at 08:30; recorded.");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        manager.waitForURL("**/flags?type=disclosure_not_progressed");
        assertThat(grid).not().containsText(c.reference());

        manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Awaiting oversight")).first().click();
        manager.waitForURL("**/oversight");
        assertThat(grid).containsText(c.reference());
        assertThat(grid).containsText("Priya Nair");
        Browser.assertAccessible(manager, "decisions awaiting oversight");
        Browser.screenshot(manager, "oversight");

        // a bookmarked address: every contact, decided ones included
        manager.navigate(url("contacts?status=all"));
        manager.getByLabel("Find").fill(c.reference());
        manager.waitForURL("**/contacts?q=" + c.reference() + "&status=all");
        // the address is the list: opened again from it (a bookmark, a shared link), the search is still there
        String address = manager.url();
        manager.navigate(url("flags"));
        manager.navigate(address);
        assertThat(manager.getByLabel("Find")).hasValue(c.reference());
        Browser.assertAccessible(manager, "queue opened from its address");

        manager.getByLabel("Find").fill("");
        manager.waitForURL("**/contacts?status=all");
        manager.setViewportSize(390, 844);
        // on a phone the rows become cards: reference, RAG and time left over the child and where it came from
        assertThat(manager.locator(".list-card").first()).isVisible();
        assertThat(manager.locator("vaadin-grid")).not().containsText("Decision due");
        Browser.screenshot(manager, "queue-phone");
        Browser.assertAccessible(manager, "queue on a phone");
        assertThat(manager.viewportSize().width).isEqualTo(390);
        manager.context().close();
    }
}
