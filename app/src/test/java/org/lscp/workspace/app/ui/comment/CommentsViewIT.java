package org.lscp.workspace.app.ui.comment;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.app.ui.TextDialog;
import org.lscp.workspace.app.ui.frontdoor.ContactPage;
import org.lscp.workspace.domain.frontdoor.model.Channel;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.ConsentBasis;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.Ethnicity;
import org.lscp.workspace.domain.frontdoor.model.Gender;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.RecordContactCommand;
import org.lscp.workspace.domain.frontdoor.port.in.RecordContactUseCase;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.springframework.beans.factory.annotation.Autowired;

@WorkspaceTest
class CommentsViewIT extends SpringBrowserlessTest {
    @Autowired RecordContactUseCase recording;
    @Autowired java.time.Clock clock;
    @Autowired SignInUseCase signIn;

    @Test
    @WithMember("mash.manager@enfield.example")
    void aCommentIsShownAsTextWithSafeLinksAndMentionsOnlyThoseWhoMaySeeTheContact() {
        Contact contact = recording.record(DemoActors.actor(signIn, "police@enfield.example"), new RecordContactCommand(
                clock.instant().minusSeconds(600), "PC Jo Bell", Channel.PHONE, "CMT-" + System.nanoTime(), "Test Child",
                LocalDate.of(2016, 2, 2), Gender.MALE, Ethnicity.NOBT, Set.of(ConcernCategory.NEGLECT), false,
                "Left alone", ConsentBasis.CONSENT_GIVEN, Rag.GREEN, Set.of()));
        navigate("contact/" + contact.requireId().value(), ContactPage.class);
        CommentsSection comments = $(CommentsSection.class).single();
        assertThat(comments.mention.getListDataView().getItems().map(m -> m.name()).toList())
                .contains("Dan Price", "Rita Shah").doesNotContain("Nadia Ali", "Geraldine Hart", "Sam Okafor");

        test(comments.post).click();
        assertThat(comments.text.getErrorMessage()).isEqualTo("Enter your comment.");

        test(comments.text).setValue("<script>alert(1)</script>\nNotes at https://example.org/notes please");
        comments.mention.select(comments.mention.getListDataView().getItems()
                .filter(m -> m.name().equals("Dan Price")).findFirst().orElseThrow());
        test(comments.post).click();

        CommentsSection after = $(CommentsSection.class).single();
        assertThat($(Span.class).from(after.list).all()).extracting(Span::getText)
                .contains("<script>alert(1)</script>");
        Anchor link = $(Anchor.class).from(after.list).single();
        assertThat(link.getHref()).isEqualTo("https://example.org/notes");
        assertThat(link.getElement().getAttribute("rel")).contains("noopener");
        assertThat(after.list.getElement().getTextRecursively()).contains("Mentioned: Dan Price");
        assertThat(after.text.getValue()).isEmpty();

        test($(Button.class).from(after.list).withText("Edit").single()).click();
        TextDialog edit = $(TextDialog.class).single();
        TextArea editing = $(TextArea.class).from(edit).single();
        assertThat(editing.getValue()).startsWith("<script>");
        test(editing).setValue("");
        test(edit.save).click();
        assertThat(editing.getErrorMessage()).isEqualTo("Enter your comment.");
        test(editing).setValue("Notes moved to the case file.");
        test(edit.save).click();
        assertThat(edit.isOpened()).isFalse();
        assertThat(after.list.getElement().getTextRecursively()).contains("Notes moved to the case file.", "(edited ")
                .doesNotContain("<script>");
    }
}
