package org.lscp.workspace.domain.partnership.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.partnership.port.out.CommonPasswords;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * The one rule for every password that is set (a temporary one by an admin, or the member's own): 12 to 128
 * characters counted as code points (so an emoji is one), any characters but not only spaces, not one of the most
 * common passwords (ignoring case), and not containing the member's email address, its part before the @ (when 4
 * characters or more) or any part of their name of 4 letters or more (ignoring case).
 */
public final class PasswordPolicy {
    public static final int MIN = 12;
    public static final int MAX = 128;
    public static final String TOO_SHORT = "Choose a password of at least " + MIN + " characters.";
    public static final String TOO_LONG = "Choose a password of " + MAX + " characters or fewer.";
    public static final String ONLY_SPACES = "Choose a password of at least " + MIN + " characters, not only spaces.";
    public static final String TOO_COMMON = "This password is too common: choose another.";
    public static final String PERSONAL = "Do not use your name or email address in the password.";
    /** The same rule worded for an admin choosing a temporary password for someone else. */
    public static final String PERSONAL_OF_MEMBER = "Do not use the member's name or email address in the password.";
    /** The rules as a member reads them next to the field. */
    public static final List<String> RULES = List.of(
            "between " + MIN + " and " + MAX + " characters: spaces, letters, digits and symbols are all fine,"
                    + " and a few unrelated words make a good one",
            "not one of the 10,000 most common passwords",
            "not your name or email address, or part of them");
    private static final int PERSONAL_PART_MIN = 4;

    private final CommonPasswords common;

    public PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    /** Whose password it is, for the wording of the personal-information rule. */
    public enum Whose { OWN, MEMBERS }

    /** The first rule the password breaks, as the message to show next to its field. */
    public Optional<String> problem(@Nullable String password, String name, String email, Whose whose) {
        if (password == null) return Optional.of(TOO_SHORT);
        int length = password.codePointCount(0, password.length());
        if (length < MIN) return Optional.of(TOO_SHORT);
        if (length > MAX) return Optional.of(TOO_LONG);
        if (password.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return Optional.of(ONLY_SPACES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) return Optional.of(TOO_COMMON);
        if (personalParts(name, email).stream().anyMatch(lower::contains)) {
            return Optional.of(whose == Whose.OWN ? PERSONAL : PERSONAL_OF_MEMBER);
        }
        return Optional.empty();
    }

    /** Throws a ValidationException for {@code field} if the password breaks a rule. */
    public void check(String field, @Nullable String password, String name, String email, Whose whose) {
        problem(password, name, email, whose).ifPresent(message -> {
            throw ValidationException.of(field, message);
        });
    }

    /** In lower case: the email, its local part, and each run of 4 letters or more in the name. */
    static List<String> personalParts(String name, String email) {
        List<String> parts = new ArrayList<>();
        String mail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!mail.isEmpty()) parts.add(mail);
        int at = mail.indexOf('@');
        String local = at < 0 ? mail : mail.substring(0, at);
        if (local.codePointCount(0, local.length()) >= PERSONAL_PART_MIN) parts.add(local);
        if (name != null) {
            for (String part : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+")) {
                if (part.codePointCount(0, part.length()) >= PERSONAL_PART_MIN) parts.add(part);
            }
        }
        return parts;
    }
}
