package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * An agency's officer returns its figures and the board sees where each came from: Enfield's head of service opens
 * Data returns from the navigation, finds the late private fostering return first, corrects a caseload figure with
 * its reason; the chair's board card then shows the corrected figure as returned by the council, beside a figure
 * computed from the records; the thresholds card shows a figure computed from the records, one returned by health
 * and one audited, side by side; the admin's measures page lists every measure defined. Axe on every page visited.
 */
class DataReturnJourneyIT extends BrowserJourney {
    private static final String CASELOAD = "Average caseload in referral and assessment teams";

    @Test
    void anOfficerCorrectsAReturnAndTheChairSeesItsProvenanceOnTheBoard() {
        Page officer = browser.signIn(base(), "head.of.service@enfield.example");
        officer.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Data returns")).click();
        assertThat(officer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Data returns")))
                .isVisible();
        assertThat(officer.getByText("1 return is late")).isVisible();
        Locator firstRow = officer.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Private fostering visits within timescale")).first();
        assertThat(firstRow).isVisible();
        assertThat(officer.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Late since")).first()).isVisible();
        Browser.assertAccessible(officer, "data returns");
        Browser.screenshot(officer, "data-returns-1366x768");

        officer.locator("vaadin-button[aria-label^='Correct " + CASELOAD + "']").first().click();
        Locator dialog = officer.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Figure").fill("18.9");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(dialog.getByText("say why the figure is corrected")).isVisible();
        Browser.assertAccessible(officer, "correction refused without its reason");
        dialog.getByLabel("Why is it corrected?").fill("Two agency workers' cases were missed from the extract.");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(officer.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(officer.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Corrected")).first()).isVisible();
        officer.setViewportSize(390, 844);
        Browser.screenshot(officer, "data-returns-390x844");

        Page chair = browser.signIn(base(), "chair@enfield.example");
        chair.navigate(url("board"));
        Locator card = chair.locator(".measure-row").filter(new Locator.FilterOptions().setHasText(CASELOAD)).first();
        assertThat(card.locator(".measure-value")).containsText("18.9 children per worker");
        assertThat(card.locator(".measure-provenance")).containsText("Returned by Enfield Children's Social Care on");
        assertThat(card.locator(".measure-provenance")).containsText("(corrected)");
        assertThat(chair.locator(".measure-provenance").filter(new Locator.FilterOptions()
                .setHasText("Computed from the workspace's records")).first()).isVisible();
        assertThat(chair.getByText("reported outside the workspace")).hasCount(0);
        Browser.assertAccessible(chair, "board with provenance");
        card.scrollIntoViewIfNeeded();
        Browser.screenshot(chair, "board-measure-provenance-1366x768");
        chair.setViewportSize(390, 844);
        card.scrollIntoViewIfNeeded();
        Browser.screenshot(chair, "board-measure-provenance-390x844");
        chair.setViewportSize(1366, 768);
        // the thresholds recommendation: computed from the records, returned by health, audited by the group
        Locator thresholds = chair.locator(".board-card").filter(new Locator.FilterOptions()
                .setHasText("Child protection medicals held within 24 hours")).first();
        assertThat(thresholds.locator(".measure-provenance").filter(new Locator.FilterOptions()
                .setHasText("Computed from the workspace's records")).first()).isVisible();
        assertThat(thresholds.locator(".measure-provenance").filter(new Locator.FilterOptions()
                .setHasText("Returned by North Middlesex University Hospital on")).first()).isVisible();
        assertThat(thresholds.locator(".measure-provenance").filter(new Locator.FilterOptions()
                .setHasText("Audited: ")).first()).isVisible();
        Browser.screenshot(chair, thresholds, 1366, "board-three-provenances-1366-wide");
        Browser.screenshot(chair, thresholds, 390, "board-three-provenances-390-wide");

        Page admin = browser.signIn(base(), "admin@enfield.example");
        admin.navigate(url("admin/data-return-measures"));
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Data-return measures")))
                .isVisible();
        assertThat(admin.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(CASELOAD)).first()).isVisible();
        Browser.assertAccessible(admin, "data-return measures");
        Browser.screenshot(admin, "data-return-measures-1366x768");
    }
}
