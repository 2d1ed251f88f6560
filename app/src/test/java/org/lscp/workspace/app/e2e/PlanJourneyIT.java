package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.PlanFixture;
import org.lscp.workspace.app.config.DemoData;
import org.lscp.workspace.domain.plan.model.Theme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A lead officer marks an action complete with an uploaded evidence file; the recommendation's progress and
 * timeline update. Real Chromium, axe scan on every page visited.
 */
@Import(PlanFixture.class)
class PlanJourneyIT extends BrowserJourney {
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    @Autowired PlanFixture fixture;

    @Test
    void aLeadOfficerCompletesAnActionWithAnUploadedEvidenceFile() {
        var plan = fixture.create("Focused visit journey", "lead@enfield.example", Theme.THRESHOLDS);
        Page page = browser.newPage();
        page.navigate(url("login"));
        Browser.signInOn(page, "lead@enfield.example");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Helen");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My actions")).first().click();
        page.waitForURL("**/plan/my-actions");
        assertThat(page.getByText("Re-audit disclosures decided below strategy discussion (Focused visit journey)"))
                .isVisible();
        Browser.assertAccessible(page, "my actions");
        Browser.screenshot(page, "my-actions");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Improvement plan")).first().click();
        page.waitForURL("**/plan");
        assertThat(page.getByText("Focused visit journey").first()).isVisible();
        Browser.assertAccessible(page, "improvement plan");
        Browser.screenshot(page, "plan-overview");

        page.navigate(url("plan/recommendations/" + plan.recommendation().requireId()));
        assertThat(page.getByText("0 of 1 complete (0%).")).isVisible();
        Browser.assertAccessible(page, "recommendation");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add evidence to Re-audit disclosures"))
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Title").fill("Disclosure re-audit report");
        dialog.getByLabel("Summary").fill("20 disclosures re-audited; all now progressed to strategy discussion.");
        page.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload("re-audit.pdf", "application/pdf", PDF));
        assertThat(dialog.getByText("Received re-audit.pdf")).isVisible();
        Browser.assertAccessible(page, "add evidence dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.getByText("Disclosure re-audit report (re-audit.pdf)")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record progress on Re-audit disclosures"))
                .click();
        dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("What has happened").fill("Re-audit complete; report attached.");
        dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Status now")).fill("Complete");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Complete")).click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);

        assertThat(page.getByText("1 of 1 complete (100%).")).isVisible();
        assertThat(page.locator(".timeline li").first()).containsText("Helen Brooks");
        assertThat(page.locator(".timeline li").first()).containsText("(complete): Re-audit complete; report attached.");
        assertThat(page.locator(".timeline")).containsText("Evidence added to");
        Browser.assertAccessible(page, "recommendation after completing");
        Browser.screenshot(page, "recommendation");

        page.getByText("Comments on \u201cRe-audit disclosures").click();
        Locator onAction = page.locator("vaadin-details");
        onAction.getByLabel("Add a comment").fill("Re-audit shared with the MASH team meeting on Friday.");
        onAction.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Post comment")).click();
        assertThat(onAction.getByText("Re-audit shared with the MASH team meeting on Friday.")).isVisible();
        // the recommendation's own comments are apart
        assertThat(page.getByText("No comments yet. Ask a question or share what you know below.")).isVisible();
        Browser.assertAccessible(page, "recommendation with an action's comments");
        Browser.screenshot(page, "action-comments");
        page.context().close();
    }
}
