package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The chair opens Section 11 from the navigation and reads the heat map (a table: the rating in words in each cell,
 * the challenged one marked), and opens the rating health answered to decide on it; the agency's lead sees its own
 * self-assessment. The board's page sums up the audits and the heat map. Axe on every page visited; screenshots
 * of the heat map and of the board's summary.
 */
class Section11JourneyIT extends BrowserJourney {
    @Test
    void theChairReadsTheHeatMapAndReviewsTheAnsweredChallengeAndTheLeadSeesTheirSelfAssessment() {
        Page chair = browser.signIn(base(), "chair@enfield.example");
        chair.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Section 11")).click();
        Locator map = chair.locator(".heat-map table");
        assertThat(map).isVisible();
        assertThat(map.locator("th[scope=col]").first()).hasText("Agency");
        assertThat(map.locator("td", new Locator.LocatorOptions().setHasText("Partly met")).first()).isVisible();
        assertThat(map.locator("td", new Locator.LocatorOptions().setHasText("challenged")).first()).isVisible();
        Browser.assertAccessible(chair, "Section 11 heat map");
        Browser.screenshot(chair, "section11-heat-map-1366x768");
        chair.setViewportSize(390, 844);
        Browser.screenshot(chair, "section11-heat-map-390x844");
        chair.setViewportSize(1366, 860);

        // the panel: health answered the challenge on safer recruitment; the chair opens it to decide
        chair.locator("vaadin-button[aria-label^='Review North Middlesex University Hospital']").first().click();
        Locator dialog = chair.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByLabel("Reason for the challenge")).isVisible();
        Browser.assertAccessible(chair, "Section 11 review");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
        assertThat(chair.getByRole(AriaRole.DIALOG)).hasCount(0);

        // the board's page sums up the audits and the heat map below the recommendations
        chair.navigate(url("board"));
        Locator audits = chair.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Case audits")
                .setExact(true));
        audits.evaluate("e => e.scrollIntoView({block: 'start'})");
        Locator thresholds = chair.locator(".tile", new Page.LocatorOptions().setHasText("Thresholds: children who "
                + "disclosed abuse"));
        assertThat(thresholds.locator(".tile-value")).hasText("50%");
        assertThat(thresholds).containsText("Good or better overall.");
        assertThat(chair.locator(".heat-map table")).isVisible();
        Browser.assertAccessible(chair, "Board assurance with audits and Section 11");
        Browser.screenshot(chair, "board-audits-section11-1366x768");
        chair.setViewportSize(390, 844);
        audits.evaluate("e => e.scrollIntoView({block: 'start'})");
        Browser.screenshot(chair, "board-audits-section11-390x844");
        chair.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Section 11 self-assessment"))
                .evaluate("e => e.scrollIntoView({block: 'start'})");
        Browser.screenshot(chair, "board-section11-390x844");
        Browser.assertAccessible(chair, "Board assurance on a phone, the heat map scrolling inside itself");
        chair.setViewportSize(1366, 860);

        Page lead = browser.signIn(base(), "health.head@enfield.example");
        lead.navigate(url("section11"));
        assertThat(lead.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Your agency's self-assessment (North Middlesex University Hospital)"))).isVisible();
        // the lead adds a file as the evidence for training: a renamed program is refused beside the upload
        Locator training = lead.locator(".section11-standard").filter(new Locator.FilterOptions()
                .setHas(lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a file for Training"))));
        training.locator("input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "training.pdf", "application/pdf", "MZ not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(training.getByText("Received training.pdf")).isVisible();
        training.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save Training")).click();
        assertThat(training.locator(".field-message")).containsText("Only PDF, Word (.docx), Excel (.xlsx), PNG");
        Browser.assertAccessible(lead, "Section 11, the agency lead");
        training.evaluate("e => e.scrollIntoView({block: 'center'})");
        Browser.screenshot(lead, "section11-evidence-file-refused-1366x768");
        lead.setViewportSize(390, 844);
        training.evaluate("e => e.scrollIntoView({block: 'center'})");
        Browser.screenshot(lead, "section11-evidence-file-refused-390x844");
    }
}
