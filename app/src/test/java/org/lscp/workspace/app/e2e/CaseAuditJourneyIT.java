package org.lscp.workspace.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.domain.caseaudit.model.AuditDomain;
import org.lscp.workspace.domain.caseaudit.model.AuditProgramme;
import org.lscp.workspace.domain.caseaudit.model.AuditTheme;
import org.lscp.workspace.domain.caseaudit.model.SaveProgrammeCommand;
import org.lscp.workspace.domain.caseaudit.port.in.CaseAuditUseCase;
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
import org.lscp.workspace.domain.frontdoor.port.in.CaseworkUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.DecideUseCase;
import org.lscp.workspace.domain.frontdoor.port.in.RecordContactUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.plan.model.PlanFilter;
import org.lscp.workspace.domain.plan.port.in.ViewPlanQuery;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journey: the admin starts an audit of three sampled cases; a police and a health auditor complete
 * their sections; the group grades one case INADEQUATE; the moderator confirms; the finding becomes an action on the
 * thresholds recommendation; the chair sees the audit measure change on its card — and is refused the case by URL.
 * Axe on every page visited. Its three contacts were received 400 days ago (before the demo's year), so the audit's
 * sample period holds exactly them, on any day.
 */
class CaseAuditJourneyIT extends BrowserJourney {
    private static final String MEASURE = "Audited threshold decisions graded good or better";
    @Autowired RecordContactUseCase recording;
    @Autowired DecideUseCase deciding;
    @Autowired CaseworkUseCase casework;
    @Autowired CaseAuditUseCase audits;
    @Autowired ViewPlanQuery plan;
    @Autowired SignInUseCase signIn;
    @Autowired java.time.Clock clock;

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private LocalDate recordThreeContacts() {
        var police = DemoActors.actor(signIn, "police@enfield.example");
        var manager = DemoActors.actor(signIn, "mash.manager@enfield.example");
        var health = DemoActors.actor(signIn, "health@enfield.example");
        Instant received = clock.instant().minus(java.time.Duration.ofDays(400));
        for (int i = 0; i < 3; i++) {
            Contact c = recording.record(police, new RecordContactCommand(received.plusSeconds(60L * i),
                    "PC Price", Channel.PHONE, "E2E-AUD-" + System.nanoTime(), "Audit Child " + i,
                    LocalDate.of(2014, 3, 3), Gender.FEMALE, Ethnicity.WBRI, Set.of(ConcernCategory.PHYSICAL_ABUSE),
                    true, "Disclosed being hit at home.", ConsentBasis.NOT_SOUGHT_RISK_OF_HARM, Rag.AMBER, Set.of()));
            casework.requestChecks(manager, c.requireId(), Set.of(health.agencyId()));
            deciding.decide(manager, c.requireId(), c.version(), new RecordDecisionCommand(
                    ThresholdLevel.CHILD_IN_NEED_ASSESSMENT, "Assessment of the family's needs.", "", null, false,
                    Set.of()));
        }
        return LocalDate.ofInstant(received, London.ZONE);
    }

    @Test
    void anAuditFromSampleToModeratedGradeBecomesAnActionAndTheChairSeesTheMeasureChange() {
        LocalDate day = recordThreeContacts();
        var admin = DemoActors.actor(signIn, "admin@enfield.example");
        RecommendationId thresholds = plan.overview(admin, PlanFilter.NONE).stream()
                .flatMap(s -> s.recommendations().stream())
                .filter(r -> r.measures().stream().anyMatch(m -> m.measure().measure().equals(MEASURE)))
                .findFirst().orElseThrow().recommendation().requireId();
        AuditProgramme programme = audits.saveProgramme(admin, null, new SaveProgrammeCommand(
                "Thresholds re-audit " + System.nanoTime(), AuditTheme.THRESHOLDS, Set.of(thresholds), day, day,
                LocalDate.now(clock), Set.of(DemoActors.actor(signIn, "police@enfield.example").memberId(),
                DemoActors.actor(signIn, "health@enfield.example").memberId()),
                DemoActors.actor(signIn, "head.of.service@enfield.example").memberId()), 0);
        String audit = url("audits/audit/" + programme.requireId());

        Page chair = browser.signIn(base(), "chair@enfield.example");
        chair.navigate(url("board"));
        Locator card = chair.locator(".measure-row").filter(new Locator.FilterOptions().setHasText(MEASURE)).first();
        String before = card.locator(".measure-provenance").innerText();
        assertThat(card.locator(".measure-provenance")).containsText("Audited: ");

        // the admin draws three cases at random from the audit's period
        Page adminPage = browser.signIn(base(), "admin@enfield.example");
        adminPage.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Case audits")).click();
        assertThat(adminPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Case audits")))
                .isVisible();
        Browser.assertAccessible(adminPage, "case audits");
        // the set-up form, with the sample's filter (photographed, then left)
        button(adminPage, "New case audit").click();
        Locator setUp = adminPage.getByRole(AriaRole.DIALOG);
        assertThat(setUp.getByLabel("Only contacts from")).isVisible();
        Browser.assertAccessible(adminPage, "new case audit");
        Browser.screenshot(adminPage, "case-audit-set-up-1366x768");
        adminPage.setViewportSize(390, 844);
        Browser.screenshot(adminPage, "case-audit-set-up-390x844");
        adminPage.setViewportSize(1366, 768);
        setUp.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
        adminPage.navigate(audit);
        adminPage.getByLabel("Cases to draw").fill("3");
        button(adminPage, "Draw a random sample").click();
        assertThat(adminPage.getByText("3 of 3 cases graded").or(adminPage.getByText("0 of 3 cases graded")))
                .isVisible();
        Browser.assertAccessible(adminPage, "audit with its sample");
        long caseId = audits.programme(admin, programme.requireId()).cases().getFirst().id();
        String caseUrl = url("audits/cases/" + caseId);

        // the police and the health auditors write their agencies' sections
        for (String email : new String[] {"police@enfield.example", "health@enfield.example"}) {
            Page auditor = browser.signIn(base(), email);
            auditor.navigate(caseUrl);
            auditor.getByLabel("What your agency knew of the child").fill("A disclosure of being hit at home.");
            auditor.getByLabel("What your agency did").fill("Shared it with the MASH two days later.");
            auditor.getByLabel("What should improve").fill("Take every disclosure to a strategy discussion.");
            button(auditor, "Save your agency's section").click();
            assertThat(auditor.getByText("Your agency's section is saved.")).isVisible();
            Browser.assertAccessible(auditor, "case audit section, " + email);
            if (email.startsWith("health")) {
                Browser.screenshot(auditor, "case-audit-1366x768");
                auditor.setViewportSize(390, 844);
                Browser.screenshot(auditor, "case-audit-390x844");
                auditor.setViewportSize(1366, 860);
                // the group grades the case inadequate
                for (AuditDomain d : AuditDomain.values()) Browser.choose(auditor, auditor.locator("body"), d.label(),
                        "Inadequate");
                Browser.choose(auditor, auditor.locator("body"), "Overall", "Inadequate");
                auditor.getByLabel("Rationale").fill("The disclosure was never taken to a strategy discussion.");
                button(auditor, "Save the group's grades").click();
                assertThat(auditor.getByText("Overall: Inadequate.")).isVisible();
            }
        }

        // the moderator confirms
        Page moderator = browser.signIn(base(), "head.of.service@enfield.example");
        moderator.navigate(caseUrl);
        button(moderator, "Record moderation").click();
        assertThat(moderator.getByText("Confirmed: Inadequate")).isVisible();
        Browser.assertAccessible(moderator, "moderation");

        // the admin makes the finding an action on the thresholds recommendation
        adminPage.navigate(caseUrl);
        Browser.choose(adminPage, adminPage.locator("body"), "Lead officer", "Helen Brooks");
        adminPage.getByLabel("Due").fill(LocalDate.now(clock).plusDays(40)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        adminPage.getByLabel("Due").press("Enter"); // closes the calendar, which hides the page from assistive tech
        button(adminPage, "Make it an action").click();
        assertThat(adminPage.getByText("Action added to the improvement plan")).isVisible();
        assertThat(adminPage.getByText("Graded inadequate: offered for re-audit.")).isVisible();
        Browser.assertAccessible(adminPage, "findings into actions");

        // the chair sees the measure change, and is refused the child's case by its address
        chair.navigate(url("board"));
        card = chair.locator(".measure-row").filter(new Locator.FilterOptions().setHasText(MEASURE)).first();
        assertThat(card.locator(".measure-provenance")).not().hasText(before);
        assertThat(card.locator(".measure-provenance")).containsText("moderated");
        Browser.assertAccessible(chair, "board after the audit");
        chair.navigate(audit);
        assertThat(chair.getByText("Inadequate (moderated)")).isVisible();
        assertThat(chair.getByText("Audit Child")).hasCount(0);
        Browser.assertAccessible(chair, "the audit, for the chair");
        Browser.screenshot(chair, "case-audit-chair-1366x768");
        chair.navigate(caseUrl);
        assertThat(chair.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("You do not have access to this page"))).isVisible();
    }
}
