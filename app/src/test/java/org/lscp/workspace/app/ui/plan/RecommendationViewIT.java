package org.lscp.workspace.app.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.PlanFixture;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.Theme;
import org.springframework.beans.factory.annotation.Autowired;

@WorkspaceTest
class RecommendationViewIT extends SpringBrowserlessTest {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXE = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
    @Autowired PlanFixture fixture;

    private Button button(String text) {
        return $(Button.class).withText(text).first();
    }

    @Test
    @WithMember("lead@enfield.example")
    void theLeadOfficerCompletesAnActionOnlyWithEvidence() {
        var plan = fixture.create("Monitoring visit A", "lead@enfield.example", Theme.THRESHOLDS);
        RecommendationView view = navigate("plan/recommendations/" + plan.recommendation().requireId(),
                RecommendationView.class);
        assertThat(view.progressSummary.getText()).isEqualTo("0 of 1 complete (0%).");

        test(button("Record progress")).click();
        ProgressDialog progress = $(ProgressDialog.class).single();
        test(progress.text).setValue("Audit of 20 cases finished");
        test(progress.status).selectItem("Complete");
        test(progress.save).click();
        assertThat(progress.status.getErrorMessage()).isEqualTo("Add evidence before marking this action complete.");
        progress.close();

        test(button("Add evidence")).click();
        EvidenceDialog evidence = $(EvidenceDialog.class).single();
        test(evidence.title).setValue("Audit report");
        evidence.received("audit.pdf.exe", EXE);
        test(evidence.save).click();
        assertThat(evidence.fileMessage.isVisible()).isTrue();
        assertThat(evidence.fileMessage.getText()).startsWith("Only PDF, Word (.docx), Excel (.xlsx), PNG and JPEG");
        byte[] huge = java.util.Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        evidence.received("huge.pdf", huge);
        test(evidence.save).click();
        assertThat(evidence.fileMessage.getText()).isEqualTo("The file is larger than 10 MB.");
        evidence.received("audit.pdf", PDF);
        test(evidence.save).click();
        assertThat(evidence.isOpened()).isFalse();

        test(button("Record progress")).click();
        progress = $(ProgressDialog.class).single();
        test(progress.text).setValue("Audit of 20 cases finished; report attached");
        test(progress.status).selectItem("Complete");
        test(progress.save).click();

        assertThat(progress.isOpened()).isFalse();
        assertThat(view.progressSummary.getText()).isEqualTo("1 of 1 complete (100%).");
        assertThat(view.detail.timeline()).first().satisfies(e -> assertThat(e.what())
                .startsWith("Progress on").contains("(complete)"));
        assertThat(view.detail.actions().getFirst().action().status()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(view.detail.actions().getFirst().evidence()).singleElement()
                .satisfies(e -> assertThat(e.file().fileName()).isEqualTo("audit.pdf"));
    }

    @Test
    @WithMember("lead@enfield.example")
    void theLeadOfficerMovesTheRecommendationOnButCannotAssureIt() {
        var plan = fixture.create("Monitoring visit B", "lead@enfield.example", Theme.PLANNING);
        navigate("plan/recommendations/" + plan.recommendation().requireId(), RecommendationView.class);

        test(button("Mark as in progress")).click();
        test(button("Mark as evidenced")).click();

        assertThat($(Button.class).withText("Mark as assured").exists()).isFalse();
        assertThat($(Button.class).withText("Mark as in progress").exists())
                .as("sending evidence back is the board's judgement").isFalse();
    }

    @Test
    @WithMember("chair@enfield.example")
    void theBoardChairJudgesEvidencedRecommendations() {
        var plan = fixture.create("Monitoring visit D", "lead@enfield.example", Theme.GOVERNANCE);
        fixture.evidence(plan.recommendation());
        navigate("plan/recommendations/" + plan.recommendation().requireId(), RecommendationView.class);

        assertThat($(Button.class).withText("Mark as in progress").exists()).isTrue();
        test(button("Mark as assured")).click();
        assertThat($(Button.class).withText("Mark as closed").exists()).isTrue();
    }

    @Test
    @WithMember("chair@enfield.example")
    void theBoardChairReadsEverythingButChangesNoAction() {
        var plan = fixture.create("Monitoring visit C", "lead@enfield.example", Theme.GOVERNANCE);
        RecommendationView view = navigate("plan/recommendations/" + plan.recommendation().requireId(),
                RecommendationView.class);

        assertThat(view.detail.actions()).hasSize(1);
        assertThat($(Button.class).withText("Record progress").exists()).isFalse();
        assertThat($(Button.class).withText("Add action").exists()).isFalse();
        assertThat($(Button.class).withText("Edit recommendation").exists()).isFalse();
    }
}
