package org.lscp.workspace.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckTest {

    private static ValidationException failure(Check check) {
        return catchThrowableOfType(ValidationException.class, check::done);
    }

    @Test
    void passesWhenNothingIsBroken() {
        assertThatCode(() -> new Check().text("name", "Northshire Police", "a name", 120)
                .email("email", "someone@example.org")
                .present("kind", "x", "Choose one.")
                .notEmpty("roles", List.of(1), "Pick one.")
                .that(true, "x", "never")
                .done()).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   \t\n"})
    void missingTextAsksToEnterIt(String value) {
        ValidationException e = failure(new Check().text("name", value, "the agency's name", 120));
        assertThat(e.fieldErrors()).containsExactlyEntriesOf(java.util.Map.of("name", "Enter the agency's name."));
        assertThat(e.getMessage()).isEqualTo("Enter the agency's name.");
    }

    @Test
    void overLongTextNamesTheLimit() {
        ValidationException e = failure(new Check().text("name", "x".repeat(121), "the agency's name", 120));
        assertThat(e.fieldErrors()).containsEntry("name", "The agency's name must be 120 characters or fewer.");
    }

    @Test
    void overLongMessageDropsTheArticle() {
        assertThat(failure(new Check().text("name", "xxxx", "a name", 3)).fieldErrors())
                .containsEntry("name", "Name must be 3 characters or fewer.");
        assertThat(failure(new Check().text("email", "xxxx", "an email address", 3)).fieldErrors())
                .containsEntry("email", "Email address must be 3 characters or fewer.");
    }

    @Test
    void textAtTheLimitPassesAndSurroundingSpaceDoesNotCount() {
        assertThatCode(() -> new Check().text("name", "x".repeat(120), "a name", 120).done())
                .doesNotThrowAnyException();
        assertThatCode(() -> new Check().text("name", "  " + "x".repeat(120) + "  ", "a name", 120).done())
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"someone@example.org", "first.last+tag@nhs.net", "  padded@example.org  ",
            "a@b.co.uk"})
    void acceptsWellFormedEmails(String email) {
        assertThatCode(() -> new Check().email("email", email).done()).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"someone", "someone@", "@example.org", "someone@example", "someone@example.o",
            "some one@example.org", "a@b@example.org", "someone@example.org.", "someone@.org"})
    void rejectsMalformedEmails(String email) {
        assertThat(failure(new Check().email("email", email)).fieldErrors())
                .containsExactlyEntriesOf(java.util.Map.of("email",
                        "Enter an email address in the form name@example.org."));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missingEmailAsksToEnterIt(String email) {
        assertThat(failure(new Check().email("email", email)).fieldErrors())
                .containsEntry("email", "Enter an email address.");
    }

    @Test
    void overLongEmailIsRejected() {
        String email = "x".repeat(250) + "@example.org";
        assertThat(failure(new Check().email("email", email)).fieldErrors())
                .containsEntry("email", "Email address must be 254 characters or fewer.");
    }

    @Test
    void presentAndNotEmptyUseTheGivenMessages() {
        ValidationException e = failure(new Check().present("kind", null, "Choose the kind of agency.")
                .notEmpty("roles", List.of(), "Give the member at least one role.")
                .notEmpty("others", null, "Add another."));
        assertThat(e.fieldErrors()).containsOnly(
                java.util.Map.entry("kind", "Choose the kind of agency."),
                java.util.Map.entry("roles", "Give the member at least one role."),
                java.util.Map.entry("others", "Add another."));
    }

    @Test
    void collectsEveryBrokenRuleAndKeepsTheFirstMessagePerField() {
        ValidationException e = failure(new Check().text("name", "", "a name", 10)
                .email("email", "nope")
                .that(false, "name", "A second message for name"));
        assertThat(e.fieldErrors()).containsOnly(
                java.util.Map.entry("name", "Enter a name."),
                java.util.Map.entry("email", "Enter an email address in the form name@example.org."));
        assertThat(e.getMessage()).isEqualTo("Enter a name. Enter an email address in the form name@example.org.");
    }

    @Test
    void thatFailsOnlyWhenFalse() {
        assertThatCode(() -> new Check().that(true, "f", "m").done()).doesNotThrowAnyException();
        assertThat(failure(new Check().that(false, "f", "m")).fieldErrors()).containsEntry("f", "m");
    }

    @Test
    void validationExceptionOfOneField() {
        ValidationException e = ValidationException.of("name", "Taken.");
        assertThat(e.fieldErrors()).containsExactlyEntriesOf(java.util.Map.of("name", "Taken."));
        assertThat(e).hasMessage("Taken.").isInstanceOf(DomainException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200B\u200C\u200D", "\u2060\uFEFF", " \u200B\n"})
    void zeroWidthOnlyTextIsMissing(String value) {
        assertThat(failure(new Check().text("name", value, "a name", 120)).fieldErrors())
                .containsEntry("name", "Enter a name.");
        assertThat(failure(new Check().longText("summary", value, "a summary", 120)).fieldErrors())
                .containsEntry("summary", "Enter a summary.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane\nDoe", "Jane\r\nDoe", "Jane\rDoe", "Jane\u2028Doe"})
    void aSingleLineFieldRefusesALineBreak(String value) {
        assertThat(failure(new Check().text("name", value, "the child's name", 120)).fieldErrors())
                .containsEntry("name", "The child's name must be on one line.");
        assertThatCode(() -> new Check().longText("summary", value, "a summary", 120).done())
                .doesNotThrowAnyException();
    }

    @Test
    void invisibleCharactersDoNotCountTowardsTheLimit() {
        assertThatCode(() -> new Check().text("name", "x".repeat(120) + "\u200B".repeat(10), "a name", 120).done())
                .doesNotThrowAnyException();
        assertThat(failure(new Check().longText("s", "x\n".repeat(61), "a summary", 120)).fieldErrors())
                .containsEntry("s", "Summary must be 120 characters or fewer.");
    }

    @Test
    void optionalTextIsCheckedOnlyWhenSomethingVisibleWasTyped() {
        assertThatCode(() -> new Check().optionalText("id", "\u200B", "an id", 3).optionalText("id2", null, "an id", 3)
                .done()).doesNotThrowAnyException();
        assertThat(failure(new Check().optionalText("id", "abcd", "an id", 3)).fieldErrors())
                .containsEntry("id", "Id must be 3 characters or fewer.");
    }

    @Test
    void optionalLongTextMayRunOverLinesAndIsCheckedOnlyWhenTyped() {
        new Check().optionalLongText("shared", " \u200b ", "what was shared", 10).done();
        new Check().optionalLongText("shared", "one\ntwo", "what was shared", 10).done();
        ValidationException e = failure(new Check().optionalLongText("shared", "x".repeat(11), "what was shared", 10));
        assertThat(e.fieldErrors()).containsEntry("shared", "What was shared must be 10 characters or fewer.");
    }
}
