package org.lscp.workspace.app.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.nio.charset.StandardCharsets;
import com.vaadin.flow.component.details.Details;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.ui.RecordNotFoundView;
import org.lscp.workspace.app.ui.comment.CommentsSection;
import org.lscp.workspace.domain.notice.port.in.Notices;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.shared.PageRequest;
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
    @Autowired SignInUseCase signIn;
    @Autowired Notices notices;

    private Button button(String text) {
        return $(Button.class).withText(text).first();
    }

    /** The admin picks a success measure from the catalogue: never typed wording the board must guess from. */
    @Test
    @WithMember("admin@enfield.example")
    void theAdminChoosesASuccessMeasureFromTheCatalogueAndTheBoardShowsWhereItsFigureComesFrom() {
        var plan = fixture.create("Monitoring visit C", "lead@enfield.example", Theme.MANAGEMENT_OVERSIGHT);
        RecommendationView view = navigate("plan/recommendations/" + plan.recommendation().requireId(),
                RecommendationView.class);
        test(button("Edit recommendation")).click();
        RecommendationDialog dialog = $(RecommendationDialog.class).single();
        assertThat(dialog.first.measure.getValue().name()).isEqualTo("Abuse disclosures taken to a strategy discussion");
        test(dialog.second.measure).selectItem("Supervision held within timescale \u2014 data return");
        assertThat(dialog.second.wording.getValue()).as("the catalogue's name, to reword if the plan says it "
                + "otherwise").isEqualTo("Supervision held within timescale");
        test(dialog.second.target).setValue("most of them");
        test(dialog.save).click();
        assertThat(dialog.second.target.getErrorMessage()).startsWith("Write the target as a number");
        assertThat(dialog.isOpened()).isTrue();
        test(dialog.second.target).setValue("\u2265 95%");
        test(dialog.second.amber).setValue(5.0);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();

        view = navigate("plan/recommendations/" + plan.recommendation().requireId(), RecommendationView.class);
        var items = $(com.vaadin.flow.component.html.ListItem.class).all().stream()
                .map(com.vaadin.flow.component.html.ListItem::getText).toList();
        assertThat(items).anySatisfy(t -> assertThat(t).startsWith("Supervision held within timescale: target "
                + "\u2265 95%; now ").contains(" of "));
        var from = $(com.vaadin.flow.component.html.Span.class).all().stream()
                .filter(c -> c.hasClassName("measure-provenance")).map(c -> c.getText()).toList();
        assertThat(from).anySatisfy(t -> assertThat(t).startsWith("Returned by Enfield Children's Social Care on"))
                .anySatisfy(t -> assertThat(t).startsWith("Computed from the workspace's records"));
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

    @Test
    @WithMember("lead@enfield.example")
    void membersCommentOnARecommendationAndOnEachActionAndANoticeLinksToTheAction() {
        var plan = fixture.create("Monitoring visit E", "lead@enfield.example", Theme.THRESHOLDS);
        long recommendation = plan.recommendation().requireId().value();
        long action = plan.action().requireId().value();
        String onAction = "plan/recommendations/" + recommendation + "/actions/" + action;
        RecommendationView view = navigate(onAction, RecommendationView.class);

        Details folded = $(Details.class).single();
        assertThat(folded.isOpened()).as("a notice's link opens the action's comments").isTrue();
        CommentsSection onTheAction = $(CommentsSection.class).from(folded).single();
        assertThat(onTheAction.mention.getListDataView().getItems().map(m -> m.name()).toList())
                .as("the whole partnership may see the plan").contains("Geraldine Hart", "Dan Price", "Nadia Ali")
                .doesNotContain("Helen Brooks");
        test(onTheAction.text).setValue("Training dates are agreed");
        onTheAction.mention.select(onTheAction.mention.getListDataView().getItems()
                .filter(m -> m.name().equals("Geraldine Hart")).findFirst().orElseThrow());
        test(onTheAction.post).click();
        assertThat(onTheAction.list.getElement().getTextRecursively()).contains("Training dates are agreed");

        var chair = DemoActors.actor(signIn, "chair@enfield.example");
        assertThat(notices.inbox(chair, PageRequest.first(5))).first().satisfies(n -> {
            assertThat(n.subject()).isEqualTo(onAction);
            assertThat(n.text()).contains("Helen Brooks mentioned you");
        });

        view.refresh();
        assertThat($(Details.class).single().isOpened()).as("a live refresh keeps the comments open").isTrue();
        CommentsSection onTheRecommendation = $(CommentsSection.class).all().stream()
                .filter(c -> c != onTheAction).findFirst().orElseThrow();
        test(onTheRecommendation.text).setValue("Is this on the board agenda?");
        test(onTheRecommendation.post).click();
        assertThat(onTheRecommendation.list.getElement().getTextRecursively())
                .contains("Is this on the board agenda?").doesNotContain("Training dates");
    }

    @Test
    @WithMember("lead@enfield.example")
    void anAddressNamingAnActionOfAnotherRecommendationFindsNothing() {
        var first = fixture.create("Monitoring visit F", "lead@enfield.example", Theme.THRESHOLDS);
        var second = fixture.create("Monitoring visit G", "lead@enfield.example", Theme.THRESHOLDS);
        navigate("plan/recommendations/" + first.recommendation().requireId().value() + "/actions/"
                + second.action().requireId().value(), RecordNotFoundView.class);
        navigate("plan/recommendations/" + first.recommendation().requireId().value() + "/actions/x",
                RecordNotFoundView.class);
    }
}
