package org.lscp.workspace.app.ui.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.app.DemoActors;
import org.lscp.workspace.app.PlanFixture;
import org.lscp.workspace.app.WithMember;
import org.lscp.workspace.app.WorkspaceTest;
import org.lscp.workspace.app.config.DemoData;
import org.lscp.workspace.app.ui.IdentifierChallenge;
import org.lscp.workspace.app.ui.comment.CommentsSection;
import org.lscp.workspace.app.ui.plan.RecommendationView;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.plan.model.Theme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A comment naming a demo child is challenged when posted, posted once the member keeps it with a reason, and shown
 * with "[child]" to the board chair but as written to a MASH manager.
 */
@WorkspaceTest
class IdentifierChallengeViewIT extends SpringBrowserlessTest {
    @Autowired PlanFixture fixture;
    @Autowired SignInUseCase signIn;
    @Autowired JdbcTemplate sql;
    @Autowired AuthenticationProvider members;

    @Test
    @WithMember("mash.manager@enfield.example")
    void aCommentNamingAChildIsChallengedKeptWithAReasonAndMaskedForTheChair() {
        long enfield = DemoActors.actor(signIn, "chair@enfield.example").partnershipId().value();
        Map<String, Object> child = sql.queryForMap("select child_name, child_dob from contact where partnership_id = ? "
                + "and child_dob is not null and child_name not like 'Unborn%' order by id limit 1", enfield);
        String name = (String) child.get("child_name");
        String born = ((java.sql.Date) child.get("child_dob")).toLocalDate()
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String typed = name + " (DOB " + born + ") was discussed at the panel.";
        var plan = fixture.create("Redaction " + System.nanoTime(), "lead@enfield.example", Theme.THRESHOLDS);
        String page = "plan/recommendations/" + plan.recommendation().requireId();

        navigate(page, RecommendationView.class);
        CommentsSection comments = $(CommentsSection.class).first();
        test(comments.text).setValue(typed);
        test(comments.post).click();
        assertThat(comments.text.isInvalid()).isTrue();
        assertThat(comments.text.getErrorMessage()).isEqualTo("This seems to identify a child (\u201c" + name
                + "\u201d, \u201c" + born + "\u201d). Remove it, or keep it with a reason.");
        IdentifierChallenge challenge = $(IdentifierChallenge.class).from(comments).single();
        assertThat(challenge.isVisible()).isTrue();
        assertThat(comments.list.getElement().getTextRecursively()).doesNotContain(typed);

        test(challenge.keep).click();
        assertThat(challenge.reason.getErrorMessage()).isEqualTo("Enter why it must stay.");
        assertThat(comments.list.getElement().getTextRecursively()).as("nothing saved").doesNotContain(typed);
        test(challenge.reason).setValue("The panel discussed this child by name; the chair asked for it.");
        test(challenge.keep).click();
        assertThat(challenge.isVisible()).isFalse();
        assertThat(comments.text.getValue()).isEmpty();
        assertThat($(CommentsSection.class).first().list.getElement().getTextRecursively()).contains(typed);

        signInAs("chair@enfield.example");
        navigate(page, RecommendationView.class);
        String chairReads = $(CommentsSection.class).first().list.getElement().getTextRecursively();
        assertThat(chairReads).contains("[child] (DOB [child]) was discussed at the panel.").doesNotContain(name)
                .doesNotContain(born);

        signInAs("mash.manager@enfield.example");
        navigate(page, RecommendationView.class);
        assertThat($(CommentsSection.class).first().list.getElement().getTextRecursively()).contains(typed);
    }

    private void signInAs(String email) {
        SecurityContextHolder.getContext().setAuthentication(
                org.lscp.workspace.app.WithMemberSecurityContextFactory.signedIn(members, signIn, email));
    }
}
