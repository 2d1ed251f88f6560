package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.config.DemoData;

/**
 * The board chair opens the dashboard, drills into "decisions within timescale" for the thresholds
 * recommendation, records PARTIALLY_ASSURED with commentary and downloads the board report. Real Chromium, axe
 * scan on every page visited.
 */
class BoardJourneyIT extends BrowserJourney {

    @Test
    void theChairDrillsInRecordsAJudgementAndDownloadsTheBoardReport() throws Exception {
        Page chair = browser.signIn(base(), "chair@enfield.example");

        chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Board assurance")).first().click();
        chair.waitForURL("**/board");
        assertThat(chair.getByText("Decisions within the RAG deadline").first()).isVisible();
        Browser.assertAccessible(chair, "board dashboard");
        Browser.screenshot(chair, "board-dashboard");
        chair.locator(".charts").scrollIntoViewIfNeeded();
        Browser.screenshot(chair, "board-charts");
        chair.locator(".action-card").first().scrollIntoViewIfNeeded();
        Browser.screenshot(chair, "board-recommendations");

        Locator card = chair.locator(".action-card").filter(new Locator.FilterOptions()
                .setHasText("Apply child protection thresholds appropriately"));
        card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(
                "See the records behind decisions within timescale for recommendation 1")).first().click();
        chair.waitForURL("**/board/decisions**");
        assertThat(chair.locator("vaadin-grid")).containsText("C-");
        assertThat(chair.getByText("no child's name or id appears here")).isVisible();
        Browser.assertAccessible(chair, "records behind decisions in time");
        Browser.screenshot(chair, "board-decisions");
        chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to board assurance")).click();
        chair.waitForURL("**/board");

        card = chair.locator(".action-card").filter(new Locator.FilterOptions()
                .setHasText("Apply child protection thresholds appropriately"));
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record judgement")).first().click();
        Locator dialog = chair.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Partially assured")).check();
        dialog.getByLabel("Commentary").fill("Disclosures now reach strategy discussions; red contacts still late.");
        Browser.assertAccessible(chair, "judgement dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(chair.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(chair.getByText("Latest judgement: Partially assured").first()).isVisible();

        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Build the board report")).click();
        Locator link = chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Download the board report (PDF)"));
        link.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        Browser.assertAccessible(chair, "board dashboard with the report ready");
        Download download = chair.waitForDownload(link::click);
        Path pdf = Path.of("target", "screenshots", "board-report-sample.pdf");
        Files.createDirectories(pdf.getParent());
        download.saveAs(pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(bytes.length).isGreaterThan(2_000);
        chair.context().close();
    }
}
