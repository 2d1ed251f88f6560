package org.lscp.workspace.app.ui.section11;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Section 11 page as its users work it: the agency's lead rates a standard with a file as its evidence (a file
 * of the wrong type refused beside the upload, nothing saved); the chair's panel sees the file to download; a
 * practitioner who leads nothing is told there is no cycle for them.
 */
@WorkspaceTest
class Section11ViewIT extends SpringBrowserlessTest {
    @Autowired JdbcTemplate sql;

    private static final int TRAINING = 9;

    private String fileOf(String email, int standard) {
        var names = sql.queryForList("select a.file_name from section11_answer a join member m on m.agency_id ="
                + " a.agency_id where m.email = ? and a.standard = ? and a.cycle_id = (select max(id) from"
                + " section11_cycle)", String.class, email, standard);
        return names.isEmpty() ? null : names.getFirst();
    }

    @Test
    @WithMember("health.head@enfield.example")
    void theLeadAddsAFileAsEvidenceAndAFileOfTheWrongTypeIsRefusedBesideTheUpload() {
        Section11View view = navigate(Section11View.class);
        assertThat(view.forms).hasSize(10);
        Section11View.StandardForm training = view.forms.get(TRAINING);
        assertThat(training.rating.getLabel()).isEqualTo("Training");
        String before = fileOf("health.head@enfield.example", TRAINING);

        training.received("training-plan.pdf", "MZ\u0090 a program renamed".getBytes(StandardCharsets.ISO_8859_1));
        test(training.save).click();
        assertThat(training.fileMessage.getErrorMessage()).startsWith("Only PDF, Word (.docx), Excel (.xlsx), PNG "
                + "and JPEG files can be added as evidence.");
        assertThat(fileOf("health.head@enfield.example", TRAINING)).as("nothing saved").isEqualTo(before);

        training = view.forms.get(TRAINING);
        training.received("training-plan.pdf", "%PDF-1.7 training plan".getBytes(StandardCharsets.US_ASCII));
        test(training.save).click();
        assertThat(fileOf("health.head@enfield.example", TRAINING)).isEqualTo("training-plan.pdf");
        assertThat($(Anchor.class, view.forms.get(TRAINING)).all()).extracting(Anchor::getText)
                .contains("training-plan.pdf");
    }

    @Test
    @WithMember("chair@enfield.example")
    void thePanelSeesTheEvidenceFileBesideTheRatingItReviews() {
        Section11View view = navigate(Section11View.class);
        assertThat(view.map.answered()).isEqualTo(view.map.asked());
        var saferRecruitment = $(Paragraph.class, view.content).all().stream()
                .filter(p -> p.getText().startsWith("North Middlesex University Hospital \u2014 Safer recruitment"))
                .findFirst().orElseThrow();
        assertThat($(Anchor.class, saferRecruitment).all()).extracting(Anchor::getText)
                .containsExactly("safer-recruitment-audit.pdf");
        assertThat(view.forms).as("the chair leads no agency's self-assessment").isEmpty();
    }

    @Test
    @WithMember("police@enfield.example")
    void aPractitionerWhoLeadsNoSelfAssessmentIsToldThereIsNoCycleForThem() {
        Section11View view = navigate(Section11View.class);
        assertThat(view.cycle.isEmpty()).isTrue();
        assertThat($(Paragraph.class, view.content).first().getText()).isEqualTo("No Section 11 cycle for you yet.");
    }
}
