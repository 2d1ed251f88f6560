package org.lscp.workspace.domain.plan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lscp.workspace.domain.fixtures.FakeTableReader.csv;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.LEAD_OFFICER_A_EMAIL;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.PlanImport;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.model.Theme;
import org.lscp.workspace.domain.plan.port.in.ImportPlanUseCase;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

class PlanImportServiceTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final String HEADER = String.join(",", ImportPlanUseCase.COLUMNS);
    private static final String LEAD = LEAD_OFFICER_A_EMAIL;

    private TestPartnerships world;
    private PlanImportService service;
    private Actor admin;
    private Inspection inspection;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.create();
        world.today(MONDAY);
        service = world.planImportService;
        admin = world.adminA();
        inspection = world.addInspection(admin, "Focused visit 2026", LocalDate.of(2026, 9, 7));
    }

    private static String row(int number, String text, String theme, String recLead, String action, String actionLead,
                              String due, String status) {
        return String.join(",", String.valueOf(number), text, theme, recLead, action, actionLead, due, status);
    }

    private static String row(int number, String text, String due, String status) {
        return row(number, text, "THRESHOLDS", LEAD, "Action for " + number + " " + due, LEAD, due, status);
    }

    private static byte[] validFile() {
        return csv(HEADER,
                row(1, "Apply thresholds appropriately", "THRESHOLDS", LEAD, "Audit MASH decisions", LEAD,
                        "15/12/2026", "ON_TRACK"),
                row(1, "Apply thresholds appropriately", "THRESHOLDS", LEAD, "Refresh threshold guidance", LEAD,
                        "2027-01-29", ""),
                row(2, "Make performance data reliable", "Performance data", LEAD.toUpperCase(),
                        "Data quality audit", LEAD, "23/11/2026", "not started"));
    }

    private PlanImport preview(String... lines) {
        return service.preview(admin, inspection.requireId(), "plan.csv", csv(lines));
    }

    /** The errors of the only data row of a file with the header and this row. */
    private List<String> errorsOf(String line) {
        PlanImport result = preview(HEADER, line);
        assertThat(result.rows()).hasSize(1);
        assertThat(result.valid()).isFalse();
        return result.rows().get(0).errors();
    }

    private void assertNothingSaved(int audit) {
        assertThat(world.recommendations.all()).isEmpty();
        assertThat(world.actions.all()).isEmpty();
        assertThat(world.auditLog.size()).isEqualTo(audit);
    }

    // --- a valid file ---

    @Test
    void aValidFileIsPreviewedWithoutSavingAnything() {
        int audit = world.auditLog.size();
        PlanImport result = service.preview(admin, inspection.requireId(), "plan.csv", validFile());

        assertThat(result.valid()).isTrue();
        assertThat(result.invalidRows()).isZero();
        assertThat(result.recommendations()).isEqualTo(2);
        assertThat(result.actions()).isEqualTo(3);
        assertThat(result.rows()).extracting(PlanImport.Row::line).containsExactly(2, 3, 4);
        assertThat(result.rows()).extracting(PlanImport.Row::recommendationNumber).containsExactly(1, 1, 2);
        assertThat(result.rows().get(1).action()).isEqualTo("Refresh threshold guidance");
        assertThat(result.rows()).allSatisfy(r -> assertThat(r.errors()).isEmpty());
        assertThat(world.tableReader.fileNamesRead()).containsExactly("plan.csv");
        assertNothingSaved(audit);
    }

    @Test
    void commitSavesEveryRecommendationAndActionAndAuditsThem() {
        int audit = world.auditLog.size();
        PlanImport result = service.commit(admin, inspection.requireId(), "plan.csv", validFile());

        assertThat(result.valid()).isTrue();
        assertThat(world.recommendations.all()).extracting(Recommendation::number, Recommendation::theme,
                Recommendation::status, Recommendation::inspectionId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, Theme.THRESHOLDS, RecommendationStatus.OPEN,
                        inspection.requireId()),
                org.assertj.core.groups.Tuple.tuple(2, Theme.PERFORMANCE_DATA, RecommendationStatus.OPEN,
                        inspection.requireId()));
        Recommendation first = world.recommendations.all().get(0);
        Recommendation second = world.recommendations.all().get(1);
        assertThat(first.leadOfficer()).isEqualTo(world.leadOfficerA().memberId());
        assertThat(world.actions.all()).extracting(ImprovementAction::description, ImprovementAction::recommendationId,
                ImprovementAction::dueDate, ImprovementAction::status, ImprovementAction::createdOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Audit MASH decisions", first.requireId(),
                        LocalDate.of(2026, 12, 15), ActionStatus.ON_TRACK, MONDAY),
                org.assertj.core.groups.Tuple.tuple("Refresh threshold guidance", first.requireId(),
                        LocalDate.of(2027, 1, 29), ActionStatus.NOT_STARTED, MONDAY),
                org.assertj.core.groups.Tuple.tuple("Data quality audit", second.requireId(), MONDAY,
                        ActionStatus.NOT_STARTED, MONDAY));
        assertThat(world.auditLog.all().subList(audit, world.auditLog.size()))
                .extracting(AuditEntry::entityType, AuditEntry::action).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Recommendation", AuditAction.CREATED),
                        org.assertj.core.groups.Tuple.tuple("Action", AuditAction.CREATED),
                        org.assertj.core.groups.Tuple.tuple("Action", AuditAction.CREATED),
                        org.assertj.core.groups.Tuple.tuple("Recommendation", AuditAction.CREATED),
                        org.assertj.core.groups.Tuple.tuple("Action", AuditAction.CREATED));
        assertThat(world.planQueryService.overview(admin,
                org.lscp.workspace.domain.plan.model.PlanFilter.NONE).get(0).recommendations()).hasSize(2);
    }

    @Test
    void commitWithOneBadRowSavesNothing() {
        int audit = world.auditLog.size();
        byte[] file = csv(HEADER, row(1, "Apply thresholds", "15/12/2026", "ON_TRACK"),
                row(2, "Reduce caseloads", "31/02/2026", "ON_TRACK"),
                row(3, "Reliable data", "15/12/2026", ""));
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> service.commit(admin, inspection.requireId(), "plan.csv", file));
        assertThat(e.fieldErrors()).containsExactly(Map.entry("file",
                "1 row(s) have errors, so nothing was imported. Correct them and try again."));
        assertNothingSaved(audit);
    }

    @Test
    void headersAreMatchedIgnoringCase() {
        PlanImport result = preview(HEADER.toUpperCase(), row(1, "Apply thresholds", "15/12/2026", "at risk"));
        assertThat(result.valid()).isTrue();
    }

    // --- the file as a whole ---

    @Test
    void missingColumnsAreNamed() {
        String header = "recommendation_number,recommendation_text,recommendation_lead_email,action_description,"
                + "action_lead_email,action_status";
        assertThatThrownBy(() -> preview(header, "1,x,a,b,c,d"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The file is missing the column(s): theme, due_date. The first row must name the columns "
                        + "recommendation_number, recommendation_text, theme, recommendation_lead_email, "
                        + "action_description, action_lead_email, due_date, action_status.");
    }

    @Test
    void anEmptyFileOrOneWithOnlyHeadingsIsRefused() {
        assertThatThrownBy(() -> service.preview(admin, inspection.requireId(), "plan.csv", new byte[0]))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsOnlyKeys("file"));
        assertThatThrownBy(() -> preview(HEADER))
                .isInstanceOf(ValidationException.class).hasMessage("The file has no rows below its headings.");
    }

    // --- row by row ---

    @Test
    void anImpossibleDateIsRefused() {
        assertThat(errorsOf(row(1, "Apply thresholds", "31/02/2026", "ON_TRACK")))
                .contains("due_date \u201c31/02/2026\u201d is not a date in the form dd/mm/yyyy.");
        assertThat(errorsOf(row(1, "Apply thresholds", "2026-02-31", "ON_TRACK")))
                .contains("due_date \u201c2026-02-31\u201d is not a date in the form dd/mm/yyyy.");
        assertThat(errorsOf(row(1, "Apply thresholds", "next week", "ON_TRACK")))
                .contains("due_date \u201cnext week\u201d is not a date in the form dd/mm/yyyy.");
    }

    @Test
    void aPastDateIsRefusedButTodayIsAccepted() {
        assertThat(errorsOf(row(1, "Apply thresholds", "20/11/2026", "ON_TRACK"))).containsExactly(
                "due_date 20/11/2026 is in the past: an action's due date cannot be before it is created.");
        assertThat(preview(HEADER, row(1, "Apply thresholds", "23/11/2026", "ON_TRACK")).valid()).isTrue();
    }

    @Test
    void anUnknownLeadEmailIsRefused() {
        assertThat(errorsOf(row(1, "Apply thresholds", "THRESHOLDS", LEAD, "Audit", "nobody@northshire.example.org",
                "15/12/2026", ""))).contains("action_lead_email \u201cnobody@northshire.example.org\u201d is "
                + "not an active lead officer of your partnership.");
    }

    @Test
    void aLeadOfAnotherPartnershipOrAMemberWithoutTheRoleIsRefused() {
        world.addMember(world.adminB(), "Ivo Novak", "ivo@southvale.example.org",
                TestPartnerships.B_CHILDRENS_SERVICES, Role.LEAD_OFFICER);
        assertThat(errorsOf(row(1, "Apply thresholds", "THRESHOLDS", "ivo@southvale.example.org", "Audit", LEAD,
                "15/12/2026", ""))).contains("recommendation_lead_email \u201civo@southvale.example.org\u201d is "
                + "not an active lead officer of your partnership.");
        assertThat(errorsOf(row(1, "Apply thresholds", "THRESHOLDS", LEAD, "Audit",
                TestPartnerships.PRACTITIONER_A_EMAIL, "15/12/2026", ""))).contains("action_lead_email \u201c"
                + TestPartnerships.PRACTITIONER_A_EMAIL + "\u201d is not an active lead officer of your partnership.");
    }

    @Test
    void aRepeatedRecommendationMustMatchItsFirstRow() {
        PlanImport result = preview(HEADER, row(1, "Apply thresholds", "15/12/2026", ""),
                row(1, "Apply thresholds differently", "15/12/2026", ""),
                row(1, "Apply thresholds", "FRONT_DOOR", LEAD, "Other", LEAD, "15/12/2026",
                        ""));
        assertThat(result.rows().get(0).errors()).isEmpty();
        assertThat(result.rows().get(1).errors()).containsExactly(
                "Recommendation 1 has different text, theme or lead officer on an earlier row.");
        assertThat(result.rows().get(2).errors()).containsExactly(
                "Recommendation 1 has different text, theme or lead officer on an earlier row.");
        assertThat(result.rows()).extracting(PlanImport.Row::line).containsExactly(2, 3, 4);
        assertThat(result.invalidRows()).isEqualTo(2);
    }

    @Test
    void aNumberTheInspectionAlreadyHasIsRefused() {
        world.addRecommendation(admin, inspection, 1, world.leadOfficerA().memberId());
        PlanImport result = preview(HEADER, row(1, "Apply thresholds", "15/12/2026", ""),
                row(1, "Apply thresholds", "16/12/2026", ""),
                row(2, "New one", "15/12/2026", ""));
        assertThat(result.rows().get(0).errors()).containsExactly("This inspection already has a recommendation 1.");
        assertThat(result.rows().get(1).errors()).as("every row of a taken number says so")
                .containsExactly("This inspection already has a recommendation 1.");
        assertThat(result.rows().get(2).errors()).isEmpty();
        assertThat(result.valid()).isFalse();
        Inspection other = world.addInspection(admin, "ILACS 2027", LocalDate.of(2027, 1, 11));
        assertThat(service.preview(admin, other.requireId(), "plan.csv", csv(HEADER,
                row(1, "Apply thresholds", "15/12/2026", ""))).valid()).as("another inspection's numbers").isTrue();
    }

    @Test
    void anActionCannotBeImportedAsComplete() {
        assertThat(errorsOf(row(1, "Apply thresholds", "15/12/2026", "COMPLETE")))
                .contains("An action cannot be imported as complete: add its evidence in the workspace.");
        assertThat(errorsOf(row(1, "Apply thresholds", "15/12/2026", "finished")))
                .contains("action_status \u201cfinished\u201d is not one of NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK.");
    }

    @Test
    void aBadNumberOrThemeIsRefused() {
        assertThat(errorsOf(row(1, "Apply thresholds", "Cats", LEAD, "Audit", LEAD, "15/12/2026", "")))
                .contains("theme \u201cCats\u201d is not one of: " + String.join(", ",
                        java.util.Arrays.stream(Theme.values()).map(Enum::name).toList()) + ".");
        assertThat(errorsOf("one,Apply thresholds,THRESHOLDS," + LEAD + ",Audit," + LEAD + ",15/12/2026,"))
                .contains("recommendation_number \u201cone\u201d is not a whole number.");
        assertThat(errorsOf(row(1000, "Apply thresholds", "15/12/2026", "")))
                .contains("Give the recommendation a number from 1 to 999.");
        assertThat(errorsOf(row(1, "", "15/12/2026", ""))).contains("Enter the recommendation's text.");
    }

    @Test
    void everyRowIsReportedNotJustTheFirstBadOne() {
        PlanImport result = preview(HEADER, row(1, "A", "31/02/2026", ""), row(2, "B", "15/12/2026", ""),
                row(3, "C", "15/12/2026", "COMPLETE"));
        assertThat(result.invalidRows()).isEqualTo(2);
        assertThat(result.rows()).extracting(r -> r.errors().isEmpty()).containsExactly(false, true, false);
    }

    // --- who and where ---

    @Test
    void onlyAnAdminImportsAndOnlyIntoTheirPartnershipsInspection() {
        int audit = world.auditLog.size();
        for (Actor other : List.of(world.leadOfficerA(), world.practitionerA(), world.boardChairA())) {
            assertThatThrownBy(() -> service.preview(other, inspection.requireId(), "plan.csv", validFile()))
                    .isInstanceOf(NotAuthorisedException.class);
            assertThatThrownBy(() -> service.commit(other, inspection.requireId(), "plan.csv", validFile()))
                    .isInstanceOf(NotAuthorisedException.class);
        }
        assertThatThrownBy(() -> service.commit(world.adminB(), inspection.requireId(), "plan.csv", validFile()))
                .isInstanceOf(NotFoundException.class).hasMessage("Inspection not found.");
        assertNothingSaved(audit);
    }
}
