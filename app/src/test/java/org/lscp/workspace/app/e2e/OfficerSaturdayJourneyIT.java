package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.London;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A police officer records, by keyboard alone, a child's disclosure of sexual abuse received last Saturday at
 * 12:47. The officer does not know the child's case-system id and leaves it blank; the red contact is the emergency
 * duty team's and is due four real hours later, on the Saturday, not on Monday. Axe on every page visited.
 */
class OfficerSaturdayJourneyIT extends BrowserJourney {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
    @Autowired Clock clock;

    /** Fills a combo box and commits the option with Enter, as a keyboard user does. */
    private static void choose(Locator form, String label, String option) {
        Locator box = form.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName(label));
        box.fill(option);
        box.press("Enter");
    }

    @Test
    void aSaturdayDisclosureRecordedByKeyboardIsUrgentForTheEmergencyDutyTeam() {
        LocalDate saturday = LocalDate.now(clock.withZone(London.ZONE)).minusDays(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        String child = "Leah Moss " + Long.toString(System.nanoTime(), 36);
        Page police = browser.signIn(base(), "police@enfield.example");

        // the first Tab reaches the skip link, which leads past the menu to the page
        assertThat(police.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        police.keyboard().press("Tab");
        Locator skip = police.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to main content"));
        assertThat(skip).isFocused();
        skip.press("Enter");
        assertThat(police.locator("#main-content")).isFocused();
        police.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a contact")).first()
                .press("Enter");
        police.waitForURL("**/contacts/new");
        assertThat(police.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isFocused();
        Browser.assertAccessible(police, "record a contact (keyboard)");

        Locator form = police.locator("vaadin-vertical-layout.view");
        Locator date = form.locator("vaadin-date-time-picker vaadin-date-picker input");
        date.press("Control+A");
        date.pressSequentially(saturday.format(DAY));
        date.press("Enter");
        Locator time = form.locator("vaadin-date-time-picker vaadin-time-picker input");
        time.press("Control+A");
        time.pressSequentially("12:47");
        time.press("Enter");
        form.getByLabel("Referrer (name and role)").pressSequentially("PC Jo Bell, Enfield CID");
        choose(form, "How it came in", "Phone");
        // the officer does not know children's social care's number: the field is optional for the police
        form.getByLabel("Child's name").pressSequentially(child);
        form.getByLabel("Date of birth").pressSequentially("14/3/2016");
        form.getByLabel("Date of birth").press("Enter");
        choose(form, "Gender", "Female");
        choose(form, "Ethnicity", "WBRI – White British");
        choose(form, "Concerns", "Sexual abuse");
        form.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Concerns")).press("Escape");
        form.getByLabel("The child disclosed harm").press("Space");
        form.getByLabel("Summary of the concern").pressSequentially("Leah told a PCSO that an adult at home hurt her.");
        choose(form, "Basis for sharing information", "Not sought: seeking it would place the child at risk");
        form.getByLabel("Red").press("Space");
        Browser.screenshot(police, "record-contact-saturday");
        police.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit contact")).press("Enter");

        police.waitForURL("**/contact/**");
        assertThat(police.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("C-");
        assertThat(police.getByText("Out of hours: emergency duty team")).isVisible();
        String due = org.lscp.workspace.app.ui.Formats.dateTime(LocalDateTime.of(saturday, java.time.LocalTime.of(16, 47))
                .atZone(London.ZONE).toInstant());
        assertThat(police.getByText("Decision due:").locator("..")).containsText(due);
        assertThat(police.getByText("Case-system id:").locator("..")).containsText("Not known");
        Browser.assertAccessible(police, "a Saturday's red contact");
        Browser.screenshot(police, "contact-emergency-duty");

        // the same on the officer's phone: one column, nothing wider than the screen
        police.setViewportSize(390, 844);
        org.assertj.core.api.Assertions.assertThat((Boolean) police.evaluate(
                "() => document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isTrue();
        Browser.screenshot(police, "contact-390x844");
        police.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to contacts")).press("Enter");
        police.waitForURL("**/contacts**");
        assertThat(police.locator(".list-card").first()).isVisible();
        Browser.assertAccessible(police, "the queue on a phone (police)");
        police.navigate(url("contacts/new"));
        assertThat(police.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Record a contact");
        org.assertj.core.api.Assertions.assertThat((Boolean) police.evaluate(
                "() => document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isTrue();
        Browser.screenshot(police, "record-contact-390x844");
        Browser.assertAccessible(police, "record a contact on a phone");
        police.context().close();
    }
}
