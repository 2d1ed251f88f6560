package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A MASH manager's comment naming a child is challenged on save and kept with a reason; then the board chair before a
 * meeting: opens the dashboard, sees the off-track recommendation first with its reasons,
 * follows it to the plan, records a judgement there, looks at the records behind a figure and builds the board pack,
 * whose first page is the summary; the comment reaches the chair with the child masked. Real Chromium, axe scan on every page visited.
 */
class BoardJourneyIT extends BrowserJourney {
    @Autowired JdbcTemplate sql;

    @Test
    void theChairSeesWhatIsOffTrackFollowsItToThePlanJudgesItAndBuildsThePack() throws Exception {
        // a MASH manager names a child in a comment on the most urgent recommendation: challenged, kept with a reason
        Map<String, Object> child = sql.queryForMap("select c.child_name, c.child_dob from contact c join partnership p"
                + " on p.id = c.partnership_id where p.name like 'Enfield%' and c.child_dob is not null"
                + " and c.child_name not like 'Unborn%' order by c.id limit 1");
        String name = (String) child.get("child_name");
        String born = ((java.sql.Date) child.get("child_dob")).toLocalDate()
                .format(java.time.format.DateTimeFormatter.ofPattern("d/M/yy"));
        Page manager = browser.signIn(base(), "mash.manager@enfield.example");
        manager.navigate(url("board"));
        manager.locator(".needs-the-board .board-card h3 a").first().click();
        manager.waitForURL("**/plan/recommendations/**");
        manager.getByLabel("Add a comment").fill(name + " (DOB " + born + ") was discussed at the audit panel.");
        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        assertThat(manager.getByText("This seems to identify a child").first()).isVisible();
        Browser.assertAccessible(manager, "a comment naming a child, challenged");
        Browser.screenshot(manager, "comment-challenged");
        manager.getByLabel("Why it must stay").fill("The panel minutes name the child; the chair asked for the link.");
        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep it and save")).click();
        assertThat(manager.locator(".comment").filter(new Locator.FilterOptions().setHasText("audit panel")).first())
                .containsText(name);
        manager.context().close();

        Page chair = browser.signIn(base(), "chair@enfield.example");

        chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Board assurance")).first().click();
        chair.waitForURL("**/board");
        Locator needing = chair.locator(".needs-the-board");
        assertThat(needing.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Needs the board")))
                .isVisible();
        Locator first = needing.locator(".board-card").first();
        assertThat(first.locator("[theme~='badge']").first()).hasText("Red");
        assertThat(first).containsText("Red because:");
        String title = first.locator("h3 a").innerText();
        assertThat(title).matches("(?s)[A-Za-z ]+ \\d{4} \u00b7 \\d+ \u2014 .+");
        assertThat(needing.locator("a[href^='escalation/']").first()).hasText(java.util.regex.Pattern.compile("E-\\d+"));
        Browser.assertAccessible(chair, "board dashboard");
        Browser.screenshot(chair, "board-exceptions");
        first.locator(".trend").first().scrollIntoViewIfNeeded();
        Browser.screenshot(chair, "board-card-trend");
        chair.locator(".charts").scrollIntoViewIfNeeded();
        Browser.screenshot(chair, "board-charts");
        chair.setViewportSize(390, 844);
        needing.locator("h2").evaluate("heading => heading.scrollIntoView()");
        Browser.screenshot(chair, "board-exceptions-390x844");
        chair.setViewportSize(1366, 768);

        String reasons = first.locator(".reasons").innerText();
        first.locator("h3 a").click();
        chair.waitForURL("**/plan/recommendations/**");
        assertThat(chair.locator(".reasons")).containsText(reasons.lines().findFirst().orElseThrow());
        Browser.assertAccessible(chair, "the recommendation from the dashboard");
        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record judgement")).click();
        Locator dialog = chair.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Not assured")).check();
        dialog.getByLabel("Commentary").fill("Still off track: the board asks for the audit by the next meeting.");
        Browser.assertAccessible(chair, "judgement dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(chair.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(chair.getByText("Latest board judgement: Not assured").first()).isVisible();
        Browser.screenshot(chair, "recommendation-judged");
        Locator comment = chair.getByText("was discussed at the audit panel").first();
        assertThat(comment).containsText("[child] (DOB [child]) was discussed");
        assertThat(comment).not().containsText(name);
        comment.scrollIntoViewIfNeeded();
        Browser.screenshot(chair, "comment-masked-for-the-chair");

        chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Board assurance")).first().click();
        chair.waitForURL("**/board");
        assertThat(chair.locator(".needs-the-board .board-card").first()).containsText("Not assured");
        chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the records behind it")).click();
        chair.waitForURL("**/board/decisions**");
        assertThat(chair.locator("vaadin-grid")).containsText("C-");
        assertThat(chair.getByText("no child's name or id appears here")).isVisible();
        Browser.assertAccessible(chair, "records behind decisions in time");
        chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to board assurance")).click();
        chair.waitForURL("**/board");
        // the same records from a recommendation's measure, whose card is drawn as one piece of markup
        chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile(
                "^See the records behind decisions within timescale for "))).first().click();
        chair.waitForURL("**/board/decisions**");
        assertThat(chair.locator("vaadin-grid")).containsText("C-");
        chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to board assurance")).click();
        chair.waitForURL("**/board");

        chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Build the board report")).click();
        Locator link = chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Download the board report (PDF)"));
        link.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        Browser.assertAccessible(chair, "board dashboard with the report ready");
        Download download = chair.waitForDownload(link::click);
        Path pdf = Path.of("target", "screenshots", "board-report-sample.pdf");
        Files.createDirectories(pdf.getParent());
        download.saveAs(pdf);
        try (var document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setStartPage(1);
            firstPage.setEndPage(1);
            String text = firstPage.getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("1. Summary for the board", "Off track (red)",
                    "Escalations waiting on the chair (stage 4)");
            assertThat(text).contains(title.substring(0, title.indexOf(" \u2014 ")));
        }
        chair.context().close();
    }
}
