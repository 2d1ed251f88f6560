package org.lscp.workspace.domain.partnership.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.fixtures.FakeCommonPasswords;
import org.lscp.workspace.domain.partnership.model.PasswordPolicy.Whose;
import org.lscp.workspace.domain.shared.ValidationException;

class PasswordPolicyTest {
    private static final String NAME = "Dana Okafor-Lee";
    private static final String EMAIL = "d.okafor@northshire.example.org";
    /** One code point written as two chars (U+1F510, closed lock with key). */
    private static final String LOCK = "\uD83D\uDD10";

    private final PasswordPolicy policy = new PasswordPolicy(new FakeCommonPasswords());

    private Optional<String> problem(String password) {
        return policy.problem(password, NAME, EMAIL, Whose.OWN);
    }

    @Test
    void twelveTo128CharactersCountedAsCodePoints() {
        assertThat(problem("x".repeat(11))).contains("Choose a password of at least 12 characters.");
        assertThat(problem("x".repeat(12))).isEmpty();
        assertThat(problem("x".repeat(128))).isEmpty();
        assertThat(problem("x".repeat(129))).contains("Choose a password of 128 characters or fewer.");
        assertThat(problem(null)).contains(PasswordPolicy.TOO_SHORT);
        assertThat(problem("")).contains(PasswordPolicy.TOO_SHORT);

        // 11 emoji are 22 chars in Java but 11 characters to the member
        assertThat(LOCK.repeat(11).length()).isEqualTo(22);
        assertThat(problem(LOCK.repeat(11))).contains(PasswordPolicy.TOO_SHORT);
        assertThat(problem(LOCK.repeat(12))).isEmpty();
        assertThat(problem(LOCK.repeat(128))).isEmpty();
        assertThat(problem(LOCK.repeat(129))).contains(PasswordPolicy.TOO_LONG);
    }

    @Test
    void anyCharactersAreFineButNotOnlySpaces() {
        assertThat(problem("correct horse battery staple")).isEmpty();
        assertThat(problem("ça marche très bien, 猫と犬")).isEmpty();
        assertThat(problem(" ".repeat(12))).contains("Choose a password of at least 12 characters, not only spaces.");
        assertThat(problem(" \t\u00a0\u2003".repeat(4))).contains(PasswordPolicy.ONLY_SPACES);
    }

    @Test
    void aCommonPasswordIsRefusedInAnyCase() {
        assertThat(problem("1qaz2wsx3edc")).contains("This password is too common: choose another.");
        assertThat(problem("1QAZ2WSX3EDC")).contains(PasswordPolicy.TOO_COMMON);
        assertThat(problem("1Q2w3E4r5T6y")).contains(PasswordPolicy.TOO_COMMON);
        assertThat(problem("1qaz2wsx3edc!")).as("only the list itself is refused").isEmpty();
    }

    @Test
    void theEmailItsLocalPartOrAPartOfTheNameIsRefusedIgnoringCase() {
        assertThat(problem("my D.OKAFOR@northshire.example.org")).contains(
                "Do not use your name or email address in the password.");
        assertThat(policy.problem("call-me-BOBBY-please", "Robert Smith", "bobby@example.org", Whose.OWN))
                .as("the local part").contains(PasswordPolicy.PERSONAL);
        assertThat(problem("i am DANA and I like tea")).as("a part of the name").contains(PasswordPolicy.PERSONAL);
        assertThat(problem("lee-lee-lee-lee-lee")).as("a part shorter than 4 letters is allowed").isEmpty();
        assertThat(problem("the-okafor-family-tree")).contains(PasswordPolicy.PERSONAL);
        assertThat(policy.problem("the-okafor-family-tree", NAME, EMAIL, Whose.MEMBERS))
                .contains("Do not use the member's name or email address in the password.");
    }

    @Test
    void aShortLocalPartIsNotItselfRefused() {
        assertThat(policy.problem("bob-likes-long-walks", "Robert Smith", "bob@example.org", Whose.OWN)).isEmpty();
        assertThat(policy.problem("robert-likes-long-walks", "Robert Smith", "bob@example.org", Whose.OWN))
                .contains(PasswordPolicy.PERSONAL);
    }

    @Test
    void checkThrowsForTheField() {
        assertThatThrownBy(() -> policy.check("newPassword", "short", NAME, EMAIL, Whose.OWN))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(java.util.Map.entry("newPassword", PasswordPolicy.TOO_SHORT)));
        policy.check("newPassword", "a perfectly fine passphrase", NAME, EMAIL, Whose.OWN);
    }

    @Test
    void theRulesReadAsPlainEnglish() {
        assertThat(PasswordPolicy.RULES).hasSize(3);
        assertThat(String.join(" ", PasswordPolicy.RULES)).contains("12", "128", "10,000 most common", "name");
    }
}
