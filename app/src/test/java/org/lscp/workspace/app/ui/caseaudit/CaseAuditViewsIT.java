package org.lscp.workspace.app.ui.caseaudit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The case-audit pages as their users work them: set-up refused beside its fields, the chair kept from the child. */
@WorkspaceTest
class CaseAuditViewsIT extends SpringBrowserlessTest {
    @Autowired JdbcTemplate sql;

    private long thresholdsAudit() {
        return sql.queryForObject("select min(p.id) from audit_programme p join partnership s on s.id ="
                + " p.partnership_id where s.name like 'Enfield%' and p.theme = 'THRESHOLDS'", Long.class);
    }

    @Test
    @WithMember("admin@enfield.example")
    void theAdminSetsUpAnAuditWithItsRulesBesideTheFieldsAndDrawsItsSample() {
        AuditsView view = navigate(AuditsView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(2);
        test(view.add).click();
        ProgrammeDialog dialog = $(ProgrammeDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Enter the audit's title.");
        assertThat(dialog.auditors.getErrorMessage()).isEqualTo("Choose at least two auditors, from different "
                + "agencies.");
        assertThat(dialog.isOpened()).isTrue();

        // a thresholds audit of the red contacts the police sent: saved with its filter, which the audit's page says
        test(dialog.title).setValue("Police referrals rated red");
        test(dialog.theme).selectItem("Thresholds");
        dialog.sampleFrom.setValue(java.time.LocalDate.of(2026, 1, 1));
        dialog.sampleTo.setValue(java.time.LocalDate.of(2026, 3, 31));
        dialog.meetsOn.setValue(java.time.LocalDate.of(2026, 4, 20));
        test(dialog.sampleRag).selectItem("Red");
        dialog.sampleSource.setValue(dialog.sampleSource.getListDataView().getItems()
                .filter(id -> dialog.sampleSource.getItemLabelGenerator().apply(id).startsWith("Metropolitan Police"))
                .findFirst().orElseThrow());
        var group = dialog.auditors.getListDataView().getItems().filter(m -> m.email().equals("police@enfield.example")
                || m.email().equals("health@enfield.example")).collect(java.util.stream.Collectors.toSet());
        dialog.auditors.setValue(group);
        dialog.moderator.setValue(dialog.moderator.getListDataView().getItems()
                .filter(m -> m.email().equals("lead@enfield.example")).findFirst().orElseThrow());
        test(dialog.save).click();
        assertThat(dialog.isOpened()).as(dialog.problem.getText()).isFalse();
        long created = sql.queryForObject("select max(id) from audit_programme", Long.class);
        assertThat(sql.queryForObject("select sample_rag from audit_programme where id = ?", String.class, created))
                .isEqualTo("RED");
        try {
            navigate("audits/audit/" + created, AuditProgrammeView.class);
            assertThat($(com.vaadin.flow.component.html.Span.class).all().stream()
                    .map(com.vaadin.flow.component.html.Span::getText).filter(t -> t.startsWith("Decided contacts"))
                    .findFirst().orElseThrow()).endsWith(", rated Red, from Metropolitan Police - North Area");
        } finally {
            sql.update("delete from audit_programme where id = ?", created); // the demo's audits stay as they were
        }

        AuditProgrammeView audit = navigate("audits/audit/" + thresholdsAudit(), AuditProgrammeView.class);
        assertThat(audit.view.seesChildren()).isTrue();
        assertThat(audit.view.cases()).hasSizeGreaterThanOrEqualTo(6).allMatch(c -> c.childName() != null);
        test(audit.seed).setValue("not a number");
        test(audit.draw).click();
        assertThat(audit.seed.getErrorMessage()).isEqualTo("A seed is a whole number, as the audit recorded it.");
        test(audit.childId).setValue("NO-SUCH-CHILD");
        test(audit.addChild).click();
        assertThat(audit.childId.getErrorMessage()).isEqualTo("No contact in the workspace is about a child with that "
                + "id.");
    }

    @Test
    @WithMember("chair@enfield.example")
    void theChairSeesGradesAndFindingsButNeverTheChildAndIsRefusedTheCase() {
        AuditProgrammeView audit = navigate("audits/audit/" + thresholdsAudit(), AuditProgrammeView.class);
        assertThat(audit.view.seesChildren()).isFalse();
        assertThat(audit.view.cases()).allMatch(c -> c.childName() == null && c.reference() == null
                && c.grade() != null);
        long caseId = audit.view.cases().getFirst().id();
        long refusals = sql.queryForObject("select count(*) from access_log where not allowed", Long.class);
        navigate("audits/cases/" + caseId, org.lscp.workspace.app.ui.NotAuthorisedView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("You do not have access to this page");
        assertThat(sql.queryForObject("select count(*) from access_log where not allowed", Long.class))
                .isEqualTo(refusals + 1);
    }
}
