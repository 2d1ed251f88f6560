package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.config.DemoData;

/**
 * A police practitioner submits a contact with a sexual-abuse disclosure; a MASH manager decides EARLY_HELP;
 * DISCLOSURE_NOT_PROGRESSED appears in the flags queue; the manager revises to STRATEGY_DISCUSSION and the flag
 * is resolved. Real Chromium, axe scan on every page visited.
 */
// no demo contacts: the flags queue must show exactly what this journey raised and cleared
@org.springframework.test.context.TestPropertySource(properties = "workspace.demo-contacts=0")
class FrontDoorJourneyIT extends BrowserJourney {

    @Test
    void aDisclosureDecidedAsEarlyHelpIsFlaggedUntilTheManagerRevisesIt() {
        String child = "E2E-" + System.nanoTime();
        Page police = browser.signIn(base(), "police@enfield.example");
        police.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a contact")).first().click();
        police.waitForURL("**/contacts/new");
        Browser.assertAccessible(police, "record a contact");
        Locator form = police.locator("vaadin-vertical-layout.view");
        form.getByLabel("Referrer (name and role)").fill("PC Jo Bell, Safeguarding Hub");
        Browser.choose(police, form, "How it came in", "Phone");
        form.getByLabel("Child's case-system id").fill(child);
        form.getByLabel("Child's name").fill("Amira Test");
        // a date of birth and a time that cannot be read are refused, not saved as blank or as another time
        form.getByLabel("Date of birth").fill("31/02/2020");
        form.getByLabel("Date of birth").press("Enter");
        Locator time = form.locator("vaadin-date-time-picker vaadin-time-picker input");
        String typedTime = time.inputValue();
        time.fill("25:99");
        time.press("Enter");
        org.assertj.core.api.Assertions.assertThat(time.inputValue()).as("not carried over to 02:39").isEqualTo("25:99");
        police.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit contact")).click();
        Locator summary = police.locator(".error-summary");
        assertThat(summary).containsText("There is a problem");
        assertThat(summary).containsText("Enter the date of birth as a real date");
        assertThat(summary).containsText("24-hour time");
        assertThat(summary).isFocused();
        Browser.assertAccessible(police, "record a contact, with errors");
        time.fill(typedTime);
        time.press("Enter");
        form.getByLabel("Date of birth").fill("01/05/2015");
        form.getByLabel("Date of birth").press("Enter");
        Browser.choose(police, form, "Gender", "Female");
        Browser.choose(police, form, "Ethnicity", "WBRI – White British");
        Browser.choose(police, form, "Concerns", "Sexual abuse");
        police.keyboard().press("Escape");
        form.getByLabel("The child disclosed harm").check();
        form.getByLabel("Summary of the concern").fill("Amira told her teacher that an adult at home touched her.");
        Browser.choose(police, form, "Basis for sharing information", "Not sought: seeking it would place the child at risk");
        form.getByLabel("Red").check();
        Browser.screenshot(police, "record-contact");
        police.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit contact")).click();
        police.waitForURL("**/contact/**");
        assertThat(police.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("C-");
        Browser.assertAccessible(police, "contact page (police)");
        String contactUrl = police.url();
        police.context().close();

        Page manager = browser.signIn(base(), "mash.manager@enfield.example");
        manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contacts")).first().click();
        manager.waitForURL("**/contacts");
        assertThat(manager.locator("vaadin-grid")).containsText("Amira Test");
        assertThat(manager.locator("vaadin-grid")).containsText("Red");
        Browser.assertAccessible(manager, "contacts queue");
        Browser.screenshot(manager, "contacts-queue");
        // the reference is a link drawn by the browser: the router follows it and the contact remembers the list
        Locator first = manager.locator("vaadin-grid a[router-link]").first();
        String reference = first.innerText();
        first.click();
        manager.waitForURL("**/contact/*?back=**");
        assertThat(manager.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Contact " + reference);
        manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to contacts")).click();
        manager.waitForURL("**/contacts");

        manager.navigate(contactUrl);
        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")).click();
        Locator dialog = manager.getByRole(AriaRole.DIALOG);
        Browser.choose(manager, dialog, "Threshold level", "Early help");
        dialog.getByLabel("Rationale").fill("Family engaging; early help offered.");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(manager.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(manager.getByText("Disclosure not progressed").first()).isVisible();
        Browser.assertAccessible(manager, "contact with flag");

        manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Flags")).first().click();
        manager.waitForURL("**/flags");
        assertThat(manager.locator("vaadin-grid")).containsText("Disclosure not progressed");
        Browser.assertAccessible(manager, "flags queue");
        Browser.screenshot(manager, "flags");

        manager.navigate(contactUrl);
        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revise decision")).click();
        dialog = manager.getByRole(AriaRole.DIALOG);
        Browser.choose(manager, dialog, "Threshold level", "Strategy discussion (s47)");
        dialog.getByLabel("Rationale").fill("Disclosure of sexual abuse: strategy discussion today.");
        dialog.getByLabel("A child protection medical was considered").check();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(manager.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(manager.getByText("Cleared: the rule no longer applies.").first()).isVisible();
        assertThat(manager.getByText("Earlier decisions (superseded)")).isVisible();
        Browser.assertAccessible(manager, "contact after revision");
        Browser.screenshot(manager, "contact");

        manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Flags")).first().click();
        manager.waitForURL("**/flags");
        assertThat(manager.locator("vaadin-grid")).not().containsText("Disclosure not progressed");
        manager.context().close();
    }
}
