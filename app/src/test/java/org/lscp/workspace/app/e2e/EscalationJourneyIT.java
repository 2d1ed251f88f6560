package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
import org.lscp.workspace.domain.frontdoor.model.RecordDecisionCommand;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.frontdoor.port.in.DecideUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.RecordContactUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A health practitioner escalates a "no further action" decision; the MASH's stage-1 response maintains it; the
 * practitioner escalates to stage 2; the MASH manager changes the decision to a child in need assessment and the
 * escalation is resolved DECISION_CHANGED; the contact's decision history links to the escalation both ways.
 * Real Chromium, axe scan on every page visited.
 */
class EscalationJourneyIT extends BrowserJourney {
    @Autowired DecideUseCase deciding;
    @Autowired RecordContactUseCase recording;
    @Autowired java.time.Clock clock;
    @Autowired SignInUseCase signIn;

    private static void save(Page page) {
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
    }

    @Test
    void aHealthPractitionerEscalatesAnNfaAndTheManagerChangesTheDecision() {
        Contact contact = recording.record(DemoActors.actor(signIn, "health@enfield.example"), new RecordContactCommand(
                clock.instant().minusSeconds(7_200), "Nadia Ali, paediatric nurse", Channel.PHONE,
                "E2E-ESC-" + System.nanoTime(), "Leo Test", LocalDate.of(2013, 9, 9), Gender.MALE, Ethnicity.WIRI,
                Set.of(ConcernCategory.PHYSICAL_ABUSE), true, "Leo said his stepfather hit him with a belt.",
                ConsentBasis.NOT_SOUGHT_RISK_OF_HARM, Rag.AMBER, Set.of()));
        deciding.decide(DemoActors.actor(signIn, "mash.manager@enfield.example"), contact.requireId(),
                contact.version(), new RecordDecisionCommand(ThresholdLevel.NO_FURTHER_ACTION,
                        "Parents report an accident; no previous concerns.", "", null, false, Set.of()));
        String contactUrl = base() + "/contact/" + contact.requireId().value();

        Page health = browser.signIn(base(), "health@enfield.example");
        health.navigate(contactUrl);
        health.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Escalate this decision")).click();
        health.waitForURL("**/escalations/raise/**");
        Browser.assertAccessible(health, "raise an escalation");
        // the board chair reads what is disputed: naming the child is challenged, and the practitioner removes it
        health.getByLabel("What is disputed").fill("Leo disclosed being hit with a belt; the contact was closed "
                + "with no further action and no strategy discussion.");
        health.getByLabel("The outcome you seek").fill("A strategy discussion, or at least an assessment.");
        health.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise escalation")).click();
        assertThat(health.getByText("This seems to identify a child").first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(health.url()).contains("/escalations/raise/");
        health.getByLabel("What is disputed").fill("The child disclosed being hit with a belt; the contact was "
                + "closed with no further action and no strategy discussion.");
        Browser.screenshot(health, "raise-escalation");
        health.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise escalation")).click();
        health.waitForURL("**/escalation/**");
        assertThat(health.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Escalation E-");
        assertThat(health.getByText("Stage 1 · Practitioners: current since")).isVisible();
        Browser.assertAccessible(health, "escalation page (raised)");
        String escalationUrl = health.url();
        health.context().close();

        Page mash = browser.signIn(base(), "mash@enfield.example");
        mash.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Escalations")).first().click();
        mash.waitForURL("**/escalations");
        mash.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Raised with us")).check();
        assertThat(mash.locator("vaadin-grid")).containsText("Decision on " + contact.reference());
        Browser.assertAccessible(mash, "escalations list");
        Browser.screenshot(mash, "escalations");
        mash.navigate(escalationUrl);
        mash.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Respond")).click();
        mash.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions()
                .setName("We maintain our decision (the raising agency may escalate)")).check();
        mash.getByRole(AriaRole.DIALOG).getByLabel("Response").fill("The parents' account was consistent; NFA stands.");
        Browser.assertAccessible(mash, "respond dialog");
        save(mash);
        assertThat(mash.getByText("maintains its decision")).isVisible();
        mash.context().close();

        health = browser.signIn(base(), "health@enfield.example");
        health.navigate(escalationUrl);
        health.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Escalate to stage 2")).click();
        health.getByRole(AriaRole.DIALOG).getByLabel("Why it needs line managers")
                .fill("A belt injury disclosed by the child needs a strategy discussion.");
        save(health);
        assertThat(health.getByText("Stage 2 · Line managers: current since")).isVisible();
        Browser.assertAccessible(health, "escalation page (stage 2)");
        health.context().close();

        Page manager = browser.signIn(base(), "mash.manager@enfield.example");
        manager.navigate(escalationUrl);
        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resolve")).click();
        Locator dialog = manager.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Decision changed")).check();
        Browser.assertAccessible(manager, "resolve dialog");
        dialog.getByLabel("Learning", new Locator.GetByLabelOptions().setExact(true)).fill("Disclosures of physical harm are not closed without a health view.");
        Browser.choose(manager, dialog, "Threshold level", "Child in need assessment (s17)");
        dialog.getByLabel("Rationale").fill("Revised on escalation: the disclosure and the injury meet the threshold.");
        save(manager);
        assertThat(manager.locator(".badges")).containsText("Decision changed");
        Browser.assertAccessible(manager, "escalation page (resolved)");
        Browser.screenshot(manager, "escalation");

        manager.navigate(contactUrl);
        assertThat(manager.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Child in need assessment (s17)")))
                .isVisible();
        assertThat(manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Made on resolving escalation E-")))
                .isVisible();
        assertThat(manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Disputed in escalation E-")))
                .isVisible();
        Browser.assertAccessible(manager, "contact with the changed decision");
        manager.context().close();

        Page admin = browser.signIn(base(), "admin@enfield.example");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Timescales")).first().click();
        admin.waitForURL("**/admin/settings");
        Browser.assertAccessible(admin, "timescales");
        Browser.screenshot(admin, "timescales");
        admin.context().close();
    }
}
