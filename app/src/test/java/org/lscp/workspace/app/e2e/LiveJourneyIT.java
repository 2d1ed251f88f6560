package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.RecordContactCommand;
import org.lscp.workspace.domain.frontdoor.port.in.RecordContactUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two members at once, one app instance: the police practitioner has their contact open; the MASH manager, in
 * another browser, opens it (each sees the other is looking) and records the decision; the practitioner's page
 * shows it within two seconds without a reload, and shows when the manager has left.
 * Real Chromium, axe scan on every page visited.
 */
class LiveJourneyIT extends BrowserJourney {
    @Autowired RecordContactUseCase recording;
    @Autowired java.time.Clock clock;
    @Autowired SignInUseCase signIn;

    @Test
    void aDecisionRecordedInOneBrowserAppearsOnTheOtherWithinTwoSeconds() {
        Page manager = browser.signIn(base(), "mash.manager@enfield.example");
        manager.navigate(base() + "/contacts");
        // the queue holds the demo contacts, most urgent first: find this child, wherever their contact would sort
        manager.getByLabel("Find").fill("Maya Test");
        assertThat(manager.getByText("No contacts match.")).isVisible();
        Contact contact = recording.record(DemoActors.actor(signIn, "police@enfield.example"), new RecordContactCommand(
                clock.instant().minusSeconds(1_800), "PC Jo Bell", Channel.PHONE, "LIVE-" + System.nanoTime(),
                "Maya Test", LocalDate.of(2014, 2, 2), Gender.FEMALE, Ethnicity.WBRI, Set.of(ConcernCategory.NEGLECT),
                false, "Maya was found alone at home late at night.", ConsentBasis.CONSENT_GIVEN, Rag.AMBER,
                Set.of()));
        String contactUrl = base() + "/contact/" + contact.requireId().value();
        // a contact recorded elsewhere joins the manager's open queue without a reload
        // (the grid may keep a hidden copy of a row it re-rendered: the visible one is the one in the queue)
        assertThat(manager.getByText(contact.reference()).filter(new Locator.FilterOptions().setVisible(true)).first())
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(2_000));
        Browser.assertAccessible(manager, "contacts queue, updated live");

        Page police = browser.signIn(base(), "police@enfield.example");
        police.navigate(contactUrl);
        assertThat(police.getByText("No decision yet.")).isVisible();
        Browser.assertAccessible(police, "contact page (police, before)");

        manager.navigate(contactUrl);
        assertThat(police.getByText("Also looking at this contact now: Sam Okafor"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(2_000));
        assertThat(manager.getByText("Also looking at this contact now: Dan Price")).isVisible();
        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")).click();
        Locator dialog = manager.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Threshold level"))
                .fill("Early help");
        manager.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Early help").setExact(true)).click();
        dialog.getByLabel("Rationale").fill("Family agrees to early help; no disclosure.");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(manager.getByRole(AriaRole.DIALOG)).hasCount(0);
        Browser.assertAccessible(manager, "contact page (manager, decided)");

        assertThat(police.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Early help")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(2_000));
        assertThat(police.getByText("This contact has just been updated.")).isVisible();
        // the decision on the contact the practitioner recorded is a notification too
        assertThat(police.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notifications, 1 unread")))
                .isVisible();
        Browser.assertAccessible(police, "contact page (police, updated live)");
        Browser.screenshot(police, "contact-live");

        manager.getByLabel("Add a comment").fill("Dan, can the school nurse visit this week? See https://example.org/plan");
        manager.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Mention")).fill("Dan Price");
        manager.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Dan Price")).click();
        manager.keyboard().press("Escape");
        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        assertThat(manager.getByText("Mentioned: Dan Price")).isVisible();
        Browser.assertAccessible(manager, "contact page with a comment");

        assertThat(police.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notifications, 2 unread")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(2_000));
        assertThat(police.getByText("Dan, can the school nurse visit this week?")).isVisible();
        police.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notifications, 2 unread")).click();
        police.waitForURL("**/inbox");
        assertThat(police.getByText("Sam Okafor mentioned you in a comment")).isVisible();
        assertThat(police.getByText("Sam Okafor decided on contact " + contact.reference()
                + ", which you recorded: Early help.")).isVisible();
        Browser.assertAccessible(police, "notifications");
        Browser.screenshot(police, "notifications");
        police.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all as read")).click();
        assertThat(police.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notifications, none unread")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(2_000));
        police.navigate(contactUrl);
        manager.context().close();
        assertThat(police.getByText("Also looking at this contact now: Sam Okafor"))
                .isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(3_000));
        police.context().close();
    }
}
